using System;

namespace KneeStrength.Coaching;

/// <summary>What kind of decision a <see cref="Coach"/> made.</summary>
public enum DecisionKind
{
    /// <summary>No sessions logged yet: the program's prescription as it is. The default.</summary>
    Prescription,

    /// <summary>One step harder, after calm sessions (or one step back toward the prescription after a flare).</summary>
    Progress,

    /// <summary>The same as last time: the signals were mixed or missing, or progress is not due yet.</summary>
    Hold,

    /// <summary>Easier, after a day that broke a pain rule; the decision says by how many steps.</summary>
    Regress,

    /// <summary>An exercise is left out for now.</summary>
    LeaveOut,

    /// <summary>An exercise left out before is back.</summary>
    BringBack,

    /// <summary>An exercise is done with less than last session: fewer repetitions, sets or a shorter hold.</summary>
    ScaleDown,

    /// <summary>An exercise is done with more than last session.</summary>
    ScaleUp,

    /// <summary>The program moved to its next phase on an event: back to running within the rules.</summary>
    AdvancePhase,

    /// <summary>A session or run broke the rules during a later phase: going back to the first phase is proposed.</summary>
    ProposeReturnToTreatment,

    /// <summary>The day has no session in the phase's schedule; the decision names the next one.</summary>
    RestDay,

    /// <summary>Severe or sharp pain: pause the exercises that hurt and see a clinician. Always the first decision.</summary>
    SeeClinician,

    /// <summary>The person's minutes are shorter than the shortest session the routine allows: the shortest is planned.</summary>
    ShortestSession,

    /// <summary>The program's last phase has ended: no more sessions.</summary>
    ProgramEnded,
}

/// <summary>One decision of a <see cref="Coach"/>: what, why in plain words, and the rule behind it.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed class Decision : IEquatable<Decision>
{
    /// <summary>Creates a decision.</summary>
    /// <param name="kind">What was decided.</param>
    /// <param name="reason">Why, in plain words.</param>
    /// <param name="rule">The rule that triggered it, or <see cref="CoachingRule.None"/>.</param>
    /// <param name="exerciseId">The exercise it is about, or null for the whole session.</param>
    /// <param name="isProvisional">Whether the decision waits for the next morning's pain, which may change it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">The reason is empty, over 600 characters or not display text, or an id is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="rule"/> is unknown.</exception>
    public Decision(DecisionKind kind, string reason, CoachingRule rule = CoachingRule.None, string? exerciseId = null, bool isProvisional = false)
    {
        Kind = ModelChecks.CheckEnum(kind);
        Reason = Preconditions.CheckText(reason, 600);
        Rule = ModelChecks.CheckEnum(rule);
        ExerciseId = exerciseId is null ? null : Preconditions.CheckSlug(exerciseId);
        IsProvisional = isProvisional;
    }

    /// <summary>Gets what was decided.</summary>
    public DecisionKind Kind { get; }

    /// <summary>Gets why, in plain words.</summary>
    public string Reason { get; }

    /// <summary>Gets the rule that triggered it, or <see cref="CoachingRule.None"/>.</summary>
    public CoachingRule Rule { get; }

    /// <summary>Gets the exercise it is about, or <see langword="null"/> for the whole session.</summary>
    public string? ExerciseId { get; }

    /// <summary>Gets a value indicating whether the decision waits for the next morning's pain, which may change it.</summary>
    public bool IsProvisional { get; }

    /// <inheritdoc/>
    public bool Equals(Decision? other) =>
        other is not null && Kind == other.Kind && Reason == other.Reason && Rule == other.Rule && ExerciseId == other.ExerciseId &&
        IsProvisional == other.IsProvisional;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Decision);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Reason, Rule, ExerciseId, IsProvisional);

    /// <summary>Returns the decision as one line, such as <c>Regress (NextMorning): ...</c>.</summary>
    public override string ToString() => Rule == CoachingRule.None ? $"{Kind}: {Reason}" : $"{Kind} ({Rule}): {Reason}";

    /// <summary>Compares two decisions for equality.</summary>
    public static bool operator ==(Decision? left, Decision? right) => Equals(left, right);

    /// <summary>Compares two decisions for inequality.</summary>
    public static bool operator !=(Decision? left, Decision? right) => !Equals(left, right);
}
