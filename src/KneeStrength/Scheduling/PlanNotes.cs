using System;
using System.Collections.Generic;

namespace KneeStrength.Scheduling;

/// <summary>An exercise done in another form because its preferred equipment is not on hand.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed class Substitution : IEquatable<Substitution>
{
    private string? _reason;

    /// <summary>Creates a substitution note.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="variation">The variation done instead of the preferred form.</param>
    /// <param name="reason">Why, in a person's words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or over 300 characters.</exception>
    public Substitution(Exercise exercise, ExerciseVariation variation, string reason)
    {
        Exercise = Preconditions.CheckNotNull(exercise);
        Variation = Preconditions.CheckNotNull(variation);
        _reason = Preconditions.CheckText(reason, 300);
        MissingEquipment = [];
    }

    // The scheduler's note: the preferred form's equipment not on hand, and the dosage's setting the variation does
    // without; its English words are made when first asked for.
    internal Substitution(Exercise exercise, ExerciseVariation variation, Equipment[] missing, EquipmentSetting? unusedSetting)
    {
        Exercise = exercise;
        Variation = variation;
        MissingEquipment = missing;
        UnusedSetting = unusedSetting;
    }

    /// <summary>Gets the exercise.</summary>
    public Exercise Exercise { get; }

    /// <summary>Gets the equipment of the exercise's preferred form that was not on hand; empty when the note does not say (read from a document).</summary>
    public IReadOnlyList<Equipment> MissingEquipment { get; }

    /// <summary>Gets the dosage's equipment setting the variation does without, such as a band's colour, or <see langword="null"/>.</summary>
    public EquipmentSetting? UnusedSetting { get; }

    /// <summary>Gets the variation done instead.</summary>
    public ExerciseVariation Variation { get; }

    /// <summary>Gets why, in English (<see cref="Text.KneeText.English"/> for a note the scheduler made).</summary>
    public string Reason => _reason ??= Text.KneeText.English.SubstitutionReason(Exercise, Variation, UnusedSetting);

    /// <inheritdoc/>
    public bool Equals(Substitution? other) =>
        other is not null && Reason == other.Reason && Exercise == other.Exercise && Variation == other.Variation;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Substitution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Exercise.Id, Variation.Id, Reason);

    /// <summary>Returns a one-line description.</summary>
    public override string ToString() => $"{Exercise.Name} -> {Variation.Name}: {Reason}";

    /// <summary>Compares two notes for equality.</summary>
    public static bool operator ==(Substitution? left, Substitution? right) => Equals(left, right);

    /// <summary>Compares two notes for inequality.</summary>
    public static bool operator !=(Substitution? left, Substitution? right) => !Equals(left, right);
}

/// <summary>An exercise left out because no form of it fits the equipment on hand.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed class Omission : IEquatable<Omission>
{
    private string? _reason;

    /// <summary>Creates an omission note.</summary>
    /// <param name="exercise">The exercise left out.</param>
    /// <param name="reason">Why, in a person's words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or over 300 characters.</exception>
    public Omission(Exercise exercise, string reason)
    {
        Exercise = Preconditions.CheckNotNull(exercise);
        _reason = Preconditions.CheckText(reason, 300);
        MissingEquipment = [];
    }

    // The scheduler's note: the equipment the exercise needs that is not on hand; its English words are made when
    // first asked for.
    internal Omission(Exercise exercise, Equipment[] missing)
    {
        Exercise = exercise;
        MissingEquipment = missing;
    }

    /// <summary>Gets the exercise left out.</summary>
    public Exercise Exercise { get; }

    /// <summary>Gets the equipment the exercise needs that was not on hand; empty when the note does not say (read from a document).</summary>
    public IReadOnlyList<Equipment> MissingEquipment { get; }

    /// <summary>Gets why, in English (<see cref="Text.KneeText.English"/> for a note the scheduler made).</summary>
    public string Reason => _reason ??= Text.KneeText.English.Omission(MissingEquipment);

    /// <inheritdoc/>
    public bool Equals(Omission? other) => other is not null && Reason == other.Reason && Exercise == other.Exercise;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Omission);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Exercise.Id, Reason);

    /// <summary>Returns a one-line description.</summary>
    public override string ToString() => $"{Exercise.Name}: {Reason}";

    /// <summary>Compares two notes for equality.</summary>
    public static bool operator ==(Omission? left, Omission? right) => Equals(left, right);

    /// <summary>Compares two notes for inequality.</summary>
    public static bool operator !=(Omission? left, Omission? right) => !Equals(left, right);
}

/// <summary>A change a time budget made to the session: shorter pauses, less work, or an exercise dropped.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed class Adjustment : IEquatable<Adjustment>
{
    /// <summary>Creates an adjustment note.</summary>
    /// <param name="exercise">The exercise changed, or null for a change to the whole session.</param>
    /// <param name="change">What changed, such as <c>20 reps per side -> 14 reps per side</c>.</param>
    /// <param name="reason">Why.</param>
    /// <param name="variation">The variation of <paramref name="exercise"/> in use, or null for its preferred form.</param>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or over 300 characters, or a variation is given without an exercise.</exception>
    public Adjustment(Exercise? exercise, string change, string reason, ExerciseVariation? variation = null)
    {
        Preconditions.CheckArgument(variation is null || exercise is not null, nameof(variation), "A variation needs the exercise it belongs to.");
        Exercise = exercise;
        Variation = variation;
        Change = Preconditions.CheckText(change, 300);
        Reason = Preconditions.CheckText(reason, 300);
    }

    /// <summary>Gets the exercise changed, or <see langword="null"/> for a change to the whole session.</summary>
    public Exercise? Exercise { get; }

    /// <summary>Gets the variation in use, or <see langword="null"/> for the exercise's preferred form.</summary>
    public ExerciseVariation? Variation { get; }

    /// <summary>Gets the name of the form changed: the variation's, else the exercise's; null for the whole session.</summary>
    public string? FormName => Variation?.Name ?? Exercise?.Name;

    /// <summary>Gets what changed.</summary>
    public string Change { get; }

    /// <summary>Gets why.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(Adjustment? other) =>
        other is not null && Change == other.Change && Reason == other.Reason && Exercise == other.Exercise && Variation == other.Variation;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Adjustment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Exercise?.Id, Change, Reason);

    /// <summary>Returns a one-line description.</summary>
    public override string ToString() => FormName is string name ? $"{name}: {Change}: {Reason}" : $"{Change}: {Reason}";

    /// <summary>Compares two notes for equality.</summary>
    public static bool operator ==(Adjustment? left, Adjustment? right) => Equals(left, right);

    /// <summary>Compares two notes for inequality.</summary>
    public static bool operator !=(Adjustment? left, Adjustment? right) => !Equals(left, right);
}
