using System;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>How a placed phase ends.</summary>
public enum PhaseEnding
{
    /// <summary>It runs on to the enrolment's last possible day: the phase is open, or waits for an event that has not come. The default.</summary>
    RunsOn,

    /// <summary>After its weeks (<see cref="PhaseEndKind.AfterWeeks"/>).</summary>
    Weeks,

    /// <summary>After its planned weeks, while the event it waits for is not known: an event may still move the end.</summary>
    Planned,

    /// <summary>On the event it waits for (<see cref="PlacedPhase.EndedBy"/>).</summary>
    Event,

    /// <summary>The day before a relapse (<see cref="PlacedPhase.EndedBy"/>) started the first phase again.</summary>
    Relapse,
}

/// <summary>A program phase placed on a person's dates by an <see cref="Enrolment"/>: its first and last day, and why it ends.</summary>
/// <remarks>
/// <para>The same phase may be placed more than once: a relapse starts the first phase again. <see cref="Occurrence"/>
/// counts those placements, so a phase and its occurrence name one placement for good (a calendar's event UID uses
/// them).</para>
/// <para>The <c>default</c> value is no placement: its <see cref="Phase"/> throws <see cref="InvalidOperationException"/>.</para>
/// <para>Equality compares every property, the phase by value. This type is an immutable value and thread-safe.</para>
/// </remarks>
public readonly struct PlacedPhase : IEquatable<PlacedPhase>
{
    private readonly ProgramPhase? _phase;

    internal PlacedPhase(ProgramPhase phase, int phaseIndex, int occurrence, int firstDay, int lastDay, PhaseEnding ending, EnrolmentEvent? endedBy)
    {
        _phase = phase;
        PhaseIndex = phaseIndex;
        Occurrence = occurrence;
        FirstDayNumber = firstDay;
        LastDayNumber = lastDay;
        Ending = ending;
        EndedBy = endedBy;
    }

    /// <summary>Gets the program phase.</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public ProgramPhase Phase => _phase ?? throw new InvalidOperationException("This is default(PlacedPhase), which places no phase.");

    /// <summary>Gets the phase's index in <see cref="TrainingProgram.Phases"/>.</summary>
    public int PhaseIndex { get; }

    /// <summary>Gets how many times this phase was placed before this placement: 0 the first time, 1 after a relapse, and so on.</summary>
    public int Occurrence { get; }

    /// <summary>Gets the phase's first day.</summary>
    public DateOnly FirstDay => DateOnly.FromDayNumber(FirstDayNumber);

    /// <summary>Gets the phase's last day, inclusive; at most the enrolment's last possible day.</summary>
    public DateOnly LastDay => DateOnly.FromDayNumber(LastDayNumber);

    /// <summary>Gets how the phase ends.</summary>
    public PhaseEnding Ending { get; }

    /// <summary>Gets the event that ended the phase, or <see langword="null"/> when none did.</summary>
    public EnrolmentEvent? EndedBy { get; }

    internal int FirstDayNumber { get; }

    internal int LastDayNumber { get; }

    /// <summary>Returns a value indicating whether a day falls in the phase.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <paramref name="date"/> is from <see cref="FirstDay"/> through <see cref="LastDay"/>.</returns>
    public bool Contains(DateOnly date) => date.DayNumber >= FirstDayNumber && date.DayNumber <= LastDayNumber;

    /// <summary>Returns a value indicating whether the phase's schedule has a session on a day of the phase.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when the day is in the phase and its rule has a session on it.</returns>
    public bool IsSessionDay(DateOnly date) =>
        Contains(date) && Phase.Schedule.FirstOnOrAfter(FirstDayNumber, date.DayNumber) == date.DayNumber;

    /// <summary>Returns the first session day of the phase on or after a day, or <see langword="null"/> when the phase has none left.</summary>
    /// <param name="date">The day to look from.</param>
    /// <returns>The session day, or null.</returns>
    public DateOnly? NextSessionDay(DateOnly date)
    {
        int from = Math.Max(date.DayNumber, FirstDayNumber);
        int day = Phase.Schedule.FirstOnOrAfter(FirstDayNumber, from);
        return day <= LastDayNumber ? DateOnly.FromDayNumber(day) : null;
    }

    /// <inheritdoc/>
    public bool Equals(PlacedPhase other) =>
        PhaseIndex == other.PhaseIndex && Occurrence == other.Occurrence && FirstDayNumber == other.FirstDayNumber &&
        LastDayNumber == other.LastDayNumber && Ending == other.Ending && EndedBy == other.EndedBy && _phase == other._phase;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PlacedPhase other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PhaseIndex, Occurrence, FirstDayNumber, LastDayNumber, Ending);

    /// <summary>Returns the phase, its days and how it ends, such as <c>treatment 2026-03-02 to 2026-04-12 (planned end)</c>.</summary>
    public override string ToString() => _phase is null
        ? "(no phase)"
        : string.Create(CultureInfo.InvariantCulture, $"{_phase.Name} {DateText.Format(FirstDay)} to {DateText.Format(LastDay)} ({EndingText})");

    private string EndingText => Ending switch
    {
        PhaseEnding.Weeks => "after its weeks",
        PhaseEnding.Planned => "planned end",
        PhaseEnding.Event => "back to running",
        PhaseEnding.Relapse => "relapse",
        _ => "runs on",
    };

    /// <summary>Compares two placements for equality.</summary>
    public static bool operator ==(PlacedPhase left, PlacedPhase right) => left.Equals(right);

    /// <summary>Compares two placements for inequality.</summary>
    public static bool operator !=(PlacedPhase left, PlacedPhase right) => !left.Equals(right);
}
