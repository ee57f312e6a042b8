using System;
using System.Collections.Generic;
using System.Globalization;

namespace KneeStrength.Scheduling;

/// <summary>
/// Turns a <see cref="TrainingProgram"/> into dated sessions: which days to train, and what.
/// </summary>
/// <remarks>
/// <para><see cref="GetSessions"/> yields the sessions of a half-open range of days, lazily, in date order. It finds
/// the first session of each phase in the range by arithmetic (no walk over earlier days), so a range ten years on
/// costs what a range next week does, and it allocates nothing per session.</para>
/// <para>Each session's estimated duration is the <see cref="SessionPlan.TotalDuration"/> of the session scheduler's
/// plan for the phase's routine, with no time budget. It is worked out once per distinct routine, when this scheduler
/// is made, not once per session.</para>
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
    /// <exception cref="ArgumentNullException"><paramref name="program"/> is null.</exception>
    public ProgramScheduler(TrainingProgram program, SessionScheduler? sessionScheduler = null)
    {
        Program = Preconditions.CheckNotNull(program);
        SessionScheduler = sessionScheduler ?? SessionScheduler.Default;
        _limitDay = program.LastPossibleDay.DayNumber;
        var durations = new Dictionary<Routine, TimeSpan>();
        _slots = new PhaseSlot[program.Phases.Count];
        for (int i = 0; i < _slots.Length; i++)
        {
            var phase = program.Phases[i];
            if (!durations.TryGetValue(phase.Routine, out var duration))
            {
                duration = SessionScheduler.Schedule(phase.Routine).TotalDuration;
                durations.Add(phase.Routine, duration);
            }

            _slots[i] = new PhaseSlot(phase, program.FirstDayNumber(i), program.LastDayNumber(i), duration);
        }
    }

    /// <summary>Gets the program.</summary>
    public TrainingProgram Program { get; }

    /// <summary>Gets the session scheduler whose plans give the sessions' estimated durations.</summary>
    public SessionScheduler SessionScheduler { get; }

    /// <summary>Gets the sessions from <paramref name="from"/> up to but not including <paramref name="to"/>, in date order.</summary>
    /// <param name="from">The first day of the range, inclusive. It may be before the program's start.</param>
    /// <param name="to">
    /// The day after the range, exclusive: after <paramref name="from"/>, and at most the day after the program's
    /// <see cref="TrainingProgram.LastPossibleDay"/>.
    /// </param>
    /// <returns>The sessions, made as they are enumerated; at most one a day.</returns>
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
                $"The range [from, to) is empty: to must be after from; both were {Format(from)}.", nameof(to));
        }

        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The range [from, to) is backwards: to must be after from, {Format(from)}.");
        }

        if (from.DayNumber > _limitDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(from), from, $"The range starts after the program's last possible day, {Format(Program.LastPossibleDay)} ({TrainingProgram.MaxYears} years from its start).");
        }

        if (to.DayNumber > _limitDay + 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(to),
                to,
                $"The range reaches past the program's last possible day, {Format(Program.LastPossibleDay)} ({TrainingProgram.MaxYears} years from its start); to may be at most {Format(Program.LastPossibleDay.AddDays(1))}.");
        }

        return Enumerate(_slots, from.DayNumber, to.DayNumber - 1);
    }

    private static IEnumerable<ScheduledSession> Enumerate(PhaseSlot[] slots, int from, int last)
    {
        foreach (var slot in slots)
        {
            int low = Math.Max(from, slot.FirstDay);
            int high = Math.Min(last, slot.LastDay);
            if (low > high)
            {
                if (slot.FirstDay > last)
                {
                    yield break;
                }

                continue;
            }

            if (slot.WeekdayGaps == 0)
            {
                // Every N days from the phase's first day: round up to the next multiple of N.
                int step = slot.Interval;
                int remainder = (low - slot.FirstDay) % step;
                for (int day = remainder == 0 ? low : low + step - remainder; day <= high; day += step)
                {
                    yield return new ScheduledSession(DateOnly.FromDayNumber(day), slot.Phase, slot.Duration);
                }
            }
            else
            {
                // Day number 0 (0001-01-01) was a Monday, and DayOfWeek.Monday is 1.
                int weekday = (low + 1) % 7;
                int day = low;
                if (((slot.WeekdayMask >> weekday) & 1) == 0)
                {
                    int gap = slot.GapAfter(weekday);
                    day += gap;
                    weekday = Wrap(weekday + gap);
                }

                while (day <= high)
                {
                    yield return new ScheduledSession(DateOnly.FromDayNumber(day), slot.Phase, slot.Duration);
                    int gap = slot.GapAfter(weekday);
                    day += gap;
                    weekday = Wrap(weekday + gap);
                }
            }
        }
    }

    private static int Wrap(int weekday) => weekday >= 7 ? weekday - 7 : weekday;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A phase laid out for enumeration: its days as day numbers, its rule unpacked, its duration worked out.</summary>
    private readonly struct PhaseSlot
    {
        public PhaseSlot(ProgramPhase phase, int firstDay, int lastDay, TimeSpan duration)
        {
            Phase = phase;
            FirstDay = firstDay;
            LastDay = lastDay;
            Duration = duration;
            Interval = phase.Schedule.Interval;
            WeekdayMask = phase.Schedule.WeekdayMask;
            WeekdayGaps = 0;
            for (int weekday = 0; WeekdayMask != 0 && weekday < 7; weekday++)
            {
                int gap = 1;
                while (((WeekdayMask >> ((weekday + gap) % 7)) & 1) == 0)
                {
                    gap++;
                }

                WeekdayGaps |= gap << (3 * weekday);
            }
        }

        public ProgramPhase Phase { get; }

        public int FirstDay { get; }

        public int LastDay { get; }

        public TimeSpan Duration { get; }

        public int Interval { get; }

        public int WeekdayMask { get; }

        /// <summary>Gets, for each weekday <c>w</c> in bits <c>3w</c> to <c>3w + 2</c>, the days (1 to 7) from a
        /// day on <c>w</c> to the next day of the rule; 0 for a daily rule.</summary>
        public int WeekdayGaps { get; }

        public int GapAfter(int weekday) => (WeekdayGaps >> (3 * weekday)) & 7;
    }
}
