using System;
using System.Collections.Generic;
using System.Globalization;

namespace KneeStrength;

/// <summary>
/// A circuit (a superset): items done one after the other, round after round, such as "these three in turn,
/// 3 rounds, 60 s rest after each round".
/// </summary>
/// <remarks>
/// <para>A circuit holds 2 to <see cref="MaxItems"/> items and is done for 1 to <see cref="MaxRounds"/> rounds. Each
/// item's dosage is one set (the rounds are the sets), per side and in each direction as the exercise asks; a round
/// does every item once, in order. Circuits do not nest.</para>
/// <para>The rest after each round is <see cref="RestAfterRound"/>, or the pacing's rest between sets when it is
/// null; the last round has none unless <see cref="RestAfterLastRound"/> asks for it. Between items the pause is
/// <see cref="RestBetweenItems"/>, or the pacing's transition when it is null.</para>
/// <para>Equality compares the rounds, the rests and the items in order. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Circuit : RoutineBlock, IEquatable<Circuit>
{
    /// <summary>The most rounds a circuit may have: 20, as many as the sets of a dosage.</summary>
    public const int MaxRounds = Dosage.MaxSets;

    /// <summary>The most items a circuit may hold.</summary>
    public const int MaxItems = 10;

    /// <summary>The longest rest after a round or between items: 600 seconds, as for rests between sets.</summary>
    public const int MaxRestSeconds = Dosage.MaxRestSeconds;

    /// <summary>Creates a circuit.</summary>
    /// <param name="rounds">How many times the items are done in turn: 1 to 20.</param>
    /// <param name="items">The items, in order: 2 to 10, no nulls, each dosed as one set.</param>
    /// <param name="restAfterRound">The rest after each round (but the last), whole seconds from 0 to 600; null for the pacing's rest between sets.</param>
    /// <param name="restBetweenItems">The pause between items, whole seconds from 0 to 600; null for the pacing's transition.</param>
    /// <param name="restAfterLastRound">Whether the last round is followed by its rest too.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rounds or a rest is out of range.</exception>
    /// <exception cref="ArgumentException">There are too few or too many items, an item has more than one set, or a rest is not whole seconds.</exception>
    public Circuit(int rounds, IEnumerable<RoutineItem> items, TimeSpan? restAfterRound = null, TimeSpan? restBetweenItems = null, bool restAfterLastRound = false)
    {
        Preconditions.CheckArgumentRange(rounds, 1, MaxRounds);
        Items = Preconditions.CopyNoNulls(items);
        Preconditions.CheckArgument(
            Items.Count is >= 2 and <= MaxItems,
            nameof(items),
            string.Create(CultureInfo.InvariantCulture, $"A circuit holds 2 to {MaxItems} items; there were {Items.Count}."));
        for (int i = 0; i < Items.Count; i++)
        {
            var dosage = Items[i].Dosage;
            Preconditions.CheckArgument(
                dosage.SetRange.Maximum == 1 && dosage.RestBetweenSets is null,
                nameof(items),
                string.Create(CultureInfo.InvariantCulture, $"Item {i} ('{Items[i].Exercise.Id}') of a circuit must be one set with no rest between sets, because the rounds are the sets; it was '{dosage}'."));
        }

        Rounds = rounds;
        RestAfterRound = restAfterRound is TimeSpan r ? TimeSpan.FromSeconds(Dosage.WholeSeconds(r, 0, MaxRestSeconds, nameof(restAfterRound))) : null;
        RestBetweenItems = restBetweenItems is TimeSpan b ? TimeSpan.FromSeconds(Dosage.WholeSeconds(b, 0, MaxRestSeconds, nameof(restBetweenItems))) : null;
        RestAfterLastRound = restAfterLastRound;
    }

    /// <summary>Gets how many rounds the circuit has.</summary>
    public int Rounds { get; }

    /// <summary>Gets the items, in the order a round does them.</summary>
    public IReadOnlyList<RoutineItem> Items { get; }

    /// <summary>Gets the rest after each round, or <see langword="null"/> for the pacing's rest between sets.</summary>
    public TimeSpan? RestAfterRound { get; }

    /// <summary>Gets the pause between items, or <see langword="null"/> for the pacing's transition.</summary>
    public TimeSpan? RestBetweenItems { get; }

    /// <summary>Gets whether the last round is followed by its rest too.</summary>
    public bool RestAfterLastRound { get; }

    /// <inheritdoc/>
    public override int ItemCount => Items.Count;

    /// <inheritdoc/>
    public bool Equals(Circuit? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Rounds == other.Rounds && RestAfterRound == other.RestAfterRound && RestBetweenItems == other.RestBetweenItems &&
             RestAfterLastRound == other.RestAfterLastRound && ReadOnlyListEquality.Equal(Items, other.Items)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Circuit);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rounds, RestAfterRound, RestBetweenItems, RestAfterLastRound, ReadOnlyListEquality.Hash(Items));

    /// <summary>Returns the rounds and the exercises' ids, such as <c>3 rounds: clamshell, side-leg-raise</c>.</summary>
    public override string ToString()
    {
        var ids = new string[Items.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = Items[i].Exercise.Id;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Rounds} round{(Rounds == 1 ? string.Empty : "s")}: {string.Join(", ", ids)}");
    }

    /// <summary>Compares two circuits for equality.</summary>
    public static bool operator ==(Circuit? left, Circuit? right) => Equals(left, right);

    /// <summary>Compares two circuits for inequality.</summary>
    public static bool operator !=(Circuit? left, Circuit? right) => !Equals(left, right);
}
