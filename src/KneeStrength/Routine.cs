using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace KneeStrength;

/// <summary>A named routine: what one session holds, as a warm-up, the main work and a cool-down of items and circuits.</summary>
/// <remarks>
/// <para>A routine holds one main section, and at most one warm-up before it and one cool-down after it. Each section
/// holds items and <see cref="Circuit"/>s. <see cref="Items"/> lists every item in session order, an item of a circuit
/// once: plans and logs refer to items by their index in that list. A routine made from items alone has one main
/// section of them.</para>
/// <para>A routine holds 1 to 200 items in all; an exercise may appear more than once. Equality compares the id, the
/// name and the sections in order. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Routine : IEquatable<Routine>
{
    /// <summary>The most items a routine may hold, counting each item of a circuit once.</summary>
    public const int MaxItems = 200;

    private readonly RoutineSectionKind[] _itemSections;

    // The last scheduler's work on this routine (see SessionScheduler): one slot, replaced whole, never changed.
    private object? _schedulerMemo;
    private readonly Circuit?[] _itemCircuits;

    /// <summary>Creates a routine of one main section.</summary>
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
        var blocks = new RoutineBlock[Items.Count];
        for (int i = 0; i < blocks.Length; i++)
        {
            blocks[i] = Items[i];
        }

        Sections = Array.AsReadOnly([new RoutineSection(RoutineSectionKind.Main, blocks)]);
        _itemSections = new RoutineSectionKind[Items.Count];
        _itemCircuits = new Circuit?[Items.Count];
    }

    /// <summary>Creates a routine of sections.</summary>
    /// <param name="id">Stable id: a kebab-case slug such as <c>runners-knee</c>.</param>
    /// <param name="name">Display name, at most 100 characters.</param>
    /// <param name="sections">
    /// The sections, in session order: an optional warm-up, one main section, an optional cool-down; 1 to 200 items in all.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// An argument is empty, too long or not a valid id, the sections are not a warm-up, one main section and a
    /// cool-down in that order, or there are too many items.
    /// </exception>
    public Routine(string id, string name, IEnumerable<RoutineSection> sections)
    {
        Id = Preconditions.CheckSlug(id);
        Name = Preconditions.CheckText(name, 100);
        Sections = Preconditions.CopyNoNulls(sections);
        int mains = 0, count = 0;
        for (int s = 0; s < Sections.Count; s++)
        {
            var kind = Sections[s].Kind;
            mains += kind == RoutineSectionKind.Main ? 1 : 0;
            if (s > 0 && Order(kind) <= Order(Sections[s - 1].Kind))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Section {s} is a {Describe(kind)} after a {Describe(Sections[s - 1].Kind)}: a routine has at most one warm-up, then one main section, then at most one cool-down."),
                    nameof(sections));
            }

            count += Sections[s].ItemCount;
        }

        Preconditions.CheckArgument(mains == 1, nameof(sections), "A routine has one main section; there was none.");
        Preconditions.CheckArgument(
            count <= MaxItems,
            nameof(sections),
            string.Create(CultureInfo.InvariantCulture, $"A routine holds 1 to {MaxItems} items; there were {count}."));
        var items = new RoutineItem[count];
        _itemSections = new RoutineSectionKind[count];
        _itemCircuits = new Circuit?[count];
        int next = 0;
        foreach (var section in Sections)
        {
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case RoutineItem item:
                        _itemSections[next] = section.Kind;
                        items[next++] = item;
                        break;
                    case Circuit circuit:
                        foreach (var item in circuit.Items)
                        {
                            _itemSections[next] = section.Kind;
                            _itemCircuits[next] = circuit;
                            items[next++] = item;
                        }

                        break;
                }
            }
        }

        Items = Array.AsReadOnly(items);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets every item in session order, an item of a circuit once.</summary>
    public IReadOnlyList<RoutineItem> Items { get; }

    /// <summary>Gets the sections, in session order; a routine made from items alone has one main section.</summary>
    public IReadOnlyList<RoutineSection> Sections { get; }

    /// <summary>Gets whether the routine is a plain list: one main section with no circuits.</summary>
    public bool IsPlainList => Sections.Count == 1 && Sections[0].Blocks.Count == Items.Count;

    /// <summary>Returns the section the item at an index of <see cref="Items"/> belongs to.</summary>
    /// <param name="itemIndex">The index in <see cref="Items"/>.</param>
    /// <returns>The section's kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemIndex"/> is not an index of <see cref="Items"/>.</exception>
    public RoutineSectionKind SectionOf(int itemIndex)
    {
        Preconditions.CheckArgumentRange(itemIndex, 0, Items.Count - 1);
        return _itemSections[itemIndex];
    }

    /// <summary>Returns the circuit the item at an index of <see cref="Items"/> belongs to, or <see langword="null"/> for none.</summary>
    /// <param name="itemIndex">The index in <see cref="Items"/>.</param>
    /// <returns>The circuit, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemIndex"/> is not an index of <see cref="Items"/>.</exception>
    public Circuit? CircuitOf(int itemIndex)
    {
        Preconditions.CheckArgumentRange(itemIndex, 0, Items.Count - 1);
        return _itemCircuits[itemIndex];
    }

    internal RoutineSectionKind SectionAt(int itemIndex) => _itemSections[itemIndex];

    // A one-slot memo for the scheduler: read and written whole, so any thread sees a complete value or the one before.
    internal object? SchedulerMemo
    {
        get => Volatile.Read(ref _schedulerMemo);
        set => Volatile.Write(ref _schedulerMemo, value);
    }

    internal Circuit? CircuitAt(int itemIndex) => _itemCircuits[itemIndex];

    /// <inheritdoc/>
    public bool Equals(Routine? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Name == other.Name && ReadOnlyListEquality.Equal(Sections, other.Sections)));

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

    private static int Order(RoutineSectionKind kind) => kind switch
    {
        RoutineSectionKind.WarmUp => 0,
        RoutineSectionKind.Main => 1,
        _ => 2,
    };

    private static string Describe(RoutineSectionKind kind) => kind switch
    {
        RoutineSectionKind.WarmUp => "warm-up",
        RoutineSectionKind.Main => "main section",
        _ => "cool-down",
    };
}
