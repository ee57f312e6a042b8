using System;
using System.Collections.Generic;
using System.Globalization;

namespace KneeStrength;

/// <summary>A named, ordered list of exercises with their dosage: what one session holds.</summary>
/// <remarks>
/// A routine holds 1 to 200 items; an exercise may appear more than once. Equality compares the id, the name and
/// the items in order. This type is immutable and thread-safe.
/// </remarks>
public sealed class Routine : IEquatable<Routine>
{
    /// <summary>The most items a routine may hold.</summary>
    public const int MaxItems = 200;

    /// <summary>Creates a routine.</summary>
    /// <param name="id">Stable id: a kebab-case slug such as <c>runners-knee</c>.</param>
    /// <param name="name">Display name, at most 100 characters.</param>
    /// <param name="items">The items, in order: 1 to 200, no nulls.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, too long or not a valid id, or there are too few or too many items.</exception>
    public Routine(string id, string name, IEnumerable<RoutineItem> items)
    {
        Id = Preconditions.CheckSlug(id);
        Name = Preconditions.CheckText(name, 100);
        Items = Preconditions.CopyNoNulls(items);
        Preconditions.CheckArgument(
            Items.Count is > 0 and <= MaxItems,
            nameof(items),
            string.Create(CultureInfo.InvariantCulture, $"A routine holds 1 to {MaxItems} items; there were {Items.Count}."));
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the items, in order.</summary>
    public IReadOnlyList<RoutineItem> Items { get; }

    /// <inheritdoc/>
    public bool Equals(Routine? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Name == other.Name && ReadOnlyListEquality.Equal(Items, other.Items)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Routine);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, ReadOnlyListEquality.Hash(Items));

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;

    /// <summary>Compares two routines for equality.</summary>
    public static bool operator ==(Routine? left, Routine? right) => Equals(left, right);

    /// <summary>Compares two routines for inequality.</summary>
    public static bool operator !=(Routine? left, Routine? right) => !Equals(left, right);
}
