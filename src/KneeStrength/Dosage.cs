using System;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength;

/// <summary>
/// How much of an exercise to do: repetitions (optionally a range, optionally with a hold on each) or a timed hold,
/// per side or bilateral, in each of a number of directions, for a number of sets (optionally a range) with an
/// optional rest between them; optionally open-ended ("as many as you can"), with a target effort and an equipment
/// setting.
/// </summary>
/// <remarks>
/// <para>Limits: 1 to 1000 repetitions, holds of 1 second to 10 minutes in whole seconds, a hold on each repetition
/// of 1 to 60 seconds, 1 to 8 directions, 1 to 20 sets, a rest of 0 seconds to 10 minutes (only when two or more
/// sets may be done).</para>
/// <para>Ranges: a prescription such as <c>2-3 x 8-12 reps</c> gives the repetitions and the sets as ranges
/// (<see cref="RepetitionRange"/>, <see cref="SetRange"/>). <see cref="RepetitionCount"/>, <see cref="Amount"/> and
/// <see cref="Sets"/> are the lower bounds; a scheduler plans them unless its options say otherwise.</para>
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

    /// <summary>The longest hold on each repetition, in seconds.</summary>
    public const int MaxHoldEachSeconds = 60;

    // Stored as offsets so that default(Dosage) is valid: one repetition, one direction, one set, no rest given.
    // Ranges are stored as the spread above the lower bound, and a missing hold-each as 0.
    private readonly short _amountMinusOne;
    private readonly short _amountSpread;
    private readonly short _restSecondsPlusOne;
    private readonly byte _holdEachSeconds;
    private readonly byte _directionsMinusOne;
    private readonly byte _setsMinusOne;
    private readonly byte _setsSpread;
    private readonly DosageKind _kind;
    private readonly Laterality _laterality;

    // Open-ended ("as many as you can", "as long as you can"); the amount is then what planning expects.
    private readonly bool _open;

    // 0 for no target; else 1 + scale * 11 + value.
    private readonly byte _effort;
    private readonly EquipmentSetting? _setting;

    private Dosage(DosageKind kind, int amount, int amountMax, Laterality laterality, int directions, int sets, int setsMax, int? restSeconds, int holdEach)
        : this(kind, amount, amountMax, laterality, directions, sets, setsMax, restSeconds, holdEach, false, 0, null)
    {
    }

    private Dosage(
        DosageKind kind,
        int amount,
        int amountMax,
        Laterality laterality,
        int directions,
        int sets,
        int setsMax,
        int? restSeconds,
        int holdEach,
        bool open,
        byte effort,
        EquipmentSetting? setting)
    {
        _open = open;
        _effort = effort;
        _setting = setting;
        _kind = kind;
        _amountMinusOne = (short)(amount - 1);
        _amountSpread = (short)(amountMax - amount);
        _laterality = laterality;
        _directionsMinusOne = (byte)(directions - 1);
        _setsMinusOne = (byte)(sets - 1);
        _setsSpread = (byte)(setsMax - sets);
        _restSecondsPlusOne = (short)(restSeconds is int r ? r + 1 : 0);
        _holdEachSeconds = (byte)holdEach;
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

        return new Dosage(kind, amount, amount, laterality, directions, sets, sets, rest, 0);
    }

    internal static int WholeSeconds(TimeSpan value, int min, int max, string paramName)
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

    /// <summary>Gets the repetitions per side, direction and set (the lower bound of a range); 0 for a hold.</summary>
    public int RepetitionCount => _kind == DosageKind.Repetitions ? _amountMinusOne + 1 : 0;

    /// <summary>Gets the repetitions per side, direction and set as a range, such as <c>8-12</c>; <c>0</c> for a hold.</summary>
    public CountRange RepetitionRange => _kind == DosageKind.Repetitions ? new CountRange(Amount, Amount + _amountSpread) : default;

    /// <summary>
    /// Gets the hold at the end of each repetition (an isometric pause, as in <c>10 reps, 5 s hold each</c>);
    /// <see cref="TimeSpan.Zero"/> when there is none, and always for a hold.
    /// </summary>
    public TimeSpan HoldEachRepetition => TimeSpan.FromSeconds(_holdEachSeconds);

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

    /// <summary>Gets the number of sets (the lower bound of a range).</summary>
    public int Sets => _setsMinusOne + 1;

    /// <summary>Gets the number of sets as a range, such as <c>2-3</c>.</summary>
    public CountRange SetRange => new(Sets, Sets + _setsSpread);

    /// <summary>Gets the rest between sets, or <see langword="null"/> when the pacing decides.</summary>
    public TimeSpan? RestBetweenSets => _restSecondsPlusOne == 0 ? null : TimeSpan.FromSeconds(_restSecondsPlusOne - 1);

    /// <summary>Gets a value indicating whether the repetitions or the sets are given as a range.</summary>
    public bool HasRange => _amountSpread != 0 || _setsSpread != 0;

    /// <summary>Returns this dosage with another amount (repetitions, or hold seconds) and no range of repetitions.</summary>
    /// <param name="amount">Repetitions (1 to 1000) or hold seconds (1 to 600).</param>
    /// <returns>The changed dosage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is outside the limits of this kind.</exception>
    public Dosage WithAmount(int amount)
    {
        Preconditions.CheckArgumentRange(amount, 1, _kind == DosageKind.Hold ? MaxHoldSeconds : MaxRepetitions);
        return new Dosage(_kind, amount, amount, _laterality, Directions, Sets, SetRange.Maximum, RestSeconds, _holdEachSeconds, _open, _effort, _setting);
    }

    /// <summary>Returns this dosage with a range of repetitions, such as 8 to 12.</summary>
    /// <param name="minimum">The fewest repetitions: 1 to 1000.</param>
    /// <param name="maximum">The most repetitions: <paramref name="minimum"/> to 1000; equal to it for no range.</param>
    /// <returns>The changed dosage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is outside its limits.</exception>
    /// <exception cref="InvalidOperationException">This dosage is a hold, which takes no range.</exception>
    public Dosage WithRepetitionRange(int minimum, int maximum)
    {
        if (_kind != DosageKind.Repetitions)
        {
            throw new InvalidOperationException("A range of repetitions needs a repetitions dosage; this one is a hold.");
        }

        Preconditions.CheckArgumentRange(minimum, 1, MaxRepetitions);
        Preconditions.CheckArgumentRange(maximum, minimum, MaxRepetitions);
        return new Dosage(_kind, minimum, maximum, _laterality, Directions, Sets, SetRange.Maximum, RestSeconds, _holdEachSeconds, _open, _effort, _setting);
    }

    /// <summary>Returns this dosage with another number of sets and rest.</summary>
    /// <param name="sets">Sets: 1 to 20.</param>
    /// <param name="restBetweenSets">Rest between sets (only with two or more sets), or null for the pacing's.</param>
    /// <returns>The changed dosage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its limits.</exception>
    /// <exception cref="ArgumentException">A rest is given for one set, or is not whole seconds.</exception>
    public Dosage WithSets(int sets, TimeSpan? restBetweenSets = null)
    {
        Preconditions.CheckArgumentRange(sets, 1, MaxSets);
        return WithCheckedSets(sets, sets, restBetweenSets);
    }

    /// <summary>Returns this dosage with a range of sets, such as 2 to 3, and a rest.</summary>
    /// <param name="minimum">The fewest sets: 1 to 20.</param>
    /// <param name="maximum">The most sets: <paramref name="minimum"/> to 20; equal to it for no range.</param>
    /// <param name="restBetweenSets">Rest between sets (only when <paramref name="maximum"/> is two or more), or null for the pacing's.</param>
    /// <returns>The changed dosage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its limits.</exception>
    /// <exception cref="ArgumentException">A rest is given for one set, or is not whole seconds.</exception>
    public Dosage WithSetRange(int minimum, int maximum, TimeSpan? restBetweenSets = null)
    {
        Preconditions.CheckArgumentRange(minimum, 1, MaxSets);
        Preconditions.CheckArgumentRange(maximum, minimum, MaxSets);
        return WithCheckedSets(minimum, maximum, restBetweenSets);
    }

    private Dosage WithCheckedSets(int minimum, int maximum, TimeSpan? restBetweenSets)
    {
        int? rest = null;
        if (restBetweenSets is TimeSpan r)
        {
            Preconditions.CheckArgument(maximum > 1, nameof(restBetweenSets), "A rest between sets needs at least two sets.");
            rest = WholeSeconds(r, 0, MaxRestSeconds, nameof(restBetweenSets));
        }

        return new Dosage(_kind, Amount, Amount + _amountSpread, _laterality, Directions, minimum, maximum, rest, _holdEachSeconds, _open, _effort, _setting);
    }

    /// <summary>Returns this dosage with a hold at the end of each repetition, or without one.</summary>
    /// <param name="hold">The hold in whole seconds, 1 to 60; <see cref="TimeSpan.Zero"/> for none.</param>
    /// <returns>The changed dosage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hold"/> is outside its limits.</exception>
    /// <exception cref="ArgumentException"><paramref name="hold"/> is not whole seconds.</exception>
    /// <exception cref="InvalidOperationException">This dosage is a hold, which has no repetitions to hold.</exception>
    public Dosage WithHoldEachRepetition(TimeSpan hold)
    {
        if (_kind != DosageKind.Repetitions)
        {
            throw new InvalidOperationException("A hold on each repetition needs a repetitions dosage; this one is a hold.");
        }

        int seconds = hold == TimeSpan.Zero ? 0 : WholeSeconds(hold, 1, MaxHoldEachSeconds, nameof(hold));
        return new Dosage(_kind, Amount, Amount + _amountSpread, _laterality, Directions, Sets, SetRange.Maximum, RestSeconds, seconds, _open, _effort, _setting);
    }

    /// <summary>
    /// Gets whether the dosage is open-ended: as many repetitions, or a hold as long, as the person can manage, ended
    /// when they move on. <see cref="Amount"/> is then what planning and time budgets expect, not a limit.
    /// </summary>
    public bool IsOpen => _open;

    /// <summary>Gets the target effort, or <see langword="null"/> for none.</summary>
    public Effort? Effort => DecodeEffort(_effort);

    /// <summary>Gets how to set up the equipment (a band's resistance, a step's height), or <see langword="null"/> for no setting.</summary>
    public EquipmentSetting? Setting => _setting;

    /// <summary>Returns this dosage open-ended (as many or as long as the person can, <see cref="Amount"/> expected) or not.</summary>
    /// <param name="open">Whether the dosage is open-ended.</param>
    /// <returns>The changed dosage.</returns>
    public Dosage WithOpen(bool open) =>
        new(_kind, Amount, Amount + _amountSpread, _laterality, Directions, Sets, SetRange.Maximum, RestSeconds, _holdEachSeconds, open, _effort, _setting);

    /// <summary>Returns this dosage with a target effort, or without one.</summary>
    /// <param name="effort">The target, or null for none.</param>
    /// <returns>The changed dosage.</returns>
    /// <exception cref="ArgumentException">The effort is in repetitions in reserve and this dosage is a hold.</exception>
    public Dosage WithEffort(Effort? effort) =>
        effort is { Scale: EffortScale.RepsInReserve } && _kind == DosageKind.Hold
            ? throw new ArgumentException("Repetitions in reserve need a repetitions dosage; give a hold an RPE instead.", nameof(effort))
            : new(_kind, Amount, Amount + _amountSpread, _laterality, Directions, Sets, SetRange.Maximum, RestSeconds, _holdEachSeconds, _open, EncodeEffort(effort), _setting);

    /// <summary>Returns this dosage with an equipment setting, or without one.</summary>
    /// <param name="setting">The setting, or null for none.</param>
    /// <returns>The changed dosage.</returns>
    public Dosage WithSetting(EquipmentSetting? setting) =>
        new(_kind, Amount, Amount + _amountSpread, _laterality, Directions, Sets, SetRange.Maximum, RestSeconds, _holdEachSeconds, _open, _effort, setting);

    // <summary>The setting, when the form in use has its equipment; a form without it does without the setting.</summary>
    // The dosage's setting that a variation's equipment does without (a band's colour when done with no band), or null.
    internal EquipmentSetting? SettingUnusedBy(ExerciseVariation variation) =>
        Setting is { } setting && SettingWith(variation.EquipmentArray) is null ? setting : null;

    internal EquipmentSetting? SettingWith(Equipment[] equipment) =>
        _setting is { } s && Array.IndexOf(equipment, s.Equipment) >= 0 ? s : null;

    // <summary>The effort as the dosage keeps it, for a step to keep the same way: 0 for none.</summary>
    internal byte EffortCode => _effort;

    // <summary>The effort a code of <see cref="EncodeEffort"/> stands for.</summary>
    internal static Effort? DecodeEffort(byte code) =>
        code == 0 ? null : KneeStrength.Effort.On((EffortScale)((code - 1) / 11), (code - 1) % 11);

    // <summary>An effort as a byte: 0 for none, else 1 + scale * 11 + value.</summary>
    internal static byte EncodeEffort(Effort? effort) => effort is Effort e ? (byte)(1 + ((int)e.Scale * 11) + e.Value) : (byte)0;

    private int? RestSeconds => _restSecondsPlusOne == 0 ? null : _restSecondsPlusOne - 1;

    // <summary>The hold on each repetition in whole seconds, 0 for none.</summary>
    internal int HoldEachSeconds => _holdEachSeconds;

    // <summary>Returns this dosage per side or bilateral; every laterality is valid with every other component.</summary>
    internal Dosage WithLaterality(Laterality laterality) =>
        new(_kind, Amount, Amount + _amountSpread, laterality, Directions, Sets, SetRange.Maximum, RestSeconds, _holdEachSeconds, _open, _effort, _setting);

    // <summary>Returns this dosage in another number of directions; valid with every other component.</summary>
    internal Dosage WithDirections(int directions) =>
        new(_kind, Amount, Amount + _amountSpread, _laterality, directions, Sets, SetRange.Maximum, RestSeconds, _holdEachSeconds, _open, _effort, _setting);

    /// <summary>
    /// Parses a dosage written the way exercise sheets write it: <c>3x12</c>, <c>3 sets of 10 per side</c>,
    /// <c>hold 45 s</c>, <c>8-12 reps</c>, the seed article's <c>x 20 (per leg)</c>, and the canonical form
    /// <see cref="ToString"/> writes. The full notation is the table in <see cref="DosagePattern"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="exercise">
    /// The exercise the dosage is for, or null. When given, a dosage that names no side takes the exercise's
    /// laterality and one that names no directions takes its directions, so <c>x 20</c> for a per-side exercise means
    /// 20 per side; the article's <c>(per leg and per side)</c> needs it.
    /// </param>
    /// <returns>The dosage, or what was wrong and where.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<Dosage> Parse(string text, Exercise? exercise = null) =>
        DosagePattern.Parse(text, exercise);

    /// <inheritdoc/>
    public bool Equals(Dosage other) =>
        _kind == other._kind && _amountMinusOne == other._amountMinusOne && _amountSpread == other._amountSpread &&
        _laterality == other._laterality && _directionsMinusOne == other._directionsMinusOne &&
        _setsMinusOne == other._setsMinusOne && _setsSpread == other._setsSpread &&
        _restSecondsPlusOne == other._restSecondsPlusOne && _holdEachSeconds == other._holdEachSeconds &&
        _open == other._open && _effort == other._effort && _setting == other._setting;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Dosage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(_kind, _amountMinusOne, _amountSpread, _laterality, _directionsMinusOne, _setsMinusOne, _setsSpread, HashCode.Combine(_restSecondsPlusOne, _holdEachSeconds, _open, _effort, _setting));

    /// <summary>Returns the canonical text, such as <c>3 x 8-12 reps per side, 30 s rest</c>.</summary>
    public override string ToString() => DosagePattern.Format(this);

    /// <summary>Compares two dosages for equality.</summary>
    public static bool operator ==(Dosage left, Dosage right) => left.Equals(right);

    /// <summary>Compares two dosages for inequality.</summary>
    public static bool operator !=(Dosage left, Dosage right) => !left.Equals(right);
}
