using System;
using System.Globalization;

namespace KneeStrength;

/// <summary>The scale an <see cref="Effort"/> is given on.</summary>
public enum EffortScale
{
    /// <summary>
    /// Rating of perceived exertion, 0 (rest) to 10 (the hardest effort possible): the modified Borg CR-10 scale used
    /// for resistance exercise (Foster et al. 2001, "A new approach to monitoring exercise training").
    /// </summary>
    Rpe,

    /// <summary>
    /// Repetitions in reserve: how many more repetitions the person could have done at the end of the set, 0 to 10
    /// (Zourdos et al. 2016, "Novel resistance training-specific rating of perceived exertion scale measuring
    /// repetitions in reserve").
    /// </summary>
    RepsInReserve,
}

/// <summary>A target effort for an exercise: <c>RPE 7</c>, or <c>2 reps in reserve</c>.</summary>
/// <remarks>
/// <para>A target says how hard the work should feel; it is something to aim for and to tell the person, not a rule the
/// scheduler or the coach enforces. The pain rules stay separate: an effort target never overrides them.</para>
/// <para>The <c>default</c> value is RPE 0. Equality compares the scale and the value. This type is an immutable value
/// and thread-safe.</para>
/// </remarks>
public readonly struct Effort : IEquatable<Effort>
{
    /// <summary>The highest value on either scale.</summary>
    public const int MaxValue = 10;

    private readonly byte _value;
    private readonly EffortScale _scale;

    private Effort(EffortScale scale, int value)
    {
        _scale = scale;
        _value = (byte)value;
    }

    /// <summary>Creates a target on the rating of perceived exertion (0 to 10).</summary>
    /// <param name="value">0 (rest) to 10 (maximal).</param>
    /// <returns>The effort.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0 to 10.</exception>
    public static Effort Rpe(int value)
    {
        Preconditions.CheckArgumentRange(value, 0, MaxValue);
        return new Effort(EffortScale.Rpe, value);
    }

    /// <summary>Creates a target of repetitions in reserve (0 to 10).</summary>
    /// <param name="value">How many repetitions should be left in reserve at the end of a set: 0 to 10.</param>
    /// <returns>The effort.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0 to 10.</exception>
    public static Effort RepsInReserve(int value)
    {
        Preconditions.CheckArgumentRange(value, 0, MaxValue);
        return new Effort(EffortScale.RepsInReserve, value);
    }

    /// <summary>Creates an effort on a scale.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="value">0 to 10.</param>
    /// <returns>The effort.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale is not defined, or the value is outside 0 to 10.</exception>
    public static Effort On(EffortScale scale, int value) => scale switch
    {
        EffortScale.Rpe => Rpe(value),
        EffortScale.RepsInReserve => RepsInReserve(value),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "The effort scale is not a defined value."),
    };

    /// <summary>Gets the scale.</summary>
    public EffortScale Scale => _scale;

    /// <summary>Gets the value on the scale, 0 to 10.</summary>
    public int Value => _value;

    /// <inheritdoc/>
    public bool Equals(Effort other) => _scale == other._scale && _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Effort other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)_scale << 8) | _value;

    /// <summary>Returns the text form the dosage notation reads: <c>RPE 7</c>, or <c>2 reps in reserve</c>.</summary>
    public override string ToString() => _scale == EffortScale.Rpe
        ? string.Create(CultureInfo.InvariantCulture, $"RPE {_value}")
        : string.Create(CultureInfo.InvariantCulture, $"{_value} {(_value == 1 ? "rep" : "reps")} in reserve");

    /// <summary>Compares two efforts for equality.</summary>
    public static bool operator ==(Effort left, Effort right) => left.Equals(right);

    /// <summary>Compares two efforts for inequality.</summary>
    public static bool operator !=(Effort left, Effort right) => !left.Equals(right);
}
