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

/// <summary>What, beyond its kind, led a <see cref="Coach"/> to a decision about one exercise.</summary>
public enum DecisionCause
{
    /// <summary>Nothing beyond the decision's kind and facts. The default.</summary>
    None,

    /// <summary>Left out: its equipment is not on hand and no variation does without it (see <see cref="Decision.Omission"/>).</summary>
    MissingEquipment,

    /// <summary>Left out: hops go first when the knee has flared.</summary>
    HopsFirst,

    /// <summary>Left out: the level leaves it out.</summary>
    Level,

    /// <summary>Scaled against the level's direction, to fit the session's minutes.</summary>
    SessionMinutes,
}

/// <summary>
/// One decision of a <see cref="Coach"/>, as facts: its kind and rule, and what it compared and changed (the day it
/// is about, the judgement behind it, the level before and after, an exercise's dosage before and after, the phase,
/// the next session). <see cref="Reason"/> words them in English, <see cref="Text.KneeText.Reason(Decision)"/> in
/// another language. Each kind documents the facts it carries; the others are <see langword="null"/>.
/// </summary>
/// <remarks>Equality compares the facts. This type is immutable and thread-safe.</remarks>
public sealed class Decision : IEquatable<Decision>
{
    private string? _reason;

    internal Decision(DecisionKind kind, CoachingRule rule = CoachingRule.None)
    {
        Kind = kind;
        Rule = rule;
    }

    /// <summary>Gets what was decided.</summary>
    public DecisionKind Kind { get; }

    /// <summary>Gets the rule that triggered it, or <see cref="CoachingRule.None"/>.</summary>
    public CoachingRule Rule { get; }

    /// <summary>Gets why, in plain English words (<see cref="Text.KneeText.English"/>); made when first asked for.</summary>
    public string Reason => _reason ??= Text.KneeText.English.Reason(this);

    /// <summary>Gets the exercise it is about (leave out, bring back, scale), or <see langword="null"/> for the whole session.</summary>
    public Exercise? Exercise { get; internal init; }

    /// <summary>Gets the id of <see cref="Exercise"/>, or <see langword="null"/>.</summary>
    public string? ExerciseId => Exercise?.Id;

    /// <summary>Gets the variation of <see cref="Exercise"/> in use, or <see langword="null"/> for its preferred form.</summary>
    public ExerciseVariation? Variation { get; internal init; }

    /// <summary>Gets a value indicating whether the decision waits for the next morning's pain, which may change it.</summary>
    public bool IsProvisional { get; internal init; }

    /// <summary>
    /// Gets the day the decision is about: the day judged (see a clinician, return to treatment), the day back to
    /// running (advance phase), the rest day, or the program's last day (program ended); otherwise <see langword="null"/>.
    /// </summary>
    public DateOnly? Date { get; internal init; }

    /// <summary>Gets the judgement behind a progress, hold, regress, see-a-clinician or return-to-treatment decision.</summary>
    public Judgement? Judgement { get; internal init; }

    /// <summary>Gets the level before a progress, hold or regress decision (0 the prescription).</summary>
    public int? LevelBefore { get; internal init; }

    /// <summary>Gets the level after a progress, hold or regress decision (0 the prescription).</summary>
    public int? LevelAfter { get; internal init; }

    /// <summary>Gets the calm sessions in a row so far toward the next step (a hold after a calm day).</summary>
    public int? CalmSessions { get; internal init; }

    /// <summary>Gets the calm sessions in a row a step up takes (<see cref="ProgressionPolicy.CalmSessionsToProgress"/>), with <see cref="CalmSessions"/> or a progress.</summary>
    public int? CalmSessionsToProgress { get; internal init; }

    /// <summary>Gets the pain score compared on a run (advance phase, return to treatment), or <see langword="null"/>.</summary>
    public int? RunPain { get; internal init; }

    /// <summary>Gets the limit the pain was compared with (<see cref="PainRules.AcceptableDuring"/>, <see cref="PainRules.SevereAt"/>), or <see langword="null"/>.</summary>
    public int? PainLimit { get; internal init; }

    /// <summary>Gets the phase a decision names (advance phase: the phase started; rest day: the day's phase).</summary>
    public ProgramPhase? Phase { get; internal init; }

    /// <summary>Gets the first day of <see cref="Phase"/> as the enrolment places it (advance phase).</summary>
    public DateOnly? PhaseStart { get; internal init; }

    /// <summary>Gets the next session day after a rest day, or <see langword="null"/> when none is planned.</summary>
    public DateOnly? NextSession { get; internal init; }

    /// <summary>Gets the exercise's planned dosage before (leave out, scale).</summary>
    public Dosage? DosageBefore { get; internal init; }

    /// <summary>Gets the exercise's planned dosage after (bring back, scale).</summary>
    public Dosage? DosageAfter { get; internal init; }

    /// <summary>Gets what beyond the kind led to a decision about one exercise.</summary>
    public DecisionCause Cause { get; internal init; }

    /// <summary>Gets the plan's note on an exercise left out for missing equipment.</summary>
    public Scheduling.Omission? Omission { get; internal init; }

    /// <summary>Gets the person's minutes, when they are shorter than the shortest session (shortest session).</summary>
    public TimeSpan? SessionBudget { get; internal init; }

    /// <summary>Gets the shortest session the routine allows (shortest session).</summary>
    public TimeSpan? ShortestSession { get; internal init; }

    /// <inheritdoc/>
    public bool Equals(Decision? other) =>
        other is not null && Kind == other.Kind && Rule == other.Rule && Exercise == other.Exercise && Variation == other.Variation &&
        IsProvisional == other.IsProvisional && Date == other.Date && Judgement == other.Judgement &&
        LevelBefore == other.LevelBefore && LevelAfter == other.LevelAfter && CalmSessions == other.CalmSessions &&
        CalmSessionsToProgress == other.CalmSessionsToProgress && RunPain == other.RunPain && PainLimit == other.PainLimit &&
        Phase == other.Phase && PhaseStart == other.PhaseStart && NextSession == other.NextSession &&
        DosageBefore == other.DosageBefore && DosageAfter == other.DosageAfter && Cause == other.Cause &&
        Omission == other.Omission && SessionBudget == other.SessionBudget && ShortestSession == other.ShortestSession;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Decision);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Rule, ExerciseId, Date, LevelAfter, DosageAfter, IsProvisional);

    /// <summary>Returns the decision as one line, such as <c>Regress (NextMorning): ...</c>.</summary>
    public override string ToString() => Rule == CoachingRule.None ? $"{Kind}: {Reason}" : $"{Kind} ({Rule}): {Reason}";

    /// <summary>Compares two decisions for equality.</summary>
    public static bool operator ==(Decision? left, Decision? right) => Equals(left, right);

    /// <summary>Compares two decisions for inequality.</summary>
    public static bool operator !=(Decision? left, Decision? right) => !Equals(left, right);
}
