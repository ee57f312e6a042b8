using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>
/// Every timing knob of a session, each with a documented default.
/// </summary>
/// <remarks>
/// <para>Defaults: lead-in 10 s; side switch 5 s standing (also on a step or a Bosu) and 10 s lying or seated;
/// direction change 5 s; rest between sets 30 s; transition between exercises 10 s, plus 15 s setup when the
/// equipment or the body position changes. Each exercise carries its own tempo (seconds per repetition);
/// <see cref="Tempo"/> overrides it for every exercise and <see cref="TempoByExercise"/> for named ones, the latter winning.</para>
/// <para>A time budget shortens pauses no further than their floors: rests to <see cref="MinimumRest"/>; lead-in,
/// transitions and setup to <see cref="MinimumTransition"/>; and scales repetitions and holds no lower than
/// <see cref="MinimumDosePercent"/> of the prescription. Side switches and direction changes are never shortened.</para>
/// <para>All durations are whole seconds from 0 to 10 minutes; a zero pause produces no step. Every argument is
/// checked when the pacing is made, and all problems are reported together in one <see cref="ArgumentException"/>.</para>
/// <para>Equality compares every knob. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Pacing : IEquatable<Pacing>
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(10);

    private readonly KeyValuePair<string, TimeSpan>[] _tempoByExercise;

    /// <summary>Gets the default pacing.</summary>
    public static Pacing Default { get; } = new();

    /// <summary>Creates a pacing; every argument left null takes its default.</summary>
    /// <param name="leadIn">Time to get ready before the first exercise. Default 10 s.</param>
    /// <param name="switchSideStanding">Time to switch sides when standing, on a step, on a Bosu or on a chair. Default 5 s.</param>
    /// <param name="switchSideLying">Time to switch sides on the floor: lying (side, back or face down), seated, kneeling or on all fours. Default 10 s.</param>
    /// <param name="changeDirection">Time to turn to the next direction. Default 5 s.</param>
    /// <param name="restBetweenSets">Rest between sets, when the dosage does not say. Default 30 s.</param>
    /// <param name="transition">Time between one exercise and the next. Default 10 s.</param>
    /// <param name="setup">Extra time when the equipment or the body position changes. Default 15 s.</param>
    /// <param name="tempo">Time per repetition for every exercise, replacing each exercise's own; null keeps theirs.</param>
    /// <param name="tempoByExercise">Time per repetition for exercises by id, winning over <paramref name="tempo"/>.</param>
    /// <param name="minimumRest">The floor a time budget may shorten rests to. Default 10 s.</param>
    /// <param name="minimumTransition">The floor a time budget may shorten lead-in, transitions and setup to. Default 5 s.</param>
    /// <param name="minimumDosePercent">The share of each prescribed repetition count or hold a time budget keeps at least, 10 to 100. Default 50.</param>
    /// <exception cref="ArgumentException">One or more arguments are invalid; the message lists each with its parameter name.</exception>
    public Pacing(
        TimeSpan? leadIn = null,
        TimeSpan? switchSideStanding = null,
        TimeSpan? switchSideLying = null,
        TimeSpan? changeDirection = null,
        TimeSpan? restBetweenSets = null,
        TimeSpan? transition = null,
        TimeSpan? setup = null,
        TimeSpan? tempo = null,
        IEnumerable<KeyValuePair<string, TimeSpan>>? tempoByExercise = null,
        TimeSpan? minimumRest = null,
        TimeSpan? minimumTransition = null,
        int minimumDosePercent = 50)
    {
        var errors = new List<string>();
        LeadIn = Pause(leadIn, 10, nameof(leadIn), errors);
        SwitchSideStanding = Pause(switchSideStanding, 5, nameof(switchSideStanding), errors);
        SwitchSideLying = Pause(switchSideLying, 10, nameof(switchSideLying), errors);
        ChangeDirection = Pause(changeDirection, 5, nameof(changeDirection), errors);
        RestBetweenSets = Pause(restBetweenSets, 30, nameof(restBetweenSets), errors);
        Transition = Pause(transition, 10, nameof(transition), errors);
        Setup = Pause(setup, 15, nameof(setup), errors);
        MinimumRest = Pause(minimumRest, 10, nameof(minimumRest), errors);
        MinimumTransition = Pause(minimumTransition, 5, nameof(minimumTransition), errors);
        Tempo = tempo;
        if (tempo is TimeSpan t)
        {
            CheckTempo(t, nameof(tempo), errors);
        }

        if (minimumDosePercent is < 10 or > 100)
        {
            errors.Add(Invariant($"{nameof(minimumDosePercent)} must be 10 to 100; it was {minimumDosePercent}."));
        }

        MinimumDosePercent = minimumDosePercent;
        var byId = new SortedDictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (id, value) in tempoByExercise ?? [])
        {
            if (id is null || !Slug.IsValid(id))
            {
                errors.Add($"{nameof(tempoByExercise)} has an invalid exercise id {DisplayText.Quote(id)}.");
            }
            else if (!byId.TryAdd(id, value))
            {
                errors.Add($"{nameof(tempoByExercise)} names {DisplayText.Quote(id)} twice.");
            }
            else
            {
                CheckTempo(value, $"{nameof(tempoByExercise)}['{id}']", errors);
            }
        }

        _tempoByExercise = [.. byId];
        if (errors.Count > 0)
        {
            throw new ArgumentException("The pacing is invalid: " + string.Join(" ", errors));
        }
    }

    /// <summary>Gets the time to get ready before the first exercise.</summary>
    public TimeSpan LeadIn { get; }

    /// <summary>Gets the time to switch sides when standing, on a step, on a Bosu or on a chair.</summary>
    public TimeSpan SwitchSideStanding { get; }

    /// <summary>Gets the time to switch sides on the floor: lying, seated, kneeling or on all fours.</summary>
    public TimeSpan SwitchSideLying { get; }

    /// <summary>Gets the time to turn to the next direction.</summary>
    public TimeSpan ChangeDirection { get; }

    /// <summary>Gets the rest between sets when the dosage does not give one.</summary>
    public TimeSpan RestBetweenSets { get; }

    /// <summary>Gets the time between one exercise and the next.</summary>
    public TimeSpan Transition { get; }

    /// <summary>Gets the extra time when the equipment or the body position changes.</summary>
    public TimeSpan Setup { get; }

    /// <summary>Gets the time per repetition for every exercise, or <see langword="null"/> to use each exercise's.</summary>
    public TimeSpan? Tempo { get; }

    /// <summary>Gets the per-exercise tempo overrides, ordered by exercise id.</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> TempoByExercise => _tempoByExercise.AsReadOnly();

    /// <summary>Gets the floor a time budget may shorten rests to.</summary>
    public TimeSpan MinimumRest { get; }

    /// <summary>Gets the floor a time budget may shorten lead-in, transitions and setup to.</summary>
    public TimeSpan MinimumTransition { get; }

    /// <summary>Gets the share, in percent, of each prescribed repetition count or hold that a time budget keeps at least.</summary>
    public int MinimumDosePercent { get; }

    /// <summary>
    /// Returns the time one repetition of <paramref name="exercise"/> takes under this pacing: its override, else
    /// <see cref="Tempo"/>, else the exercise's; <see langword="null"/> when none gives one (an exercise done only as holds).
    /// </summary>
    /// <param name="exercise">The exercise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exercise"/> is null.</exception>
    public TimeSpan? TempoFor(Exercise exercise)
    {
        Preconditions.CheckNotNull(exercise);
        foreach (var (id, value) in _tempoByExercise)
        {
            if (id == exercise.Id)
            {
                return value;
            }
        }

        return Tempo ?? exercise.Tempo;
    }

    /// <summary>Returns the side-switch time for a body position.</summary>
    /// <param name="position">The body position.</param>
    public TimeSpan SwitchSideFor(BodyPosition position) => IsLyingOrSeated(position) ? SwitchSideLying : SwitchSideStanding;

    // <summary>Whether a side switch in this position takes the lying time.</summary>
    internal static bool IsLyingOrSeated(BodyPosition position) =>
        position is BodyPosition.SideLying or BodyPosition.Supine or BodyPosition.Seated or BodyPosition.Prone or
            BodyPosition.Kneeling or BodyPosition.AllFours;

    private static TimeSpan Pause(TimeSpan? value, int defaultSeconds, string name, List<string> errors)
    {
        var pause = value ?? TimeSpan.FromSeconds(defaultSeconds);
        if (pause < TimeSpan.Zero || pause > MaxPause || pause.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            errors.Add(Invariant($"{name} must be whole seconds from 0 to 600; it was {pause.TotalSeconds} s."));
        }

        return pause;
    }

    private static void CheckTempo(TimeSpan value, string name, List<string> errors)
    {
        if (value < Exercise.MinTempo || value > Exercise.MaxTempo || value.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            errors.Add(Invariant($"{name} must be 0.1 to 60 s per repetition in whole milliseconds; it was {value.TotalSeconds} s."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(Pacing? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (LeadIn == other.LeadIn && SwitchSideStanding == other.SwitchSideStanding && SwitchSideLying == other.SwitchSideLying &&
             ChangeDirection == other.ChangeDirection && RestBetweenSets == other.RestBetweenSets &&
             Transition == other.Transition && Setup == other.Setup && Tempo == other.Tempo &&
             MinimumRest == other.MinimumRest && MinimumTransition == other.MinimumTransition &&
             MinimumDosePercent == other.MinimumDosePercent && _tempoByExercise.SequenceEqual(other._tempoByExercise)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Pacing);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(LeadIn, SwitchSideStanding, SwitchSideLying, ChangeDirection, RestBetweenSets, Transition, Setup, HashCode.Combine(Tempo, MinimumRest, MinimumTransition, MinimumDosePercent, _tempoByExercise.Length));

    /// <summary>Returns the knobs as text, for diagnostics.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"lead-in {LeadIn.TotalSeconds} s, switch side {SwitchSideStanding.TotalSeconds}/{SwitchSideLying.TotalSeconds} s, ");
        text.Append(CultureInfo.InvariantCulture, $"change direction {ChangeDirection.TotalSeconds} s, rest {RestBetweenSets.TotalSeconds} s, ");
        text.Append(CultureInfo.InvariantCulture, $"transition {Transition.TotalSeconds} s, setup {Setup.TotalSeconds} s");
        return text.ToString();
    }

    /// <summary>Compares two pacings for equality.</summary>
    public static bool operator ==(Pacing? left, Pacing? right) => Equals(left, right);

    /// <summary>Compares two pacings for inequality.</summary>
    public static bool operator !=(Pacing? left, Pacing? right) => !Equals(left, right);
}
