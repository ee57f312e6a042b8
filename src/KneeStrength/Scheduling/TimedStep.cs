using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>
/// One step of a <see cref="SessionPlan"/>: what to do, with which exercise and variation, on which side, in which
/// direction, in which set, how many repetitions or how long a hold, and from when to when.
/// </summary>
/// <remarks>
/// <para>Steps that lead into an exercise (get ready, setup, transition, rest, switch side, change direction) carry
/// the exercise, side, direction and set that come next, so their <see cref="Cue"/> can say what is coming.</para>
/// <para>The <c>default</c> value is a zero-length get-ready step at the start with no exercise; plans never hold it.</para>
/// <para>Equality compares every component (the exercise and variation by value). This type is an immutable value and thread-safe.</para>
/// </remarks>
public readonly struct TimedStep : IEquatable<TimedStep>
{
    // The one reference a step holds: its exercise, variation and setting. A step is written field by field into its
    // plan, and each reference written costs a GC write barrier that a plain copy does not.
    private readonly StepForm? _form;
    private readonly int _startSeconds;
    private readonly int _durationSeconds;
    private readonly int _itemIndexPlusOne;
    private readonly short _amount;
    private readonly short _set;
    private readonly ushort _tempoMilliseconds;
    private readonly byte _kind;
    private readonly byte _section;
    private readonly byte _side;
    private readonly byte _holdEachSeconds;

    // The index of the direction in the exercise's directions, plus one; 0 for none.
    private readonly byte _directionPlusOne;
    private readonly bool _open;
    private readonly bool _inCircuit;

    // 0 for no target; else 1 + scale * 11 + value, as a dosage keeps it.
    private readonly byte _effort;

    // Callers give the tempo and the hold on each repetition for work steps only, and zeros for the others.
    internal TimedStep(
        StepKind kind,
        int startSeconds,
        int durationSeconds,
        int itemIndex,
        StepForm? form,
        Side? side,
        int directionIndex,
        int set,
        int amount,
        int tempoMilliseconds,
        int holdEachSeconds,
        RoutineSectionKind section = RoutineSectionKind.Main,
        bool open = false,
        byte effortCode = 0,
        bool inCircuit = false)
    {
        _form = form;
        _open = open;
        _inCircuit = inCircuit;
        _effort = effortCode;
        _directionPlusOne = (byte)(directionIndex + 1);
        _kind = (byte)kind;
        _section = (byte)section;
        _startSeconds = startSeconds;
        _durationSeconds = durationSeconds;
        _itemIndexPlusOne = itemIndex + 1;
        _side = side is Side s ? (byte)(s + 1) : (byte)0;
        _set = (short)set;
        _amount = (short)amount;
        _tempoMilliseconds = (ushort)tempoMilliseconds;
        _holdEachSeconds = (byte)holdEachSeconds;
    }

    /// <summary>Gets what happens during the step.</summary>
    public StepKind Kind => (StepKind)_kind;

    /// <summary>
    /// Gets the section of the routine the step belongs to or leads into: warm-up, main or cool-down
    /// (<see cref="Routine.SectionOf"/> of its item).
    /// </summary>
    public RoutineSectionKind Section => (RoutineSectionKind)_section;

    /// <summary>Gets when the step starts, from the start of the session.</summary>
    public TimeSpan Start => TimeSpan.FromSeconds(_startSeconds);

    /// <summary>Gets how long the step lasts; always whole seconds, and more than zero in a plan.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(_durationSeconds);

    /// <summary>Gets when the step ends (exclusive): <see cref="Start"/> plus <see cref="Duration"/>.</summary>
    public TimeSpan End => TimeSpan.FromSeconds(_startSeconds + _durationSeconds);

    /// <summary>Gets the start in whole seconds.</summary>
    public int StartSeconds => _startSeconds;

    /// <summary>Gets the duration in whole seconds.</summary>
    public int DurationSeconds => _durationSeconds;

    /// <summary>Gets the index of the routine item the step belongs to or leads into, or -1 for none.</summary>
    public int ItemIndex => _itemIndexPlusOne - 1;

    /// <summary>Gets the exercise the step belongs to or leads into, or <see langword="null"/>.</summary>
    public Exercise? Exercise => _form?.Exercise;

    /// <summary>Gets the variation in use, or <see langword="null"/> for the exercise's preferred form.</summary>
    public ExerciseVariation? Variation => _form?.Variation;

    /// <summary>Gets the side worked (or switched to), or <see langword="null"/> for bilateral work and steps between exercises.</summary>
    public Side? Side => _side == 0 ? null : (Side)(_side - 1);

    /// <summary>Gets the movement direction worked (or turned to), or <see langword="null"/>.</summary>
    public string? Direction => _directionPlusOne == 0 ? null : _form!.Exercise.DirectionArray[_directionPlusOne - 1];

    /// <summary>Gets the 1-based set number the step belongs to or leads into, or 0 for none.</summary>
    public int Set => _set;

    /// <summary>Gets the repetitions of a work step; 0 for other kinds.</summary>
    public int Repetitions => Kind == StepKind.Work ? _amount : 0;

    /// <summary>Gets the hold time of a hold step; zero for other kinds.</summary>
    public TimeSpan HoldTime => Kind == StepKind.Hold ? TimeSpan.FromSeconds(_amount) : TimeSpan.Zero;

    /// <summary>
    /// Gets the time per repetition a work step was planned with (the pacing's tempo for the exercise); zero for
    /// other kinds. The work lasts <see cref="Repetitions"/> times (this plus <see cref="HoldEachRepetition"/>),
    /// rounded up to whole seconds.
    /// </summary>
    public TimeSpan Tempo => TimeSpan.FromMilliseconds(_tempoMilliseconds);

    /// <summary>Gets the hold at the end of each repetition of a work step; zero when there is none, and for other kinds.</summary>
    public TimeSpan HoldEachRepetition => TimeSpan.FromSeconds(_holdEachSeconds);

    /// <summary>
    /// Gets whether the step is open-ended: a work or hold step of an open dosage ("as many as you can", "as long as you
    /// can"), which lasts until the person moves on. Its duration and amount are what the plan expects.
    /// </summary>
    public bool IsOpen => _open;

    /// <summary>Gets whether the step's item is done in a <see cref="Circuit"/>; its <see cref="Set"/> is then the round.</summary>
    public bool IsInCircuit => _inCircuit;

    /// <summary>Gets the target effort of the step's item, or <see langword="null"/> for none.</summary>
    public Effort? Effort => Dosage.DecodeEffort(_effort);

    /// <summary>
    /// Gets how to set up the equipment for the step's item (a band's resistance, a step's height), or
    /// <see langword="null"/> for none, and when the form in use does without that equipment.
    /// </summary>
    public EquipmentSetting? Setting => _form?.Setting;

    /// <summary>Gets the name of the form in use: the variation's name, or else the exercise's.</summary>
    public string? ExerciseName => _form is { } form ? form.Variation?.Name ?? form.Exercise.Name : null;

    /// <summary>
    /// Gets a short spoken-style cue, such as <c>Left leg, forward: 10 slow reps</c> or <c>Switch to the right side</c>.
    /// Built on each access from the step's data.
    /// </summary>
    public string Cue => StepCues.For(this);

    internal int Amount => _amount;

    // What the step's cue is made of: the step without its place in the session (start, duration, item, section).
    internal CueFacts CueKey => new(
        _form,
        (ushort)_amount | ((long)(ushort)_set << 16) | ((long)_tempoMilliseconds << 32) | ((long)_kind << 48) | ((long)_side << 56),
        _holdEachSeconds | (_directionPlusOne << 8) | (_effort << 16) | (_open ? 1 << 24 : 0) | (_inCircuit ? 1 << 25 : 0));

    internal int TempoMilliseconds => _tempoMilliseconds;

    internal int HoldEachSeconds => _holdEachSeconds;

    /// <inheritdoc/>
    public bool Equals(TimedStep other) =>
        _kind == other._kind && _section == other._section && _startSeconds == other._startSeconds && _durationSeconds == other._durationSeconds &&
        _itemIndexPlusOne == other._itemIndexPlusOne && _side == other._side && _set == other._set &&
        _amount == other._amount && _tempoMilliseconds == other._tempoMilliseconds &&
        _holdEachSeconds == other._holdEachSeconds && _directionPlusOne == other._directionPlusOne &&
        _open == other._open && _inCircuit == other._inCircuit && _effort == other._effort && StepForm.Same(_form, other._form);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TimedStep other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(_kind, _startSeconds, _durationSeconds, _itemIndexPlusOne, _form?.Exercise.Id, _side, _directionPlusOne, HashCode.Combine(_set, _amount, _form?.Variation?.Id, _tempoMilliseconds, _holdEachSeconds, HashCode.Combine(_section, _open, _effort, _form?.Setting, _inCircuit)));

    /// <summary>Returns the time span and the cue, such as <c>0:10-0:25 Set up: Loop band</c>.</summary>
    public override string ToString() =>
        $"{DurationText.Clock(_startSeconds)}-{DurationText.Clock(_startSeconds + _durationSeconds)} {Cue}";

    /// <summary>Compares two steps for equality.</summary>
    public static bool operator ==(TimedStep left, TimedStep right) => left.Equals(right);

    /// <summary>Compares two steps for inequality.</summary>
    public static bool operator !=(TimedStep left, TimedStep right) => !left.Equals(right);
}

// <summary>
// What a step's cue is made of, packed: two steps with equal facts have the same cue in a language, wherever they
// stand in a session. The form is compared by value; its hash is of its references, so equal forms from different
// instances may only miss a cache, never find a wrong cue.
// </summary>
internal readonly struct CueFacts(StepForm? form, long numbers, int flags) : IEquatable<CueFacts>
{
    private readonly StepForm? _form = form;
    private readonly long _numbers = numbers;
    private readonly int _flags = flags;

    public bool Equals(CueFacts other) => _numbers == other._numbers && _flags == other._flags && StepForm.Same(_form, other._form);

    public override bool Equals(object? obj) => obj is CueFacts other && Equals(other);

    public override int GetHashCode() => _form is { } f
        ? HashCode.Combine(_numbers, _flags, RuntimeHelpers.GetHashCode(f.Exercise), f.Variation is null ? 0 : RuntimeHelpers.GetHashCode(f.Variation), f.Setting)
        : HashCode.Combine(_numbers, _flags);
}
