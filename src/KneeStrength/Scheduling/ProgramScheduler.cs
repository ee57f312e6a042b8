using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>
/// Turns an <see cref="Enrolment"/> into dated sessions: which days to train, and what. One scheduler serves every
/// enrolment of every program.
/// </summary>
/// <remarks>
/// <para><see cref="GetSessions"/> yields the sessions of a half-open range of days, lazily, in date order, from the
/// enrolment's placed phases (<see cref="Enrolment.Phases"/>). It finds the first session of each phase in the range
/// by arithmetic (no walk over earlier days), so a range ten years on costs what a range next week does. Sessions
/// are values: an enumeration allocates one small enumerator and nothing per session.</para>
/// <para>Each session's estimated duration is the <see cref="SessionPlan.TotalDuration"/> of the plan the person
/// follows: the phase's routine planned with the enrolment's <see cref="Enrolment.Options"/>, within its
/// <see cref="Enrolment.SessionBudget"/> when one is given (and at the shortest the routine allows when the budget
/// is shorter than that; see <see cref="SessionScheduler.MinimumDuration"/>). <see cref="PlanFor(Enrolment, ProgramPhase)"/> returns that
/// plan, so a calendar's minutes are the minutes the person's plan takes. The scheduler keeps each plan it makes,
/// per routine, options and budget, so people with the same options share one plan.</para>
/// <para>This type is thread-safe: any number of enumerations may run at once. It reads no clock; pass the
/// dates.</para>
/// </remarks>
public sealed class ProgramScheduler
{
    private readonly PlanCache _plans = new();

    /// <summary>Gets a scheduler for general use, shared by every caller that does not make its own.</summary>
    public static ProgramScheduler Default { get; } = new();

    /// <summary>Returns the plan a person follows in a phase: its routine with the enrolment's options, within its budget.</summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="phase">A phase of the enrolment's program.</param>
    /// <returns>The plan, whose total is the <see cref="ScheduledSession.EstimatedDuration"/> of the phase's sessions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The phase's routine would take longer than <see cref="SessionScheduler.MaxSessionDuration"/> (parameter <c>routine</c>).
    /// </exception>
    public SessionPlan PlanFor(Enrolment enrolment, ProgramPhase phase)
    {
        Preconditions.CheckNotNull(enrolment);
        Preconditions.CheckNotNull(phase);
        return _plans.Get(phase.Routine, enrolment.Options, enrolment.SessionBudget);
    }

    /// <summary>Returns the plan a person follows in a session.</summary>
    /// <param name="enrolment">The enrolment the session is of.</param>
    /// <param name="session">A session of <see cref="GetSessions"/>.</param>
    /// <returns>The plan, whose total is the session's <see cref="ScheduledSession.EstimatedDuration"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="session"/> is <c>default</c>.</exception>
    public SessionPlan PlanFor(Enrolment enrolment, ScheduledSession session) => PlanFor(enrolment, session.Phase);

    /// <summary>Gets an enrolment's sessions from <paramref name="from"/> up to but not including <paramref name="to"/>, in date order.</summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="from">The first day of the range, inclusive. It may be before the enrolment's start.</param>
    /// <param name="to">
    /// The day after the range, exclusive: after <paramref name="from"/>, and at most the day after the enrolment's
    /// <see cref="Enrolment.LastPossibleDay"/>.
    /// </param>
    /// <returns>The sessions, made as they are enumerated; at most one a day. Each enumeration starts afresh.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> equals <paramref name="from"/>, so the range is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="to"/> is before <paramref name="from"/> or after the day after the enrolment's last possible
    /// day, or <paramref name="from"/> is after the enrolment's last possible day.
    /// </exception>
    public IEnumerable<ScheduledSession> GetSessions(Enrolment enrolment, DateOnly from, DateOnly to)
    {
        Preconditions.CheckNotNull(enrolment);
        CheckRange(enrolment, from, to);
        return new Sessions(this, enrolment, from.DayNumber, to.DayNumber - 1);
    }

    // <summary>Checks a half-open range of days against an enrolment's ten years, as GetSessions documents.</summary>
    internal static void CheckRange(Enrolment enrolment, DateOnly from, DateOnly to)
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

        var limit = enrolment.LastPossibleDay;
        if (from > limit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(from), from, $"The range starts after the enrolment's last possible day, {DateText.Format(limit)} ({TrainingProgram.MaxYears} years from its start).");
        }

        if (to.DayNumber > limit.DayNumber + 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(to),
                to,
                $"The range reaches past the enrolment's last possible day, {DateText.Format(limit)} ({TrainingProgram.MaxYears} years from its start); to may be at most {DateText.Format(limit.AddDays(1))}.");
        }
    }

    private static int Wrap(int weekday) => weekday >= 7 ? weekday - 7 : weekday;

    // <summary>
    // The sessions of one range, enumerated by hand rather than by a <c>yield</c> iterator so that the inner step is a
    // few field reads and an add. Like a compiler-made iterator, the first enumeration on the creating thread
    // reuses this object; later ones get a fresh copy.
    // </summary>
    private sealed class Sessions : IEnumerable<ScheduledSession>, IEnumerator<ScheduledSession>
    {
        private readonly ProgramScheduler _scheduler;
        private readonly Enrolment _enrolment;
        private readonly PlacedPhase[] _slots;
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

        public Sessions(ProgramScheduler scheduler, Enrolment enrolment, int from, int last)
        {
            _scheduler = scheduler;
            _enrolment = enrolment;
            _slots = enrolment.Placed;
            _from = from;
            _last = last;
            _ownerThread = Environment.CurrentManagedThreadId;
        }

        public ScheduledSession Current => _current;

        object IEnumerator.Current => _current;

        public IEnumerator<ScheduledSession> GetEnumerator()
        {
            var enumerator = !_handedOut && _ownerThread == Environment.CurrentManagedThreadId ? this : new Sessions(_scheduler, _enrolment, _from, _last);
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
                if (slot.FirstDayNumber > _last)
                {
                    break;
                }

                int low = Math.Max(_from, slot.FirstDayNumber);
                _high = Math.Min(_last, slot.LastDayNumber);
                if (low > _high)
                {
                    continue;
                }

                var phase = slot.Phase;
                _phase = phase;
                _duration = _scheduler.PlanFor(_enrolment, phase).TotalDuration;
                _interval = phase.Schedule.Interval;
                _weekdayGaps = WeekdayGaps(phase.Schedule.WeekdayMask);
                _day = phase.Schedule.FirstOnOrAfter(slot.FirstDayNumber, low);

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

    // <summary>Gets, for each weekday <c>w</c> in bits <c>3w</c> to <c>3w + 2</c>, the days (1 to 7) from a day on
    // <c>w</c> to the next day of a weekly rule's mask; 0 for a daily rule.</summary>
    private static int WeekdayGaps(int weekdayMask)
    {
        int gaps = 0;
        for (int weekday = 0; weekdayMask != 0 && weekday < 7; weekday++)
        {
            int gap = 1;
            while (((weekdayMask >> ((weekday + gap) % 7)) & 1) == 0)
            {
                gap++;
            }

            gaps |= gap << (3 * weekday);
        }

        return gaps;
    }
}
