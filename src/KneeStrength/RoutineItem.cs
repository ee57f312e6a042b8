using System;
using System.Globalization;

namespace KneeStrength;

/// <summary>One item of a routine: an exercise and how much of it to do.</summary>
/// <remarks>
/// The dosage must fit the exercise: per side exactly when the exercise is, in each of the exercise's directions when
/// it has them, a hold when the exercise has no tempo, and an equipment setting only for equipment the exercise uses. Equality compares the exercise and the dosage. This type is immutable and thread-safe.
/// </remarks>
public sealed class RoutineItem : RoutineBlock, IEquatable<RoutineItem>
{
    /// <summary>Creates a routine item.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="dosage">How much of it; must fit the exercise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exercise"/> is null.</exception>
    /// <exception cref="ArgumentException">The dosage does not fit the exercise, or sets equipment the exercise does not use.</exception>
    public RoutineItem(Exercise exercise, Dosage dosage)
    {
        Exercise = Preconditions.CheckNotNull(exercise);
        Preconditions.CheckArgument(
            dosage.IsPerSide == exercise.IsPerSide,
            nameof(dosage),
            exercise.IsPerSide
                ? $"'{exercise.Id}' is done per side, so its dosage must be per side (such as '{dosage.WithLaterality(Laterality.PerSide)}'); it was '{dosage}'."
                : $"'{exercise.Id}' is done with both sides together, so its dosage must not be per side; it was '{dosage}'.");
        int directions = Math.Max(1, exercise.Directions.Count);
        Preconditions.CheckArgument(
            dosage.Directions == directions,
            nameof(dosage),
            string.Create(
                CultureInfo.InvariantCulture,
                $"'{exercise.Id}' moves in {directions} direction{(directions == 1 ? string.Empty : "s")}, so its dosage must too; it was '{dosage}'."));
        Preconditions.CheckArgument(
            dosage.Kind == DosageKind.Hold || exercise.Tempo is not null,
            nameof(dosage),
            $"'{exercise.Id}' has no tempo, so it is done only as holds (such as '30 s hold' or '3 sets of 30 s hold'); it was '{dosage}'.");
        Preconditions.CheckArgument(
            dosage.Setting is null || dosage.SettingWith(exercise.EquipmentArray) is not null,
            nameof(dosage),
            $"'{exercise.Id}' uses no {(dosage.Setting?.Kind == EquipmentSettingKind.StepHeight ? "step" : "loop band")}, so its dosage cannot set one; it was '{dosage}'.");
        Dosage = dosage;
    }

    // What the steps of this item share, per form done (the preferred one, or a variation), made on first use: a
    // plan's steps then hold one shared reference each and scheduling allocates none. Races make equal values.
    private Scheduling.StepForm? _preferredForm;
    private Scheduling.StepForm?[]? _variationForms;

    // <summary>The shared part of the steps of this item when done in a form: the exercise, the variation and the setting kept for it.</summary>
    internal Scheduling.StepForm StepFormFor(ExerciseVariation? variation)
    {
        if (variation is null)
        {
            return _preferredForm ??= new Scheduling.StepForm(Exercise, null, Dosage.SettingWith(Exercise.EquipmentArray));
        }

        var variations = Exercise.Variations;
        int index = 0;
        while (index < variations.Count && !ReferenceEquals(variations[index], variation))
        {
            index++;
        }

        if (index == variations.Count)
        {
            // A variation equal to one of the exercise's but not the same object (a plan read from JSON): not kept.
            return new Scheduling.StepForm(Exercise, variation, Dosage.SettingWith(variation.EquipmentArray));
        }

        var forms = _variationForms ??= new Scheduling.StepForm?[variations.Count];
        return forms[index] ??= new Scheduling.StepForm(Exercise, variation, Dosage.SettingWith(variation.EquipmentArray));
    }

    /// <summary>Gets the exercise.</summary>
    public Exercise Exercise { get; }

    /// <summary>Gets how much of the exercise to do.</summary>
    public Dosage Dosage { get; }

    /// <summary>Gets 1: an item is one routine item.</summary>
    public override int ItemCount => 1;

    /// <inheritdoc/>
    public bool Equals(RoutineItem? other) =>
        other is not null && (ReferenceEquals(this, other) || (Dosage == other.Dosage && Exercise == other.Exercise));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RoutineItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Exercise, Dosage);

    /// <summary>Returns the exercise's id and the dosage, such as <c>side-steps: 25 reps per side</c>.</summary>
    public override string ToString() => $"{Exercise.Id}: {Dosage}";

    /// <summary>Compares two items for equality.</summary>
    public static bool operator ==(RoutineItem? left, RoutineItem? right) => Equals(left, right);

    /// <summary>Compares two items for inequality.</summary>
    public static bool operator !=(RoutineItem? left, RoutineItem? right) => !Equals(left, right);
}
