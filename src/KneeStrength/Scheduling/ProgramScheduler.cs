using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>
/// Turns a <see cref="TrainingProgram"/> into dated sessions: which days to train, and what.
/// </summary>
/// <remarks>
/// <para><see cref="GetSessions"/> yields the sessions of a half-open range of days, lazily, in date order. It finds
/// the first session of each phase in the range by arithmetic (no walk over earlier days), so a range ten years on
/// costs what a range next week does. Sessions are values: an enumeration allocates one small enumerator and
/// nothing per session.</para>
/// <para>Each session's estimated duration is the <see cref="SessionPlan.TotalDuration"/> of the plan the session
/// scheduler (with its options: pacing, equipment, range bound) makes for the phase's routine, within the session
/// budget when one is given; <see cref="PlanFor"/> returns that plan, so a calendar's minutes are the minutes the
/// person's plan takes. Plans are made once per distinct routine, when this scheduler is made, not once per
/// session.</para>
/// <para>This type is immutable and thread-safe: any number of enumerations may run at once. It reads no clock;
/// pass the dates.</para>
/// </remarks>
public sealed class ProgramScheduler
{
    private readonly PhaseSlot[] _slots;
    private readonly int _limitDay;

    /// <summary>Creates a scheduler for a program.</summary>
    /// <param name="program">The program.</param>
    /// <param name="sessionScheduler">
    /// The session scheduler whose plans give the sessions' estimated durations; <see cref="SessionScheduler.Default"/>
    /// (default pacing, all equipment) when null.
    /// </param>
    /// <param name="sessionBudget">
    /// The longest a session may take, which every session's plan is fitted into (see
    /// <see cref="SessionScheduler.Schedule(Routine, TimeSpan)"/>); null for none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="sessionBudget"/> is zero, negative or over 24 hours, or too short for a phase's routine; the
    /// message names the phase, the routine and the shortest session it allows.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A phase's routine would take longer than <see cref="SessionScheduler.MaxSessionDuration"/>; the parameter is
    /// <c>routine</c> and the message names the routine and its length.
    /// </exception>
    public ProgramScheduler(TrainingProgram program, SessionScheduler? sessionScheduler = null, TimeSpan? sessionBudget = null)
    {
        Program = Preconditions.CheckNotNull(program);
        SessionScheduler = sessionScheduler ?? SessionScheduler.Default;
        SessionBudget = sessionBudget;
        _limitDay = program.LastPossibleDay.DayNumber;
        var plans = new Dictionary<Routine, SessionPlan>();
        _slots = new PhaseSlot[program.Phases.Count];
        for (int i = 0; i < _slots.Length; i++)
        {
            var phase = program.Phases[i];
            if (!plans.TryGetValue(phase.Routine, out var plan))
            {
                plan = Plan(phase, sessionBudget);
                plans.Add(phase.Routine, plan);
            }

            _slots[i] = new PhaseSlot(phase, program.FirstDayNumber(i), program.LastDayNumber(i), plan);
        }
    }

    private SessionPlan Plan(ProgramPhase phase, TimeSpan? sessionBudget)
    {
        if (sessionBudget is not TimeSpan b)
        {
            return SessionScheduler.Schedule(phase.Routine);
        }

        if (SessionScheduler.TrySchedule(phase.Routine, b, out var plan))
        {
            return plan;
        }

        throw new ArgumentOutOfRangeException(
            nameof(sessionBudget),
            b,
            $"A session budget of {DurationText.Format(b)} is too short for phase {DisplayText.Quote(phase.Name)}: its routine {DisplayText.Quote(phase.Routine.Id)} takes at least {DurationText.Format(SessionScheduler.MinimumDuration(phase.Routine))}.");
    }

    /// <summary>Gets the program.</summary>
    public TrainingProgram Program { get; }

    /// <summary>Gets the session scheduler whose plans give the sessions' estimated durations.</summary>
    public SessionScheduler SessionScheduler { get; }

    /// <summary>Gets the longest a session may take, or <see langword="null"/> for no budget.</summary>
    public TimeSpan? SessionBudget { get; }

    /// <summary>Returns the plan a session follows, whose total is the session's <see cref="ScheduledSession.EstimatedDuration"/>.</summary>
    /// <param name="session">A session this scheduler gave.</param>
    /// <returns>The plan for the session's phase, made with this scheduler's options and budget.</returns>
    /// <exception cref="ArgumentException"><paramref name="session"/> is not of one of this program's phases.</exception>
    public SessionPlan PlanFor(ScheduledSession session)
    {
        foreach (ref readonly var slot in _slots.AsSpan())
        {
            if (slot.Phase == session.Phase)
            {
                return slot.Plan;
            }
        }

        throw new ArgumentException($"The session on {DateText.Format(session.Date)} is not of a phase of program {DisplayText.Quote(Program.Id)}.", nameof(session));
    }

    /// <summary>Gets the sessions from <paramref name="from"/> up to but not including <paramref name="to"/>, in date order.</summary>
    /// <param name="from">The first day of the range, inclusive. It may be before the program's start.</param>
    /// <param name="to">
    /// The day after the range, exclusive: after <paramref name="from"/>, and at most the day after the program's
    /// <see cref="TrainingProgram.LastPossibleDay"/>.
    /// </param>
    /// <returns>The sessions, made as they are enumerated; at most one a day. Each enumeration starts afresh.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> equals <paramref name="from"/>, so the range is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="to"/> is before <paramref name="from"/> or after the day after the program's last possible day,
    /// or <paramref name="from"/> is after the program's last possible day.
    /// </exception>
    public IEnumerable<ScheduledSession> GetSessions(DateOnly from, DateOnly to)
    {
        if (to == from)
        {
            throw new ArgumentException(
                $"The range [from, to) is empty: to must be after from; both were {DateText.Format(from)}.", nameof(to));
        }

        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The range [from, to) is backwards: to must be after from, {DateText.Format(from)}.");
        }

        if (from.DayNumber > _limitDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(from), from, $"The range starts after the program's last possible day, {DateText.Format(Program.LastPossibleDay)} ({TrainingProgram.MaxYears} years from its start).");
        }

        if (to.DayNumber > _limitDay + 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(to),
                to,
                $"The range reaches past the program's last possible day, {DateText.Format(Program.LastPossibleDay)} ({TrainingProgram.MaxYears} years from its start); to may be at most {DateText.Format(Program.LastPossibleDay.AddDays(1))}.");
        }

        return new Sessions(_slots, from.DayNumber, to.DayNumber - 1);
    }

    private static int Wrap(int weekday) => weekday >= 7 ? weekday - 7 : weekday;

    // <summary>
    // The sessions of one range, enumerated by hand rather than by a <c>yield</c> iterator so that the inner step is a
    // few field reads and an add. Like a compiler-made iterator, the first enumeration on the creating thread
    // reuses this object; later ones get a fresh copy.
    // </summary>
    private sealed class Sessions : IEnumerable<ScheduledSession>, IEnumerator<ScheduledSession>
    {
        private readonly PhaseSlot[] _slots;
        private readonly int _from;
        private readonly int _last;
        private readonly int _ownerThread;
        private bool _handedOut;

        // The phase being enumerated, unpacked: the next candidate day, the last day in range, and how to step.
        private int _slot = -1;
        private int _day = 1;
        private int _high;
        private int _interval;
        private int _weekdayGaps;
        private int _weekday;
        private ProgramPhase? _phase;
        private TimeSpan _duration;
        private ScheduledSession _current;

        public Sessions(PhaseSlot[] slots, int from, int last)
        {
            _slots = slots;
            _from = from;
            _last = last;
            _ownerThread = Environment.CurrentManagedThreadId;
        }

        public ScheduledSession Current => _current;

        object IEnumerator.Current => _current;

        public IEnumerator<ScheduledSession> GetEnumerator()
        {
            var enumerator = !_handedOut && _ownerThread == Environment.CurrentManagedThreadId ? this : new Sessions(_slots, _from, _last);
            enumerator._handedOut = true;
            return enumerator;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool MoveNext()
        {
            while (_day > _high)
            {
                if (!EnterNextPhase())
                {
                    return false;
                }
            }

            _current = new ScheduledSession(DateOnly.FromDayNumber(_day), _phase!, _duration);
            if (_weekdayGaps == 0)
            {
                _day += _interval;
            }
            else
            {
                int gap = (_weekdayGaps >> (3 * _weekday)) & 7;
                _day += gap;
                _weekday = Wrap(_weekday + gap);
            }

            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
        }

        // Moves to the next phase that overlaps the range and finds its first session on or after the range's start
        // by arithmetic; false when no phase is left.
        private bool EnterNextPhase()
        {
            while (++_slot < _slots.Length)
            {
                ref readonly var slot = ref _slots[_slot];
                if (slot.FirstDay > _last)
                {
                    break;
                }

                int low = Math.Max(_from, slot.FirstDay);
                _high = Math.Min(_last, slot.LastDay);
                if (low > _high)
                {
                    continue;
                }

                _phase = slot.Phase;
                _duration = slot.Plan.TotalDuration;
                _interval = slot.Interval;
                _weekdayGaps = slot.WeekdayGaps;
                _day = slot.Phase.Schedule.FirstOnOrAfter(slot.FirstDay, low);

                // Day number 0 (0001-01-01) was a Monday, and DayOfWeek.Monday is 1.
                _weekday = (_day + 1) % 7;

                return true;
            }

            _slot = _slots.Length;
            _day = 1;
            _high = 0;
            return false;
        }
    }

    // <summary>A phase laid out for enumeration: its days as day numbers, its rule unpacked, its duration worked out.</summary>
    private readonly struct PhaseSlot
    {
        public PhaseSlot(ProgramPhase phase, int firstDay, int lastDay, SessionPlan plan)
        {
            Phase = phase;
            FirstDay = firstDay;
            LastDay = lastDay;
            Plan = plan;
            Interval = phase.Schedule.Interval;
            int weekdayMask = phase.Schedule.WeekdayMask;
            WeekdayGaps = 0;
            for (int weekday = 0; weekdayMask != 0 && weekday < 7; weekday++)
            {
                int gap = 1;
                while (((weekdayMask >> ((weekday + gap) % 7)) & 1) == 0)
                {
                    gap++;
                }

                WeekdayGaps |= gap << (3 * weekday);
            }
        }

        public ProgramPhase Phase { get; }

        public int FirstDay { get; }

        public int LastDay { get; }

        public SessionPlan Plan { get; }

        public int Interval { get; }

        // <summary>Gets, for each weekday <c>w</c> in bits <c>3w</c> to <c>3w + 2</c>, the days (1 to 7) from a
        // day on <c>w</c> to the next day of the rule; 0 for a daily rule.</summary>
        public int WeekdayGaps { get; }
    }
}
