using System;
using System.Collections.Generic;

namespace KneeStrength.Scheduling;

/// <summary>An exercise done in another form because its preferred equipment is not on hand.</summary>
/// <remarks>
/// The note holds the facts; <see cref="Text.KneeText.Reason(Substitution)"/> words them in a language. Equality
/// compares the facts, not the words. This type is immutable and thread-safe.
/// </remarks>
public sealed class Substitution : IEquatable<Substitution>
{
    private string? _reason;

    // The scheduler's note: the preferred form's equipment not on hand, and the dosage's setting the variation does
    // without; its English words are made when first asked for (a note read from a document keeps the words it gave).
    internal Substitution(Exercise exercise, ExerciseVariation variation, Equipment[] missing, EquipmentSetting? unusedSetting, string? reason = null)
    {
        Exercise = exercise;
        Variation = variation;
        MissingEquipment = missing;
        UnusedSetting = unusedSetting;
        _reason = reason;
    }

    /// <summary>Gets the exercise.</summary>
    public Exercise Exercise { get; }

    /// <summary>Gets the equipment of the exercise's preferred form that was not on hand.</summary>
    public IReadOnlyList<Equipment> MissingEquipment { get; }

    /// <summary>Gets the dosage's equipment setting the variation does without, such as a band's colour, or <see langword="null"/>.</summary>
    public EquipmentSetting? UnusedSetting { get; }

    /// <summary>Gets the variation done instead.</summary>
    public ExerciseVariation Variation { get; }

    /// <summary>Gets why, in English (<see cref="Text.KneeText.English"/>); a note read from a document keeps the words the document gave.</summary>
    public string Reason => _reason ??= Text.KneeText.English.SubstitutionReason(Exercise, Variation, UnusedSetting);

    /// <inheritdoc/>
    public bool Equals(Substitution? other) =>
        other is not null && Exercise == other.Exercise && Variation == other.Variation && UnusedSetting == other.UnusedSetting &&
        ReadOnlyListEquality.Equal(MissingEquipment, other.MissingEquipment);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Substitution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Exercise.Id, Variation.Id, MissingEquipment.Count);

    /// <summary>Returns a one-line description.</summary>
    public override string ToString() => $"{Exercise.Name} -> {Variation.Name}: {Reason}";

    /// <summary>Compares two notes for equality.</summary>
    public static bool operator ==(Substitution? left, Substitution? right) => Equals(left, right);

    /// <summary>Compares two notes for inequality.</summary>
    public static bool operator !=(Substitution? left, Substitution? right) => !Equals(left, right);
}

/// <summary>An exercise left out because no form of it fits the equipment on hand.</summary>
/// <remarks>
/// The note holds the facts; <see cref="Text.KneeText.Reason(Omission)"/> words them in a language. Equality compares
/// the facts, not the words. This type is immutable and thread-safe.
/// </remarks>
public sealed class Omission : IEquatable<Omission>
{
    private string? _reason;

    // The scheduler's note: the equipment the exercise needs that is not on hand; its English words are made when
    // first asked for (a note read from a document keeps the words it gave).
    internal Omission(Exercise exercise, Equipment[] missing, string? reason = null)
    {
        Exercise = exercise;
        MissingEquipment = missing;
        _reason = reason;
    }

    /// <summary>Gets the exercise left out.</summary>
    public Exercise Exercise { get; }

    /// <summary>Gets the equipment the exercise needs that was not on hand.</summary>
    public IReadOnlyList<Equipment> MissingEquipment { get; }

    /// <summary>Gets why, in English (<see cref="Text.KneeText.English"/>); a note read from a document keeps the words the document gave.</summary>
    public string Reason => _reason ??= Text.KneeText.English.Omission(MissingEquipment);

    /// <inheritdoc/>
    public bool Equals(Omission? other) =>
        other is not null && Exercise == other.Exercise && ReadOnlyListEquality.Equal(MissingEquipment, other.MissingEquipment);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Omission);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Exercise.Id, MissingEquipment.Count);

    /// <summary>Returns a one-line description.</summary>
    public override string ToString() => $"{Exercise.Name}: {Reason}";

    /// <summary>Compares two notes for equality.</summary>
    public static bool operator ==(Omission? left, Omission? right) => Equals(left, right);

    /// <summary>Compares two notes for inequality.</summary>
    public static bool operator !=(Omission? left, Omission? right) => !Equals(left, right);
}

/// <summary>What a time budget changed in a session, in the order the scheduler tries the changes.</summary>
public enum AdjustmentKind
{
    /// <summary>Pauses (lead-in, transitions, setup, rests) were shortened toward their floors; a note on the whole session.</summary>
    PausesCut,

    /// <summary>An exercise keeps fewer sets, each with the reps or hold it had.</summary>
    SetsDropped,

    /// <summary>A circuit keeps fewer rounds, all its items together.</summary>
    RoundsDropped,

    /// <summary>An exercise's reps or hold time were scaled down (and its sets may be fewer too).</summary>
    DoseScaled,

    /// <summary>An exercise was left out of the session.</summary>
    ExerciseLeftOut,
}

/// <summary>A kind of pause a time budget can shorten.</summary>
public enum PauseKind
{
    /// <summary>The get-ready pause that opens the session.</summary>
    LeadIn,

    /// <summary>The pauses between exercises.</summary>
    Transition,

    /// <summary>The pauses to set up a new position or equipment.</summary>
    Setup,

    /// <summary>A rest between an exercise's sets.</summary>
    RestBetweenSets,

    /// <summary>A circuit's rest after each round.</summary>
    RestAfterRound,

    /// <summary>A circuit's pause between its items.</summary>
    BetweenCircuitItems,
}

/// <summary>A pause a time budget shortened: its kind, and its length before and after.</summary>
/// <remarks>
/// Equality compares every property. <c>default</c> is a lead-in of no length, unchanged. This type is immutable and
/// thread-safe.
/// </remarks>
public readonly struct PauseChange : IEquatable<PauseChange>
{
    internal PauseChange(PauseKind kind, TimeSpan before, TimeSpan after)
    {
        Kind = kind;
        Before = before;
        After = after;
    }

    /// <summary>Gets the kind of pause.</summary>
    public PauseKind Kind { get; }

    /// <summary>Gets how long the pause was in the full plan.</summary>
    public TimeSpan Before { get; }

    /// <summary>Gets how long the pause is in the plan fitted into the budget.</summary>
    public TimeSpan After { get; }

    /// <inheritdoc/>
    public bool Equals(PauseChange other) => Kind == other.Kind && Before == other.Before && After == other.After;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PauseChange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Before, After);

    /// <summary>Returns the change, such as <c>Transition 10 s -> 5 s</c>.</summary>
    public override string ToString() => $"{Kind} {Text.DurationText.Format(Before)} -> {Text.DurationText.Format(After)}";

    /// <summary>Compares two pause changes for equality.</summary>
    public static bool operator ==(PauseChange left, PauseChange right) => left.Equals(right);

    /// <summary>Compares two pause changes for inequality.</summary>
    public static bool operator !=(PauseChange left, PauseChange right) => !left.Equals(right);
}

/// <summary>A change a time budget made to the session: shorter pauses, fewer sets or rounds, less work, or an exercise left out.</summary>
/// <remarks>
/// <para>The note holds the facts; <see cref="KneeStrength.Text.KneeText"/> words them in a language
/// (<see cref="KneeStrength.Text.KneeText.Change(Adjustment)"/>, <see cref="KneeStrength.Text.KneeText.Reason(Adjustment)"/>).</para>
/// <para>Equality compares the facts, not the words. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Adjustment : IEquatable<Adjustment>
{
    private static readonly PauseChange[] NoPauses = [];

    private static readonly Exercise[] NoExercises = [];

    private readonly ExerciseVariation?[] _circuitVariations;

    private string? _change;

    private string? _reason;

    // The scheduler's note (and a document's, with the words it was given): the facts; English words are made when
    // first asked for.
    internal Adjustment(
        AdjustmentKind kind,
        TimeSpan timeBudget,
        Exercise? exercise = null,
        ExerciseVariation? variation = null,
        Dosage? dosageBefore = null,
        Dosage? dosageAfter = null,
        int? setsBefore = null,
        int? setsAfter = null,
        int? percent = null,
        PauseChange[]? pauses = null,
        Exercise[]? circuitExercises = null,
        ExerciseVariation?[]? circuitVariations = null,
        string? change = null,
        string? reason = null)
    {
        Kind = kind;
        TimeBudget = timeBudget;
        Exercise = exercise;
        Variation = variation;
        DosageBefore = dosageBefore;
        DosageAfter = dosageAfter;
        SetsBefore = setsBefore;
        SetsAfter = setsAfter;
        Percent = percent;
        Pauses = pauses ?? NoPauses;
        CircuitExercises = circuitExercises ?? NoExercises;
        _circuitVariations = circuitVariations ?? new ExerciseVariation?[CircuitExercises.Count];
        _change = change;
        _reason = reason;
    }

    /// <summary>Gets what kind of change this is.</summary>
    public AdjustmentKind Kind { get; }

    /// <summary>Gets the time budget the session was fitted into.</summary>
    public TimeSpan TimeBudget { get; }

    /// <summary>Gets the exercise changed, or <see langword="null"/> for a change to the whole session or a circuit's rounds.</summary>
    public Exercise? Exercise { get; }

    /// <summary>Gets the variation in use, or <see langword="null"/> for the exercise's preferred form.</summary>
    public ExerciseVariation? Variation { get; }

    /// <summary>Gets the name of the form changed: the variation's, else the exercise's; null for the whole session or a circuit.</summary>
    public string? FormName => Variation?.Name ?? Exercise?.Name;

    /// <summary>
    /// Gets the dosage the full plan does (with the rest between sets it takes), for <see cref="AdjustmentKind.SetsDropped"/>
    /// and <see cref="AdjustmentKind.DoseScaled"/>; else <see langword="null"/>.
    /// </summary>
    public Dosage? DosageBefore { get; }

    /// <summary>
    /// Gets the dosage the fitted plan does, for <see cref="AdjustmentKind.SetsDropped"/> and
    /// <see cref="AdjustmentKind.DoseScaled"/>; else <see langword="null"/>.
    /// </summary>
    public Dosage? DosageAfter { get; }

    /// <summary>
    /// Gets the sets planned before the change (a circuit's rounds for <see cref="AdjustmentKind.RoundsDropped"/>);
    /// <see langword="null"/> for pauses and an exercise left out.
    /// </summary>
    public int? SetsBefore { get; }

    /// <summary>Gets the sets (or a circuit's rounds) planned after the change; <see langword="null"/> where <see cref="SetsBefore"/> is.</summary>
    public int? SetsAfter { get; }

    /// <summary>
    /// Gets the change as a whole percent: for <see cref="AdjustmentKind.PausesCut"/> how far the pauses were shortened
    /// of the way from their full length to their floors (100 is at their floors); for
    /// <see cref="AdjustmentKind.DoseScaled"/> the share of the reps and hold time kept (rounded up); else <see langword="null"/>.
    /// </summary>
    public int? Percent { get; }

    /// <summary>Gets the pauses shortened, each distinct one once, for <see cref="AdjustmentKind.PausesCut"/>; else empty.</summary>
    public IReadOnlyList<PauseChange> Pauses { get; }

    /// <summary>Gets the circuit's exercises still done, in order, for <see cref="AdjustmentKind.RoundsDropped"/>; else empty.</summary>
    public IReadOnlyList<Exercise> CircuitExercises { get; }

    // The variation each circuit exercise is done in, null for its preferred form.
    internal IReadOnlyList<ExerciseVariation?> CircuitVariations => _circuitVariations;

    /// <summary>
    /// Gets what changed, in English (<see cref="Text.KneeText.English"/>), such as <c>3 x 10 reps per side -> 2 x 10 reps per side</c>;
    /// a note read from a document keeps the words the document gave.
    /// </summary>
    public string Change => _change ??= Text.KneeText.English.Change(this);

    /// <summary>Gets why, in English (<see cref="Text.KneeText.English"/>); a note read from a document keeps the words the document gave.</summary>
    public string Reason => _reason ??= Text.KneeText.English.Reason(this);

    /// <inheritdoc/>
    public bool Equals(Adjustment? other) =>
        other is not null && Kind == other.Kind && TimeBudget == other.TimeBudget && Exercise == other.Exercise && Variation == other.Variation &&
        DosageBefore == other.DosageBefore && DosageAfter == other.DosageAfter && SetsBefore == other.SetsBefore && SetsAfter == other.SetsAfter &&
        Percent == other.Percent && ReadOnlyListEquality.Equal(Pauses, other.Pauses) &&
        ReadOnlyListEquality.Equal(CircuitExercises, other.CircuitExercises) && ReadOnlyListEquality.Equal(CircuitVariations, other.CircuitVariations);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Adjustment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, TimeBudget, Exercise?.Id, Variation?.Id, DosageAfter, SetsAfter, Percent, Pauses.Count);

    /// <summary>Returns a one-line description, in English.</summary>
    public override string ToString() => FormName is string name ? $"{name}: {Change}: {Reason}" : $"{Change}: {Reason}";

    /// <summary>Compares two notes for equality.</summary>
    public static bool operator ==(Adjustment? left, Adjustment? right) => Equals(left, right);

    /// <summary>Compares two notes for inequality.</summary>
    public static bool operator !=(Adjustment? left, Adjustment? right) => !Equals(left, right);
}
