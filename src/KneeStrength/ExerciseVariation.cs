using System;
using System.Collections.Generic;

namespace KneeStrength;

/// <summary>
/// Another way to do an exercise, with other equipment or none: side steps without a band, a Bosu squat on the
/// flat side, a plain squat when there is no Bosu.
/// </summary>
/// <remarks>
/// Equality compares every property, lists element by element. This type is immutable and thread-safe.
/// </remarks>
public sealed class ExerciseVariation : IEquatable<ExerciseVariation>
{
    /// <summary>Creates a variation.</summary>
    /// <param name="id">Stable id within the exercise, such as <c>no-band</c>.</param>
    /// <param name="name">Display name, at most 100 characters.</param>
    /// <param name="equipment">The equipment this variation needs; empty for none.</param>
    /// <param name="reason">Why a person would do this variation, in their words; at most 200 characters.</param>
    /// <param name="position">The body position, when it differs from the exercise's; null for the same.</param>
    /// <param name="cues">Instruction cues for this variation; empty to use the exercise's.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, too long or not a valid id, or a list holds null or repeats equipment.</exception>
    public ExerciseVariation(
        string id,
        string name,
        IEnumerable<Equipment> equipment,
        string reason,
        BodyPosition? position = null,
        IEnumerable<string>? cues = null)
    {
        Id = Preconditions.CheckSlug(id);
        Name = Preconditions.CheckText(name, 100);
        Equipment = ModelChecks.CheckEquipmentList(equipment);
        EquipmentArray = [.. Equipment];
        Reason = Preconditions.CheckText(reason, 200);
        Position = ModelChecks.CheckPosition(position);
        Cues = ModelChecks.CheckCues(cues ?? [], allowEmpty: true, nameof(cues));
    }

    /// <summary>Gets the stable id, unique within its exercise.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the equipment the variation needs; empty for none.</summary>
    public IReadOnlyList<Equipment> Equipment { get; }

    // <summary>The equipment as an array, for the scheduler's hot path.</summary>
    internal Equipment[] EquipmentArray { get; }

    /// <summary>Gets why a person would do this variation.</summary>
    public string Reason { get; }

    /// <summary>Gets the body position, or <see langword="null"/> when it is the exercise's.</summary>
    public BodyPosition? Position { get; }

    /// <summary>Gets the instruction cues for this variation; empty when the exercise's apply.</summary>
    public IReadOnlyList<string> Cues { get; }

    /// <inheritdoc/>
    public bool Equals(ExerciseVariation? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Name == other.Name && Reason == other.Reason && Position == other.Position &&
             ReadOnlyListEquality.Equal(Equipment, other.Equipment) && ReadOnlyListEquality.Equal(Cues, other.Cues)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExerciseVariation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Reason, Position, ReadOnlyListEquality.Hash(Equipment));

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;

    /// <summary>Compares two variations for equality.</summary>
    public static bool operator ==(ExerciseVariation? left, ExerciseVariation? right) => Equals(left, right);

    /// <summary>Compares two variations for inequality.</summary>
    public static bool operator !=(ExerciseVariation? left, ExerciseVariation? right) => !Equals(left, right);
}
