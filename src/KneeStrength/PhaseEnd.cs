using System;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength;

/// <summary>When a program phase ends: never (open), after a number of weeks, or on a date.</summary>
/// <remarks>
/// <para>A phase that ends after <c>N</c> weeks covers <c>7 × N</c> days from its first day, so its last day is
/// the day before the same weekday <c>N</c> weeks on. A phase that ends on a date includes that date. An open phase
/// runs until the program's ten-year limit (see <see cref="TrainingProgram"/>).</para>
/// <para>Limits: 1 to 522 weeks (522 weeks reach past any ten-year limit, so a phase may run to it).</para>
/// <para>The <c>default</c> value is <see cref="Open"/>.</para>
/// <para>Equality compares the kind and the weeks or date, so <c>AfterWeeks(1)</c> and an <c>OnDate</c> that
/// happens to fall on the same day are different ends. This type is an immutable value and thread-safe.</para>
/// </remarks>
public readonly struct PhaseEnd : IEquatable<PhaseEnd>
{
    /// <summary>The most weeks a phase may last.</summary>
    public const int MaxWeeks = 522;

    // Weeks for AfterWeeks, DateOnly.DayNumber for OnDate, 0 for Open; the kind's default is Open.
    private readonly int _value;
    private readonly PhaseEndKind _kind;

    private PhaseEnd(PhaseEndKind kind, int value)
    {
        _kind = kind;
        _value = value;
    }

    /// <summary>Gets the end of a phase that never ends. It is also the <c>default</c> value.</summary>
    public static PhaseEnd Open => default;

    /// <summary>Creates the end of a phase that lasts a number of whole weeks from its first day.</summary>
    /// <param name="weeks">Weeks: 1 to 522.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is outside 1 to 522.</exception>
    public static PhaseEnd AfterWeeks(int weeks)
    {
        Preconditions.CheckArgumentRange(weeks, 1, MaxWeeks);
        return new PhaseEnd(PhaseEndKind.AfterWeeks, weeks);
    }

    /// <summary>Creates the end of a phase whose last day is <paramref name="lastDay"/>.</summary>
    /// <param name="lastDay">The phase's last day, inclusive. The program checks it is not before the phase's first day.</param>
    /// <returns>The end.</returns>
    public static PhaseEnd OnDate(DateOnly lastDay) => new(PhaseEndKind.OnDate, lastDay.DayNumber);

    /// <summary>Gets how the phase ends.</summary>
    public PhaseEndKind Kind => _kind;

    /// <summary>Gets a value indicating whether the phase never ends.</summary>
    public bool IsOpen => _kind == PhaseEndKind.Open;

    /// <summary>Gets the number of weeks the phase lasts, or <see langword="null"/> unless <see cref="Kind"/> is <see cref="PhaseEndKind.AfterWeeks"/>.</summary>
    public int? Weeks => _kind == PhaseEndKind.AfterWeeks ? _value : null;

    /// <summary>Gets the phase's last day, or <see langword="null"/> unless <see cref="Kind"/> is <see cref="PhaseEndKind.OnDate"/>.</summary>
    public DateOnly? LastDay => _kind == PhaseEndKind.OnDate ? DateOnly.FromDayNumber(_value) : null;

    // <summary>Returns the day number (<see cref="DateOnly.DayNumber"/>) of the last day of a phase starting on
    // <paramref name="firstDay"/>, or <see cref="int.MaxValue"/> when it is open.</summary>
    internal int LastDayNumber(int firstDay) => _kind switch
    {
        PhaseEndKind.AfterWeeks => firstDay + (7 * _value) - 1,
        PhaseEndKind.OnDate => _value,
        _ => int.MaxValue,
    };

    /// <inheritdoc/>
    public bool Equals(PhaseEnd other) => _kind == other._kind && _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PhaseEnd other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kind, _value);

    /// <summary>Returns <c>open</c>, <c>after 6 weeks</c> or <c>through 2026-03-01</c>.</summary>
    public override string ToString() => _kind switch
    {
        PhaseEndKind.AfterWeeks => string.Create(CultureInfo.InvariantCulture, $"after {_value} week{(_value == 1 ? string.Empty : "s")}"),
        PhaseEndKind.OnDate => string.Create(CultureInfo.InvariantCulture, $"through {DateText.Format(DateOnly.FromDayNumber(_value))}"),
        _ => "open",
    };

    /// <summary>Compares two ends for equality.</summary>
    public static bool operator ==(PhaseEnd left, PhaseEnd right) => left.Equals(right);

    /// <summary>Compares two ends for inequality.</summary>
    public static bool operator !=(PhaseEnd left, PhaseEnd right) => !left.Equals(right);
}
