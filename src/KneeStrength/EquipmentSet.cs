using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using KneeStrength.Text;

namespace KneeStrength;

/// <summary>
/// The equipment a person has on hand, ordered by id with no id twice.
/// </summary>
/// <remarks>
/// Membership is by id, so a custom <c>band</c> stands in for <see cref="Equipment.LoopBand"/>. Two sets are equal
/// when they hold equal equipment. This type is immutable and thread-safe.
/// </remarks>
public sealed class EquipmentSet : IEquatable<EquipmentSet>, IReadOnlyCollection<Equipment>
{
    private readonly ReadOnlyCollection<Equipment> _items;
    private readonly Equipment[] _array;

    /// <summary>Gets the empty set: bodyweight only.</summary>
    public static EquipmentSet None { get; } = new([]);

    /// <summary>Gets the set of all the well-known equipment.</summary>
    public static EquipmentSet All { get; } = new(Equipment.WellKnown);

    /// <summary>Creates a set from equipment in any order.</summary>
    /// <param name="equipment">The equipment; no nulls, and no id twice with different names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="equipment"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null, or one id stands for two different pieces.</exception>
    public EquipmentSet(IEnumerable<Equipment> equipment)
    {
        var copy = Preconditions.CopyNoNulls(equipment);
        var sorted = new List<Equipment>(copy.Count);
        foreach (var item in copy.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (sorted.Count > 0 && sorted[^1].Id == item.Id)
            {
                Preconditions.CheckArgument(
                    sorted[^1] == item, nameof(equipment), $"Id {DisplayText.Quote(item.Id)} names two different pieces of equipment.");
                continue;
            }

            sorted.Add(item);
        }

        _items = sorted.AsReadOnly();
        _array = [.. sorted];
    }

    /// <summary>Gets how many pieces the set holds.</summary>
    public int Count => _items.Count;

    /// <summary>Returns whether the set holds equipment with the id of <paramref name="equipment"/>.</summary>
    /// <param name="equipment">The equipment to look for.</param>
    public bool Contains(Equipment equipment)
    {
        Preconditions.CheckNotNull(equipment);
        for (int i = 0; i < _items.Count; i++)
        {
            if (_items[i].Id == equipment.Id)
            {
                return true;
            }
        }

        return false;
    }

    // <summary>Like <see cref="ContainsAll"/>, for the scheduler's hot path: no enumerator allocated, no null check.</summary>
    internal bool HoldsAll(Equipment[] equipment)
    {
        foreach (var needed in equipment)
        {
            bool found = false;
            foreach (var item in _array)
            {
                if (ReferenceEquals(item, needed) || item.Id == needed.Id)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether the set holds every piece of <paramref name="equipment"/>.</summary>
    /// <param name="equipment">The equipment needed.</param>
    public bool ContainsAll(IEnumerable<Equipment> equipment)
    {
        Preconditions.CheckNotNull(equipment);
        foreach (var item in equipment)
        {
            if (!Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Parses a comma-separated list of ids, such as <c>band,bosu,step,wall</c>, or <c>all</c>, or <c>none</c>.
    /// </summary>
    /// <param name="text">
    /// The list. Ids match in any case (<c>Band</c> is <c>band</c>); white space around them is ignored; an id may
    /// appear once.
    /// </param>
    /// <param name="custom">
    /// Equipment beyond the well-known pieces that the ids may name, such as a <c>mini-band</c>; a custom piece with a
    /// well-known id stands in for it. <c>all</c> means the well-known and the custom pieces. Null for none.
    /// </param>
    /// <returns>The set, or an error naming the unknown or repeated id and where it stands.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="custom"/> holds a null, or two different pieces with one id (named).</exception>
    public static ParseResult<EquipmentSet> Parse(string text, IEnumerable<Equipment>? custom = null)
    {
        Preconditions.CheckNotNull(text);
        var catalog = Catalog(custom);
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return ParseResult<EquipmentSet>.ForError("Expected equipment ids such as 'band,bosu', or 'all' or 'none', but the text is empty", 0);
        }

        if (trimmed.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult<EquipmentSet>.ForValue(custom is null ? All : new EquipmentSet(catalog));
        }

        if (trimmed.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult<EquipmentSet>.ForValue(None);
        }

        var chosen = new List<Equipment>();
        int start = 0;
        while (start <= text.Length)
        {
            int comma = text.IndexOf(',', start);
            int end = comma < 0 ? text.Length : comma;
            string id = text[start..end].Trim();
            int position = start + (text[start..end].Length - text[start..end].TrimStart().Length);
            if (id.Length == 0)
            {
                return ParseResult<EquipmentSet>.ForError("Expected an equipment id between commas", position);
            }

            var match = catalog.FirstOrDefault(e => e.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                string ids = string.Join(", ", catalog.Select(e => e.Id));
                return ParseResult<EquipmentSet>.ForError($"Unknown equipment {DisplayText.Quote(id)}; known ids are {ids}, or 'all' or 'none'", position);
            }

            if (chosen.Contains(match))
            {
                return ParseResult<EquipmentSet>.ForError($"Equipment {DisplayText.Quote(match.Id)} is listed twice", position);
            }

            chosen.Add(match);
            start = end + 1;
        }

        return ParseResult<EquipmentSet>.ForValue(new EquipmentSet(chosen));
    }

    // <summary>The well-known equipment and the custom pieces, ordered by id; a custom piece replaces the well-known one of its id.</summary>
    private static List<Equipment> Catalog(IEnumerable<Equipment>? custom)
    {
        var catalog = new List<Equipment>(Equipment.WellKnown);
        if (custom is null)
        {
            return catalog;
        }

        var pieces = Preconditions.CopyNoNulls(custom);
        for (int i = 0; i < pieces.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (pieces[i].Id == pieces[j].Id && pieces[i] != pieces[j])
                {
                    throw new ArgumentException(
                        $"Elements {j} and {i} are two different pieces of equipment with the id {DisplayText.Quote(pieces[i].Id)}: {DisplayText.Quote(pieces[j].Name)} and {DisplayText.Quote(pieces[i].Name)}.",
                        nameof(custom));
                }
            }

            catalog.RemoveAll(e => e.Id == pieces[i].Id);
            catalog.Add(pieces[i]);
        }

        catalog.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return catalog;
    }

    /// <summary>Returns the enumerator over the equipment, ordered by id.</summary>
    public IEnumerator<Equipment> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(EquipmentSet? other) =>
        other is not null && ReadOnlyListEquality.Equal(_items, other._items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EquipmentSet);

    /// <inheritdoc/>
    public override int GetHashCode() => ReadOnlyListEquality.Hash(_items);

    /// <summary>Returns the ids joined by commas, or <c>none</c>; <see cref="Parse"/> reads it back.</summary>
    public override string ToString() => Count == 0 ? "none" : string.Join(",", _items.Select(e => e.Id));

    /// <summary>Compares two sets for equality.</summary>
    public static bool operator ==(EquipmentSet? left, EquipmentSet? right) => Equals(left, right);

    /// <summary>Compares two sets for inequality.</summary>
    public static bool operator !=(EquipmentSet? left, EquipmentSet? right) => !Equals(left, right);
}
