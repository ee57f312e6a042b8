using System;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Tracking;

namespace KneeStrength.Coaching;

/// <summary>
/// The pain-monitoring rules a session's pain scores are judged by. The defaults follow the pain-monitoring model
/// of Silbernagel et al. (2007) as La Trobe University's patellofemoral pain guidance applies it to knee exercise; they
/// support a clinician's advice and do not replace it.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Rule</term><description>Default, and where it comes from</description></listheader>
/// <item><term><see cref="AcceptableDuring"/></term><description>5: pain during exercise (or a run) up to 5/10 is
/// acceptable (Silbernagel et al. 2007, "Continued sports activity, using a pain-monitoring model, during
/// rehabilitation in patients with Achilles tendinopathy", Am J Sports Med 35:897-906).</description></item>
/// <item><term><see cref="TargetDuring"/></term><description>2: up to 2/10 is the target, the "safe zone" of the
/// same model and of La Trobe's patellofemoral pain guidance; progression waits for it.</description></item>
/// <item><term><see cref="SettleTolerance"/></term><description>0: pain about an hour after a session should be
/// back to its level before the session (La Trobe guidance: pain settles within about an hour).</description></item>
/// <item><term><see cref="MorningTolerance"/></term><description>0: pain the next morning must not be higher than
/// the morning before (Silbernagel et al. 2007). The morning before is the previous day's next-morning score when
/// it was logged, else the pain before the session; with neither, the target stands in.</description></item>
/// <item><term><see cref="SevereAt"/></term><description>7: a score of 7/10 or more is severe pain, the usual
/// cut-point on the 0-10 numeric rating scale (Serlin et al. 1995, "When is cancer pain mild, moderate or severe?
/// Grading pain severity by its interference with function", Pain 61:277-284: mild 1-4, moderate 5-6, severe
/// 7-10). Severe pain, or sharp pain the person reports, is not something the rules manage: the coach says to pause
/// what hurts and see a clinician.</description></item>
/// </list>
/// <para>The 24-hour response weighs more than pain during exercise: a session with too much pain during it but a
/// calm next morning is held, not regressed.</para>
/// <para>Equality compares every rule. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class PainRules : IEquatable<PainRules>
{
    /// <summary>Creates rules; every argument left null takes its default.</summary>
    /// <param name="acceptableDuring">The most pain during exercise or a run that is acceptable, 0 to 10. Default 5.</param>
    /// <param name="targetDuring">The pain during exercise aimed for, 0 to <paramref name="acceptableDuring"/>. Default 2.</param>
    /// <param name="settleTolerance">How much pain an hour after may exceed pain before, 0 to 10. Default 0.</param>
    /// <param name="morningTolerance">How much next-morning pain may exceed the morning before, 0 to 10. Default 0.</param>
    /// <param name="severeAt">The score from which pain is severe, above <paramref name="acceptableDuring"/> and at most 10. Default 7.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public PainRules(int? acceptableDuring = null, int? targetDuring = null, int? settleTolerance = null, int? morningTolerance = null, int? severeAt = null)
    {
        AcceptableDuring = acceptableDuring ?? 5;
        Preconditions.CheckArgumentRange(AcceptableDuring, 0, PainScale.Max, nameof(acceptableDuring));
        TargetDuring = targetDuring ?? Math.Min(2, AcceptableDuring);
        Preconditions.CheckArgumentRange(TargetDuring, 0, AcceptableDuring, nameof(targetDuring));
        SettleTolerance = settleTolerance ?? 0;
        Preconditions.CheckArgumentRange(SettleTolerance, 0, PainScale.Max, nameof(settleTolerance));
        MorningTolerance = morningTolerance ?? 0;
        Preconditions.CheckArgumentRange(MorningTolerance, 0, PainScale.Max, nameof(morningTolerance));
        SevereAt = severeAt ?? Math.Max(7, Math.Min(PainScale.Max, AcceptableDuring + 1));
        if (AcceptableDuring == PainScale.Max)
        {
            throw new ArgumentOutOfRangeException(nameof(acceptableDuring), AcceptableDuring, "Pain of 10/10 is severe; the acceptable level must be below it.");
        }

        Preconditions.CheckArgumentRange(SevereAt, AcceptableDuring + 1, PainScale.Max, nameof(severeAt));
    }

    /// <summary>Gets the default rules.</summary>
    public static PainRules Default { get; } = new();

    /// <summary>Gets the most pain during exercise or a run that is acceptable.</summary>
    public int AcceptableDuring { get; }

    /// <summary>Gets the pain during exercise aimed for; progression waits for sessions at or below it.</summary>
    public int TargetDuring { get; }

    /// <summary>Gets how much pain an hour after a session may exceed the pain before it.</summary>
    public int SettleTolerance { get; }

    /// <summary>Gets how much next-morning pain may exceed the morning before.</summary>
    public int MorningTolerance { get; }

    /// <summary>Gets the score from which pain is severe: pause what hurts and see a clinician.</summary>
    public int SevereAt { get; }

    /// <summary>Judges one logged day against the rules.</summary>
    /// <param name="log">The day's log.</param>
    /// <param name="morningOfTheDay">
    /// The pain on the morning of the log's day: the day before's next-morning score, or null when it was not logged.
    /// The pain before the session stands in for it, and with neither the target does.
    /// </param>
    /// <returns>The judgement.</returns>
    /// <remarks>
    /// <para>Severe pain (any score at or above <see cref="SevereAt"/>) or sharp pain breaks the rules first; then a
    /// next morning above the morning before, then running pain above the acceptable level. A session with pain
    /// during above the acceptable level is broken while the next morning is not known, and held when the next
    /// morning was calm: the 24-hour response weighs more. A session whose pain an hour after had not settled, done in
    /// part, or with pain during above the target is mixed; one skipped or with scores missing is missing; one
    /// completed with every score within the rules and pain during at or below the target is calm. A day without a
    /// session is broken by severe pain, a worse morning or a painful run, and neutral otherwise.</para>
    /// <para>While the next morning is not logged the judgement rests on what is known and says it is provisional,
    /// and what the morning would change.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="morningOfTheDay"/> is outside 0 to 10.</exception>
    public Judgement Judge(SessionLog log, int? morningOfTheDay = null)
    {
        Preconditions.CheckNotNull(log);
        if (morningOfTheDay is int m)
        {
            Preconditions.CheckArgumentRange(m, 0, PainScale.Max, nameof(morningOfTheDay));
        }

        return Describe(log, morningOfTheDay, Assess(log, morningOfTheDay));
    }

    // What the rules find in a day, without words: a walk over a journal judges every log, and words only the last.
    internal Finding Assess(SessionLog log, int? morningOfTheDay)
    {
        int reference = morningOfTheDay ?? log.PainBefore ?? TargetDuring;
        int? morning = log.PainNextMorning;
        var broken = FindingRules.None;
        if (MaxPain(log) >= SevereAt)
        {
            broken |= FindingRules.Severe;
        }

        if (log.SharpPain)
        {
            broken |= FindingRules.Sharp;
        }

        if (morning > reference + MorningTolerance)
        {
            broken |= FindingRules.Morning;
        }

        if (log.Run is RunLog run && run.Pain > AcceptableDuring)
        {
            broken |= FindingRules.Running;
        }

        bool session = log.HasSession && log.Completion != SessionCompletion.None;
        if (session && log.PainDuring > AcceptableDuring)
        {
            broken |= FindingRules.During;
        }

        if (session && log.PainAfter > reference + SettleTolerance)
        {
            broken |= FindingRules.Settling;
        }

        bool provisional = morning is null;
        const FindingRules Breaking = FindingRules.Severe | FindingRules.Sharp | FindingRules.Morning | FindingRules.Running;
        if ((broken & Breaking) != 0)
        {
            return new Finding(Verdict.Broken, broken, false);
        }

        if (!log.HasSession)
        {
            return new Finding(Verdict.Neutral, broken, false);
        }

        if (!session)
        {
            return new Finding(Verdict.Missing, broken, false);
        }

        if ((broken & FindingRules.During) != 0)
        {
            return new Finding(provisional ? Verdict.Broken : Verdict.Mixed, broken, provisional);
        }

        if ((broken & FindingRules.Settling) != 0)
        {
            return new Finding(Verdict.Mixed, broken, provisional);
        }

        if (log.PainDuring is null || log.PainAfter is null)
        {
            return new Finding(Verdict.Missing, broken, false);
        }

        if (log.Completion == SessionCompletion.Partial || log.PainDuring > TargetDuring)
        {
            return new Finding(Verdict.Mixed, broken, provisional);
        }

        return new Finding(Verdict.Calm, broken, provisional);
    }

    // <summary>The highest pain score of a day: before, during, after, the next morning, or on a run.</summary>
    internal static int MaxPain(SessionLog log)
    {
        int max = Math.Max(Math.Max(log.PainBefore ?? 0, log.PainDuring ?? 0), Math.Max(log.PainAfter ?? 0, log.PainNextMorning ?? 0));
        return log.Run is RunLog run ? Math.Max(max, run.Pain) : max;
    }

    // The judgement as facts: the rule that decided and every rule broken; KneeText words it.
    internal Judgement Describe(SessionLog log, int? morningOfTheDay, Finding finding)
    {
        var rules = new List<CoachingRule>();
        void Add(FindingRules flag, CoachingRule rule)
        {
            if ((finding.Rules & flag) != 0)
            {
                rules.Add(rule);
            }
        }

        Add(FindingRules.Severe, CoachingRule.SeverePain);
        Add(FindingRules.Sharp, CoachingRule.SharpPain);
        Add(FindingRules.Morning, CoachingRule.NextMorning);
        Add(FindingRules.Running, CoachingRule.RunningPain);
        Add(FindingRules.During, CoachingRule.PainDuring);
        Add(FindingRules.Settling, CoachingRule.Settling);

        CoachingRule rule = rules.Count > 0 ? rules[0]
            : finding.Verdict == Verdict.Mixed && log.PainDuring > TargetDuring ? CoachingRule.PainDuring
            : CoachingRule.None;
        var reference = morningOfTheDay is not null ? PainReference.MorningBefore : log.PainBefore is not null ? PainReference.BeforeSession : PainReference.Target;
        return new Judgement(log, this, finding.Verdict, rule, rules, finding.IsProvisional, finding.IsSevere, reference, morningOfTheDay ?? log.PainBefore);
    }


    /// <inheritdoc/>
    public bool Equals(PainRules? other) =>
        other is not null && AcceptableDuring == other.AcceptableDuring && TargetDuring == other.TargetDuring &&
        SettleTolerance == other.SettleTolerance && MorningTolerance == other.MorningTolerance && SevereAt == other.SevereAt;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PainRules);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AcceptableDuring, TargetDuring, SettleTolerance, MorningTolerance, SevereAt);

    /// <summary>Returns the rules as text.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"during at most {AcceptableDuring}/10 (target {TargetDuring}/10), settles within {SettleTolerance} of before, next morning within {MorningTolerance} of the morning before, severe from {SevereAt}/10");

    /// <summary>Compares two rule sets for equality.</summary>
    public static bool operator ==(PainRules? left, PainRules? right) => Equals(left, right);

    /// <summary>Compares two rule sets for inequality.</summary>
    public static bool operator !=(PainRules? left, PainRules? right) => !Equals(left, right);
}

// <summary>The rules a day broke, as flags, most serious first.</summary>
[Flags]
internal enum FindingRules
{
    None = 0,
    Severe = 1,
    Sharp = 2,
    Morning = 4,
    Running = 8,
    During = 16,
    Settling = 32,
}

// <summary>What the rules find in a day, without words.</summary>
internal readonly record struct Finding(Verdict Verdict, FindingRules Rules, bool IsProvisional)
{
    public bool IsSevere => (Rules & (FindingRules.Severe | FindingRules.Sharp)) != 0;
}
