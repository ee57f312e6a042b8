using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace KneeStrength;

/// <summary>
/// Something an exercise needs or can use: a loop band, a Bosu ball, a step, a wall. The four well-known
/// pieces are static members; apps may define their own.
/// </summary>
/// <remarks>
/// Two pieces of equipment are equal when their ids and names are equal (ordinal). This type is immutable and thread-safe.
/// </remarks>
public sealed class Equipment : IEquatable<Equipment>
{
    /// <summary>A loop resistance band (or a band tied into a loop). Id <c>band</c>.</summary>
    public static Equipment LoopBand { get; } = new("band", "Loop band");

    /// <summary>A Bosu balance trainer. Id <c>bosu</c>.</summary>
    public static Equipment BosuBall { get; } = new("bosu", "Bosu ball");

    /// <summary>A stair, chair or other sturdy raised surface. Id <c>step</c>.</summary>
    public static Equipment Step { get; } = new("step", "Step (stair, chair or other sturdy raised surface)");

    /// <summary>A wall or a door to lean on. Id <c>wall</c>.</summary>
    public static Equipment Wall { get; } = new("wall", "Wall (or door)");

    /// <summary>The well-known equipment, ordered by id: band, bosu, step, wall.</summary>
    public static IReadOnlyList<Equipment> WellKnown { get; } =
        new ReadOnlyCollection<Equipment>([LoopBand, BosuBall, Step, Wall]);

    /// <summary>Creates a piece of equipment.</summary>
    /// <param name="id">Stable id: lower-case letters and digits in hyphen-joined words, such as <c>foam-roller</c>.</param>
    /// <param name="name">Display name, at most 100 characters.</param>
    /// <exception cref="ArgumentException">The id is not a valid slug or the name is empty or too long.</exception>
    public Equipment(string id, string name)
    {
        Id = Preconditions.CheckSlug(id);
        Name = Preconditions.CheckText(name, 100);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Returns the well-known equipment with this id, or <see langword="null"/>.</summary>
    /// <param name="id">An id such as <c>band</c>.</param>
    public static Equipment? FindWellKnown(string id)
    {
        Preconditions.CheckNotNull(id);
        foreach (var equipment in WellKnown)
        {
            if (equipment.Id == id)
            {
                return equipment;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Equipment? other) =>
        other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Name == other.Name));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Equipment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name);

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;

    /// <summary>Compares two pieces of equipment for equality.</summary>
    public static bool operator ==(Equipment? left, Equipment? right) => Equals(left, right);

    /// <summary>Compares two pieces of equipment for inequality.</summary>
    public static bool operator !=(Equipment? left, Equipment? right) => !Equals(left, right);
}
