using System;
using System.Collections.Generic;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Coaching;

/// <summary>
/// Where a <see cref="Coach"/>'s walk through a journal stood on a day, so that a later decision reads only the logs
/// from that day on: the level and the run of calm sessions the logs before it gave, the next-morning pain the day
/// before logged, and the days before it with a run within the acceptable pain (which may still end a phase, since
/// later events move where phases lie). Made by
/// <see cref="Coach.Checkpoint(Enrolment, Journal, DateOnly, CoachCheckpoint?)"/>, used by
/// <see cref="Coach.Decide(Enrolment, Journal, DateOnly, CoachCheckpoint?)"/>.
/// </summary>
/// <remarks>
/// <para>A checkpoint holds for the coach (its rules and policy) and the logs dated before
/// <see cref="Date"/> it was made from: an app that keeps one drops it when a log dated on or before <see cref="Date"/>
/// is written or removed. Logs written after it, and changes to the enrolment's events, change nothing it holds.</para>
/// <para>Its day is always a judged session day whose log names its routine, so every fact a decision takes from
/// the days before (the last session, the latest judged day, whether the phase had a session) is on or after it.</para>
/// <para>Equality compares every property. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CoachCheckpoint : IEquatable<CoachCheckpoint>
{
    /// <summary>Creates a checkpoint, as read back from where an app kept it.</summary>
    /// <param name="date">The first day whose log the checkpoint does not hold.</param>
    /// <param name="level">The level the logs before <paramref name="date"/> walked to (0 is the prescription).</param>
    /// <param name="calmStreak">The calm sessions in a row at that level; not negative.</param>
    /// <param name="morningBefore">The next-morning pain (0-10) logged on the day before <paramref name="date"/>, or null.</param>
    /// <param name="runDays">The days before <paramref name="date"/> with a run logged within the acceptable pain, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="runDays"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="runDays"/> holds a day twice, or one on or after <paramref name="date"/>.</exception>
    public CoachCheckpoint(DateOnly date, int level, int calmStreak, int? morningBefore, IEnumerable<DateOnly> runDays)
    {
        Preconditions.CheckNotNull(runDays);
        Preconditions.CheckArgumentRange(calmStreak, 0, int.MaxValue);
        if (morningBefore is int morning)
        {
            Preconditions.CheckArgumentRange(morning, 0, 10, nameof(morningBefore));
        }

        var days = new List<DateOnly>(runDays);
        days.Sort();
        for (int i = 0; i < days.Count; i++)
        {
            Preconditions.CheckArgument(i == 0 || days[i] != days[i - 1], nameof(runDays), $"The day {Text.DateText.Format(days[i])} is there twice.");
            Preconditions.CheckArgument(days[i] < date, nameof(runDays), $"The day {Text.DateText.Format(days[i])} is not before the checkpoint's day ({Text.DateText.Format(date)}).");
        }

        Date = date;
        Level = level;
        CalmStreak = calmStreak;
        MorningBefore = morningBefore;
        RunDays = days.AsReadOnly();
    }

    /// <summary>Gets the first day whose log the checkpoint does not hold: a decision from it reads the logs from this day on.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the level the logs before <see cref="Date"/> walked to (0 is the prescription).</summary>
    public int Level { get; }

    /// <summary>Gets the calm sessions in a row at <see cref="Level"/>.</summary>
    public int CalmStreak { get; }

    /// <summary>Gets the next-morning pain (0-10) logged on the day before <see cref="Date"/>, or <see langword="null"/>.</summary>
    public int? MorningBefore { get; }

    /// <summary>
    /// Gets the days before <see cref="Date"/> with a run logged within the coach's acceptable pain, in date order: the
    /// evidence of being back to running that <see cref="Coach.Shape(Enrolment, Journal, DateOnly)"/> reads.
    /// </summary>
    public IReadOnlyList<DateOnly> RunDays { get; }

    /// <inheritdoc/>
    public bool Equals(CoachCheckpoint? other) =>
        other is not null && Date == other.Date && Level == other.Level && CalmStreak == other.CalmStreak &&
        MorningBefore == other.MorningBefore && ReadOnlyListEquality.Equal(RunDays, other.RunDays);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CoachCheckpoint);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Level, CalmStreak, MorningBefore, RunDays.Count);

    /// <summary>Returns a one-line description.</summary>
    public override string ToString() =>
        $"From {Text.DateText.Format(Date)}: level {Level}, {CalmStreak} calm in a row, morning before {(MorningBefore is int m ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}, {RunDays.Count} run days";

    /// <summary>Compares two checkpoints for equality.</summary>
    public static bool operator ==(CoachCheckpoint? left, CoachCheckpoint? right) => Equals(left, right);

    /// <summary>Compares two checkpoints for inequality.</summary>
    public static bool operator !=(CoachCheckpoint? left, CoachCheckpoint? right) => !Equals(left, right);
}
