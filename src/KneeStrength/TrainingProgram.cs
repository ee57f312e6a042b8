using System;
using System.Collections.Generic;
using System.Globalization;

namespace KneeStrength;

/// <summary>
/// A training program as a clinician defines it, once, for everyone who follows it: phases in order, each a routine
/// on a schedule until it ends.
/// </summary>
/// <remarks>
/// <para>A program holds no person's dates. An <see cref="Scheduling.Enrolment"/> puts one person on it (a start,
/// their events such as getting back to running, their minutes and equipment) and places the phases on dates; any
/// number of enrolments share one program.</para>
/// <para>Phases follow each other: each starts the day after the one before it ends. A phase that is open, or ends
/// on an event with no planned weeks, may run on to the enrolment's ten-year limit, so the phases after it start
/// only when the event comes.</para>
/// <para>Limits: 1 to 20 phases with distinct names; only the last may be open.</para>
/// <para>Equality compares the id, the name and the phases in order. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TrainingProgram : IEquatable<TrainingProgram>
{
    /// <summary>The most phases a program may hold.</summary>
    public const int MaxPhases = 20;

    /// <summary>The most years an enrolment on a program may span from its start.</summary>
    public const int MaxYears = 10;

    /// <summary>Creates a program.</summary>
    /// <param name="id">Stable id: a kebab-case slug such as <c>runners-knee</c>.</param>
    /// <param name="name">Display name, at most 100 characters.</param>
    /// <param name="phases">The phases, in order: 1 to 20, no nulls, no name twice; only the last may be open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or <paramref name="name"/> is not valid, or the phases break a rule above; the message
    /// names the phase.
    /// </exception>
    public TrainingProgram(string id, string name, IEnumerable<ProgramPhase> phases)
    {
        Id = Preconditions.CheckSlug(id);
        Name = Preconditions.CheckText(name, 100);
        Phases = Preconditions.CopyNoNulls(phases);
        Preconditions.CheckArgument(
            Phases.Count is > 0 and <= MaxPhases,
            nameof(phases),
            string.Create(CultureInfo.InvariantCulture, $"A program holds 1 to {MaxPhases} phases; there were {Phases.Count}."));

        for (int i = 0; i < Phases.Count; i++)
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

            if (i < Phases.Count - 1 && phase.End.IsOpen)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Phase {i} '{phase.Name}' is open, but only the last phase may be."),
                    nameof(phases));
            }
        }
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the phases, in order.</summary>
    public IReadOnlyList<ProgramPhase> Phases { get; }

    /// <inheritdoc/>
    public bool Equals(TrainingProgram? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Name == other.Name && ReadOnlyListEquality.Equal(Phases, other.Phases)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TrainingProgram);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, ReadOnlyListEquality.Hash(Phases));

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;

    /// <summary>Compares two programs for equality.</summary>
    public static bool operator ==(TrainingProgram? left, TrainingProgram? right) => Equals(left, right);

    /// <summary>Compares two programs for inequality.</summary>
    public static bool operator !=(TrainingProgram? left, TrainingProgram? right) => !Equals(left, right);
}
