using System;
using System.Collections.Generic;
using System.Globalization;

namespace KneeStrength;

/// <summary>The part of a session a <see cref="RoutineSection"/> is.</summary>
public enum RoutineSectionKind
{
    /// <summary>The main work. The default.</summary>
    Main,

    /// <summary>Getting warm before the main work.</summary>
    WarmUp,

    /// <summary>Winding down after the main work.</summary>
    CoolDown,
}

/// <summary>One part of a routine (warm-up, main or cool-down): its items and circuits, in order.</summary>
/// <remarks>
/// A section holds 1 to <see cref="Routine.MaxItems"/> blocks. Equality compares the kind and the blocks in order.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class RoutineSection : IEquatable<RoutineSection>
{
    /// <summary>Creates a section.</summary>
    /// <param name="kind">Which part of the session it is.</param>
    /// <param name="blocks">The items and circuits, in order: at least one, no nulls.</param>
    /// <exception cref="ArgumentNullException"><paramref name="blocks"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">There are no blocks, or more than <see cref="Routine.MaxItems"/>.</exception>
    public RoutineSection(RoutineSectionKind kind, IEnumerable<RoutineBlock> blocks)
    {
        if (kind is not (RoutineSectionKind.Main or RoutineSectionKind.WarmUp or RoutineSectionKind.CoolDown))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The section kind is not a defined value.");
        }

        Kind = kind;
        Blocks = Preconditions.CopyNoNulls(blocks);
        Preconditions.CheckArgument(
            Blocks.Count is > 0 and <= Routine.MaxItems,
            nameof(blocks),
            string.Create(CultureInfo.InvariantCulture, $"A section holds 1 to {Routine.MaxItems} items or circuits; there were {Blocks.Count}."));
        int items = 0;
        foreach (var block in Blocks)
        {
            items += block.ItemCount;
        }

        ItemCount = items;
    }

    /// <summary>Gets which part of the session the section is.</summary>
    public RoutineSectionKind Kind { get; }

    /// <summary>Gets the items and circuits, in order.</summary>
    public IReadOnlyList<RoutineBlock> Blocks { get; }

    /// <summary>Gets how many routine items the section holds, counting each item of a circuit once.</summary>
    public int ItemCount { get; }

    /// <inheritdoc/>
    public bool Equals(RoutineSection? other) =>
        other is not null && (ReferenceEquals(this, other) || (Kind == other.Kind && ReadOnlyListEquality.Equal(Blocks, other.Blocks)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RoutineSection);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, ReadOnlyListEquality.Hash(Blocks));

    /// <summary>Returns the kind and the number of blocks, such as <c>WarmUp: 2 blocks</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind}: {Blocks.Count} block{(Blocks.Count == 1 ? string.Empty : "s")}");

    /// <summary>Compares two sections for equality.</summary>
    public static bool operator ==(RoutineSection? left, RoutineSection? right) => Equals(left, right);

    /// <summary>Compares two sections for inequality.</summary>
    public static bool operator !=(RoutineSection? left, RoutineSection? right) => !Equals(left, right);
}
