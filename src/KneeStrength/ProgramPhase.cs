using System;

namespace KneeStrength;

/// <summary>
/// One phase of a <see cref="TrainingProgram"/>: a routine, the days it is done on, and when the phase ends.
/// </summary>
/// <remarks>
/// A phase does not know its dates: it starts the day after the previous phase ends (the first phase on the
/// enrolment's start), so an <see cref="Scheduling.Enrolment"/> places it. Equality compares the name, the routine, the schedule rule and the
/// end. This type is immutable and thread-safe.
/// </remarks>
public sealed class ProgramPhase : IEquatable<ProgramPhase>
{
    /// <summary>Creates a phase.</summary>
    /// <param name="name">The phase's name, unique within its program: a kebab-case slug such as <c>treatment</c>.</param>
    /// <param name="routine">The routine done on each of the phase's session days.</param>
    /// <param name="schedule">Which days have a session; <c>default</c> is every day.</param>
    /// <param name="end">When the phase ends; <c>default</c> is never (only the last phase of a program may be open).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="routine"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid slug.</exception>
    public ProgramPhase(string name, Routine routine, ScheduleRule schedule, PhaseEnd end)
    {
        Name = Preconditions.CheckSlug(name);
        Routine = Preconditions.CheckNotNull(routine);
        Schedule = schedule;
        End = end;
    }

    /// <summary>Gets the phase's name, such as <c>treatment</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the routine done on each session day.</summary>
    public Routine Routine { get; }

    /// <summary>Gets the rule that says which days have a session.</summary>
    public ScheduleRule Schedule { get; }

    /// <summary>Gets when the phase ends.</summary>
    public PhaseEnd End { get; }

    /// <inheritdoc/>
    public bool Equals(ProgramPhase? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Name == other.Name && Schedule == other.Schedule && End == other.End && Routine == other.Routine));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProgramPhase);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Routine, Schedule, End);

    /// <summary>Returns the name, routine, rule and end, such as <c>treatment: runners-knee FREQ=DAILY, after 6 weeks</c>.</summary>
    public override string ToString() => $"{Name}: {Routine.Id} {Schedule}, {End}";

    /// <summary>Compares two phases for equality.</summary>
    public static bool operator ==(ProgramPhase? left, ProgramPhase? right) => Equals(left, right);

    /// <summary>Compares two phases for inequality.</summary>
    public static bool operator !=(ProgramPhase? left, ProgramPhase? right) => !Equals(left, right);
}
