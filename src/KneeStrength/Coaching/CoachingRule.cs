namespace KneeStrength.Coaching;

/// <summary>A rule the coach applies: a pain-monitoring rule of <see cref="PainRules"/>, or a progression rule of <see cref="ProgressionPolicy"/>.</summary>
public enum CoachingRule
{
    /// <summary>No rule: the decision follows from the program itself. The default.</summary>
    None,

    /// <summary>Pain during the session within <see cref="PainRules.AcceptableDuring"/> (and at or below the target to progress).</summary>
    PainDuring,

    /// <summary>Pain about an hour after back to the morning's level (<see cref="PainRules.SettleTolerance"/>).</summary>
    Settling,

    /// <summary>Pain the next morning no higher than the morning before (<see cref="PainRules.MorningTolerance"/>).</summary>
    NextMorning,

    /// <summary>Pain during a run within <see cref="PainRules.AcceptableDuring"/>.</summary>
    RunningPain,

    /// <summary>Any score at or above <see cref="PainRules.SevereAt"/>: pause what hurts and see a clinician.</summary>
    SeverePain,

    /// <summary>Sharp pain reported (<see cref="Tracking.SessionLog.SharpPain"/>): pause what hurts and see a clinician.</summary>
    SharpPain,

    /// <summary>Calm sessions in a row before a step up (<see cref="ProgressionPolicy.CalmSessionsToProgress"/>).</summary>
    CalmSessions,

    /// <summary>The person's minutes are shorter than the shortest session the routine allows.</summary>
    SessionBudget,
}
