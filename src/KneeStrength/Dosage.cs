using System;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength;

/// <summary>
/// How much of an exercise to do: repetitions or a timed hold, per side or bilateral, in each of a number of
/// directions, for a number of sets with an optional rest between them.
/// </summary>
/// <remarks>
/// <para>Limits: 1 to 1000 repetitions, holds of 1 second to 10 minutes in whole seconds, 1 to 8 directions,
/// 1 to 20 sets, a rest of 0 seconds to 10 minutes (only with two or more sets).</para>
/// <para>The <c>default</c> value is one bilateral repetition, in one direction, one set, with no rest given.</para>
/// <para>Equality compares every component. This type is an immutable value and thread-safe.</para>
/// <para>Text form: see <see cref="DosagePattern"/>; <see cref="ToString"/> and <see cref="Parse(string, Exercise?)"/> round-trip.</para>
/// </remarks>
public readonly struct Dosage : IEquatable<Dosage>
{
    /// <summary>The most repetitions a dosage may ask for.</summary>
    public const int MaxRepetitions = 1000;

    /// <summary>The most sets a dosage may ask for.</summary>
    public const int MaxSets = 20;

    /// <summary>The most directions a dosage may ask for.</summary>
    public const int MaxDirections = 8;

    /// <summary>The longest hold, in seconds (10 minutes).</summary>
    public const int MaxHoldSeconds = 600;

    /// <summary>The longest rest between sets, in seconds (10 minutes).</summary>
    public const int MaxRestSeconds = 600;

    // Stored as offsets so that default(Dosage) is valid: one repetition, one direction, one set, no rest given.
    private readonly int _amountMinusOne;
    private readonly short _restSecondsPlusOne;
    private readonly byte _directionsMinusOne;
    private readonly byte _setsMinusOne;
    private readonly DosageKind _kind;
    private readonly Laterality _laterality;

    private Dosage(DosageKind kind, int amount, Laterality laterality, int directions, int sets, int? restSeconds)
    {
        _kind = kind;
        _amountMinusOne = amount - 1;
        _laterality = laterality;
        _directionsMinusOne = (byte)(directions - 1);
        _setsMinusOne = (byte)(sets - 1);
        _restSecondsPlusOne = (short)(restSeconds is int r ? r + 1 : 0);
    }

    /// <summary>Creates a dosage of repetitions.</summary>
    /// <param name="count">Repetitions per side (or in all, when bilateral) per direction per set: 1 to 1000.</param>
    /// <param name="laterality">Per side or bilateral.</param>
    /// <param name="directions">Directions the repetitions are done in, each in turn: 1 to 8.</param>
    /// <param name="sets">Sets: 1 to 20.</param>
    /// <param name="restBetweenSets">Rest between sets in whole seconds, 0 to 10 minutes; only with two or more sets. Null leaves it to the pacing.</param>
    /// <returns>The dosage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its limits.</exception>
    /// <exception cref="ArgumentException"><paramref name="restBetweenSets"/> is given for a single set or is not whole seconds.</exception>
    public static Dosage Repetitions(int count, Laterality laterality = Laterality.Bilateral, int directions = 1, int sets = 1, TimeSpan? restBetweenSets = null)
    {
        Preconditions.CheckArgumentRange(count, 1, MaxRepetitions);
        return Create(DosageKind.Repetitions, count, laterality, directions, sets, restBetweenSets);
    }

    /// <summary>Creates a dosage of timed holds.</summary>
    /// <param name="duration">How long each hold lasts, in whole seconds: 1 second to 10 minutes.</param>
    /// <param name="laterality">Per side or bilateral.</param>
    /// <param name="directions">Directions held in turn: 1 to 8.</param>
    /// <param name="sets">Sets: 1 to 20.</param>
    /// <param name="restBetweenSets">Rest between sets in whole seconds, 0 to 10 minutes; only with two or more sets. Null leaves it to the pacing.</param>
    /// <returns>The dosage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its limits.</exception>
    /// <exception cref="ArgumentException">A duration is not whole seconds, or a rest is given for a single set.</exception>
    public static Dosage Hold(TimeSpan duration, Laterality laterality = Laterality.Bilateral, int directions = 1, int sets = 1, TimeSpan? restBetweenSets = null)
    {
        int seconds = WholeSeconds(duration, 1, MaxHoldSeconds, nameof(duration));
        return Create(DosageKind.Hold, seconds, laterality, directions, sets, restBetweenSets);
    }

    private static Dosage Create(DosageKind kind, int amount, Laterality laterality, int directions, int sets, TimeSpan? restBetweenSets)
    {
        if (laterality is not (Laterality.Bilateral or Laterality.PerSide))
        {
            throw new ArgumentOutOfRangeException(nameof(laterality), laterality, "Unknown laterality.");
        }

        Preconditions.CheckArgumentRange(directions, 1, MaxDirections);
        Preconditions.CheckArgumentRange(sets, 1, MaxSets);
        int? rest = null;
        if (restBetweenSets is TimeSpan r)
        {
            Preconditions.CheckArgument(sets > 1, nameof(restBetweenSets), "A rest between sets needs at least two sets.");
            rest = WholeSeconds(r, 0, MaxRestSeconds, nameof(restBetweenSets));
        }

        return new Dosage(kind, amount, laterality, directions, sets, rest);
    }

    private static int WholeSeconds(TimeSpan value, int min, int max, string paramName)
    {
        if (value < TimeSpan.FromSeconds(min) || value > TimeSpan.FromSeconds(max))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"Value must be between {min} and {max} seconds, inclusive; it was {value.TotalSeconds} s."));
        }

        Preconditions.CheckArgument(
            value.Ticks % TimeSpan.TicksPerSecond == 0,
            paramName,
            string.Create(CultureInfo.InvariantCulture, $"Value must be whole seconds; it was {value.TotalSeconds} s."));
        return (int)value.TotalSeconds;
    }

    /// <summary>Gets whether this dosage counts repetitions or times holds.</summary>
    public DosageKind Kind => _kind;

    /// <summary>Gets the repetitions per side, direction and set; 0 for a hold.</summary>
    public int RepetitionCount => _kind == DosageKind.Repetitions ? _amountMinusOne + 1 : 0;

    /// <summary>Gets how long each hold lasts; <see cref="TimeSpan.Zero"/> for repetitions.</summary>
    public TimeSpan HoldTime => _kind == DosageKind.Hold ? TimeSpan.FromSeconds(_amountMinusOne + 1) : TimeSpan.Zero;

    /// <summary>Gets the repetitions, or the hold in seconds: the number the dosage scales.</summary>
    public int Amount => _amountMinusOne + 1;

    /// <summary>Gets whether the dosage is per side or bilateral.</summary>
    public Laterality Laterality => _laterality;

    /// <summary>Gets a value indicating whether the dosage is done for each side in turn.</summary>
    public bool IsPerSide => _laterality == Laterality.PerSide;

    /// <summary>Gets the number of directions, each done in turn; 1 when the exercise has no directions.</summary>
    public int Directions => _directionsMinusOne + 1;

    /// <summary>Gets the number of sets.</summary>
    public int Sets => _setsMinusOne + 1;

    /// <summary>Gets the rest between sets, or <see langword="null"/> when the pacing decides.</summary>
    public TimeSpan? RestBetweenSets => _restSecondsPlusOne == 0 ? null : TimeSpan.FromSeconds(_restSecondsPlusOne - 1);

    /// <summary>Returns this dosage with another amount: repetitions, or hold seconds.</summary>
    /// <param name="amount">Repetitions (1 to 1000) or hold seconds (1 to 600).</param>
    /// <returns>The changed dosage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is outside the limits of this kind.</exception>
    public Dosage WithAmount(int amount)
    {
        Preconditions.CheckArgumentRange(amount, 1, _kind == DosageKind.Hold ? MaxHoldSeconds : MaxRepetitions);
        return new Dosage(_kind, amount, _laterality, Directions, Sets, RestSeconds);
    }

    /// <summary>Returns this dosage with another number of sets and rest.</summary>
    /// <param name="sets">Sets: 1 to 20.</param>
    /// <param name="restBetweenSets">Rest between sets (only with two or more sets), or null for the pacing's.</param>
    /// <returns>The changed dosage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its limits.</exception>
    /// <exception cref="ArgumentException">A rest is given for one set, or is not whole seconds.</exception>
    public Dosage WithSets(int sets, TimeSpan? restBetweenSets = null) =>
        Create(_kind, Amount, _laterality, Directions, sets, restBetweenSets);

    private int? RestSeconds => _restSecondsPlusOne == 0 ? null : _restSecondsPlusOne - 1;

    /// <summary>Returns this dosage per side or bilateral; every laterality is valid with every other component.</summary>
    internal Dosage WithLaterality(Laterality laterality) =>
        new(_kind, Amount, laterality, Directions, Sets, RestSeconds);

    /// <summary>
    /// Parses a dosage in the canonical form (<c>3 x 10 reps per side, 30 s rest</c>) or the seed article's
    /// (<c>x 20 (per leg)</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="exercise">
    /// The exercise the dosage is for. Needed only for the article's <c>(per leg and per side)</c>, which means
    /// "in each of the exercise's directions".
    /// </param>
    /// <returns>The dosage, or what was wrong and where.</returns>
    public static ParseResult<Dosage> Parse(string text, Exercise? exercise = null) =>
        DosagePattern.Parse(text, exercise?.Directions.Count);

    /// <inheritdoc/>
    public bool Equals(Dosage other) =>
        _kind == other._kind && _amountMinusOne == other._amountMinusOne && _laterality == other._laterality &&
        _directionsMinusOne == other._directionsMinusOne && _setsMinusOne == other._setsMinusOne &&
        _restSecondsPlusOne == other._restSecondsPlusOne;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Dosage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(_kind, _amountMinusOne, _laterality, _directionsMinusOne, _setsMinusOne, _restSecondsPlusOne);

    /// <summary>Returns the canonical text, such as <c>3 x 10 reps per side, 30 s rest</c>.</summary>
    public override string ToString() => DosagePattern.Format(this);

    /// <summary>Compares two dosages for equality.</summary>
    public static bool operator ==(Dosage left, Dosage right) => left.Equals(right);

    /// <summary>Compares two dosages for inequality.</summary>
    public static bool operator !=(Dosage left, Dosage right) => !left.Equals(right);
}
