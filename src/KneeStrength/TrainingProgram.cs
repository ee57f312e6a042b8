using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using KneeStrength.Text;

namespace KneeStrength;

/// <summary>
/// A training program: phases in order, each a routine on a schedule until it ends, from a start date.
/// </summary>
/// <remarks>
/// <para>Dates: the first phase starts on <see cref="Start"/>; each later phase starts the day after the one before
/// it ends. Only the last phase may be open.</para>
/// <para>Ten-year limit: a program can schedule from <see cref="Start"/> through <see cref="LastPossibleDay"/>,
/// which is <c>Start.AddYears(10).AddDays(-1)</c>. <see cref="DateOnly.AddYears"/> moves 29 February to
/// 28 February, so a program starting on 2028-02-29 can schedule through 2038-02-27. Every phase must start on or
/// before that day; the last phase, when open or ending later, is cut there (see <see cref="LastDay"/>).</para>
/// <para>Limits: 1 to 20 phases with distinct names; a start on or before 9989-12-31, so the ten years fit in the
/// calendar.</para>
/// <para>Equality compares the id, the name, the start and the phases in order. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class TrainingProgram : IEquatable<TrainingProgram>
{
    /// <summary>The most phases a program may hold.</summary>
    public const int MaxPhases = 20;

    /// <summary>The most years a program may span from its start.</summary>
    public const int MaxYears = 10;

    private static readonly DateOnly LatestStart = new(DateOnly.MaxValue.Year - MaxYears, 12, 31);

    private readonly int[] _firstDays;
    private readonly int[] _lastDays;

    /// <summary>Creates a program.</summary>
    /// <param name="id">Stable id: a kebab-case slug such as <c>runners-knee</c>.</param>
    /// <param name="name">Display name, at most 100 characters.</param>
    /// <param name="start">The first day of the first phase; on or before 9989-12-31.</param>
    /// <param name="phases">
    /// The phases, in order: 1 to 20, no nulls, no name twice; only the last may be open; each must end on or after
    /// the day it starts, and each but the last before <see cref="LastPossibleDay"/>.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is after 9989-12-31.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or <paramref name="name"/> is not valid, or the phases break a rule above; the message
    /// names the phase.
    /// </exception>
    public TrainingProgram(string id, string name, DateOnly start, IEnumerable<ProgramPhase> phases)
    {
        Id = Preconditions.CheckSlug(id);
        Name = Preconditions.CheckText(name, 100);
        LastPossibleDay = CheckStart(start);
        Start = start;
        Phases = Preconditions.CopyNoNulls(phases);
        Preconditions.CheckArgument(
            Phases.Count is > 0 and <= MaxPhases,
            nameof(phases),
            string.Create(CultureInfo.InvariantCulture, $"A program holds 1 to {MaxPhases} phases; there were {Phases.Count}."));

        int count = Phases.Count;
        int limit = LastPossibleDay.DayNumber;
        _firstDays = new int[count];
        _lastDays = new int[count];
        int first = start.DayNumber;
        for (int i = 0; i < count; i++)
        {
            var phase = Phases[i];
            for (int j = 0; j < i; j++)
            {
                if (Phases[j].Name == phase.Name)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Phases {j} and {i} are both named '{phase.Name}'; phase names must differ."),
                        nameof(phases));
                }
            }

            bool isLast = i == count - 1;
            if (!isLast && phase.End.IsOpen)
            {
                throw new ArgumentException(Describe(i, phase, "is open, but only the last phase may be."), nameof(phases));
            }

            int last = phase.End.LastDayNumber(first);
            if (last < first)
            {
                throw new ArgumentException(Describe(i, phase, $"ends on {Format(last)}, before it starts on {Format(first)}."), nameof(phases));
            }

            if (!isLast && last >= limit)
            {
                throw new ArgumentException(
                    Describe(i, phase, $"reaches the program's last possible day, {Format(limit)} ({MaxYears} years from its start), leaving no day for the next phase."),
                    nameof(phases));
            }

            _firstDays[i] = first;
            _lastDays[i] = Math.Min(last, limit);
            first = _lastDays[i] + 1;
        }

        LastDay = DateOnly.FromDayNumber(_lastDays[^1]);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the first day of the first phase.</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the phases, in order.</summary>
    public IReadOnlyList<ProgramPhase> Phases { get; }

    /// <summary>Gets the program's last day: the last phase's last day, or <see cref="LastPossibleDay"/> when that phase is open or ends later.</summary>
    public DateOnly LastDay { get; }

    /// <summary>Gets the last day any program starting on <see cref="Start"/> can schedule: <c>Start.AddYears(10).AddDays(-1)</c>.</summary>
    public DateOnly LastPossibleDay { get; }

    /// <summary>Gets the first day of a phase.</summary>
    /// <param name="index">The phase's index in <see cref="Phases"/>.</param>
    /// <returns>The day the phase starts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Phases"/>.</exception>
    public DateOnly GetPhaseStart(int index)
    {
        Preconditions.CheckArgumentRange(index, 0, _firstDays.Length - 1);
        return DateOnly.FromDayNumber(_firstDays[index]);
    }

    /// <summary>Gets the last day of a phase, inclusive; the last phase's is cut at <see cref="LastPossibleDay"/>.</summary>
    /// <param name="index">The phase's index in <see cref="Phases"/>.</param>
    /// <returns>The phase's last day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Phases"/>.</exception>
    public DateOnly GetPhaseLastDay(int index)
    {
        Preconditions.CheckArgumentRange(index, 0, _lastDays.Length - 1);
        return DateOnly.FromDayNumber(_lastDays[index]);
    }

    // <summary>Checks a program's start and returns its last possible day.</summary>
    internal static DateOnly CheckStart(DateOnly start, [CallerArgumentExpression(nameof(start))] string? paramName = null)
    {
        if (start > LatestStart)
        {
            throw new ArgumentOutOfRangeException(
                paramName, start, $"A program must start on or before {DateText.Format(LatestStart)}, so that its {MaxYears} years fit in the calendar.");
        }

        return start.AddYears(MaxYears).AddDays(-1);
    }

    // <summary>Gets the first day of phase <paramref name="index"/> as a <see cref="DateOnly.DayNumber"/>.</summary>
    internal int FirstDayNumber(int index) => _firstDays[index];

    // <summary>Gets the last day of phase <paramref name="index"/> as a <see cref="DateOnly.DayNumber"/>.</summary>
    internal int LastDayNumber(int index) => _lastDays[index];

    /// <inheritdoc/>
    public bool Equals(TrainingProgram? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Name == other.Name && Start == other.Start && ReadOnlyListEquality.Equal(Phases, other.Phases)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TrainingProgram);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Start, ReadOnlyListEquality.Hash(Phases));

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;

    /// <summary>Compares two programs for equality.</summary>
    public static bool operator ==(TrainingProgram? left, TrainingProgram? right) => Equals(left, right);

    /// <summary>Compares two programs for inequality.</summary>
    public static bool operator !=(TrainingProgram? left, TrainingProgram? right) => !Equals(left, right);

    private static string Describe(int index, ProgramPhase phase, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"Phase {index} '{phase.Name}' {problem}");

    private static string Format(int dayNumber) => DateText.Format(DateOnly.FromDayNumber(dayNumber));
}
