using System;
using System.Globalization;

namespace KneeStrength;

/// <summary>A whole-number count that may be a range, such as the <c>8-12</c> repetitions of a dosage.</summary>
/// <remarks>
/// <para>The <c>default</c> value is 0, not a range. Equality compares both bounds. This type is an immutable value
/// and thread-safe.</para>
/// </remarks>
public readonly struct CountRange : IEquatable<CountRange>
{
    /// <summary>Creates a count or a range.</summary>
    /// <param name="minimum">The lower bound: zero or more.</param>
    /// <param name="maximum">The upper bound: <paramref name="minimum"/> or more; equal to it for a single count.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is out of range.</exception>
    public CountRange(int minimum, int maximum)
    {
        Preconditions.CheckArgumentRange(minimum, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(maximum, minimum, int.MaxValue);
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the lower bound.</summary>
    public int Minimum { get; }

    /// <summary>Gets the upper bound; equal to <see cref="Minimum"/> when this is a single count.</summary>
    public int Maximum { get; }

    /// <summary>Gets a value indicating whether the bounds differ.</summary>
    public bool IsRange => Maximum != Minimum;

    /// <inheritdoc/>
    public bool Equals(CountRange other) => Minimum == other.Minimum && Maximum == other.Maximum;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum);

    /// <summary>Returns the count, such as <c>10</c>, or the range, such as <c>8-12</c>.</summary>
    public override string ToString() =>
        IsRange
            ? string.Create(CultureInfo.InvariantCulture, $"{Minimum}-{Maximum}")
            : Minimum.ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares two counts for equality.</summary>
    public static bool operator ==(CountRange left, CountRange right) => left.Equals(right);

    /// <summary>Compares two counts for inequality.</summary>
    public static bool operator !=(CountRange left, CountRange right) => !left.Equals(right);
}
