using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using KneeStrength.Tracking;

namespace KneeStrength.Coaching;

/// <summary>How a logged day stands against the pain rules.</summary>
public enum Verdict
{
    /// <summary>Completed, every score within the rules, pain during at or below the target: counts toward progress. The default.</summary>
    Calm,

    /// <summary>Within what is acceptable but not calm, or a rule broken with a calm next morning: hold.</summary>
    Mixed,

    /// <summary>Scores missing or the session skipped: hold.</summary>
    Missing,

    /// <summary>A rule broken: regress the next session.</summary>
    Broken,

    /// <summary>No session to judge and nothing broken (a calm run, a note): the day neither counts nor holds.</summary>
    Neutral,
}

/// <summary>What a day's settling and next morning were compared with.</summary>
public enum PainReference
{
    /// <summary>The target for pain during (<see cref="PainRules.TargetDuring"/>): neither the morning's score nor pain before the session was logged. The default.</summary>
    Target,

    /// <summary>The morning of the day: the day before's next-morning score.</summary>
    MorningBefore,

    /// <summary>The pain before the session.</summary>
    BeforeSession,
}

/// <summary>
/// How one logged day stands against the pain rules (see <see cref="PainRules.Judge"/>): the verdict, the rule that
/// decided it, every rule the day broke, whether the verdict waits for the next morning, and the day and the rules it
/// was judged by, as facts; <see cref="Reason"/> words them in English, <see cref="Text.KneeText.Reason(Judgement)"/>
/// in another language.
/// </summary>
/// <remarks>Equality compares the facts. This type is immutable and thread-safe.</remarks>
public sealed class Judgement : IEquatable<Judgement>
{
    private string? _reason;

    internal Judgement(SessionLog log, PainRules rules, Verdict verdict, CoachingRule rule, List<CoachingRule> brokenRules, bool isProvisional, bool isSevere, PainReference reference, int? morningBefore)
    {
        Log = log;
        Rules = rules;
        Verdict = verdict;
        Rule = rule;
        BrokenRules = brokenRules.Count == 0 ? [] : new ReadOnlyCollection<CoachingRule>(brokenRules);
        IsProvisional = isProvisional;
        IsSevere = isSevere;
        Reference = reference;
        MorningBefore = morningBefore;
    }

    /// <summary>Gets the day judged.</summary>
    public SessionLog Log { get; }

    /// <summary>Gets the rules it was judged by, with their limits.</summary>
    public PainRules Rules { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the rule that decided the verdict, or <see cref="CoachingRule.None"/>.</summary>
    public CoachingRule Rule { get; }

    /// <summary>Gets every rule the day broke, most serious first; empty when none.</summary>
    public IReadOnlyList<CoachingRule> BrokenRules { get; }

    /// <summary>
    /// Gets a value indicating whether the verdict is provisional: the next morning's pain is not logged yet, and it
    /// may change the verdict (the 24-hour response weighs more).
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>Gets a value indicating whether the day had severe or sharp pain: pause what hurts and see a clinician.</summary>
    public bool IsSevere { get; }

    /// <summary>Gets what the day's settling and next morning were compared with.</summary>
    public PainReference Reference { get; }

    /// <summary>
    /// Gets the pain score the day's settling and next morning were compared with: the morning of the day (the day
    /// before's next-morning score), else the pain before the session; <see langword="null"/> when neither was logged,
    /// and the target (<see cref="PainRules.TargetDuring"/>) stood in.
    /// </summary>
    public int? MorningBefore { get; }

    /// <summary>Gets the score compared with: <see cref="MorningBefore"/>, else the target for pain during.</summary>
    public int ReferenceScore => MorningBefore ?? Rules.TargetDuring;

    /// <summary>Gets why, in plain English words (<see cref="Text.KneeText.English"/>); made when first asked for.</summary>
    public string Reason => _reason ??= Text.KneeText.English.Reason(this);

    /// <inheritdoc/>
    public bool Equals(Judgement? other) =>
        other is not null && Verdict == other.Verdict && Rule == other.Rule && IsProvisional == other.IsProvisional &&
        IsSevere == other.IsSevere && Reference == other.Reference && MorningBefore == other.MorningBefore &&
        Log == other.Log && Rules == other.Rules && ReadOnlyListEquality.Equal(BrokenRules, other.BrokenRules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Judgement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Verdict, Rule, IsProvisional, Log.Date, MorningBefore);

    /// <summary>Returns the verdict and the reason, such as <c>Broken (NextMorning): ...</c>.</summary>
    public override string ToString() => Rule == CoachingRule.None ? $"{Verdict}: {Reason}" : $"{Verdict} ({Rule}): {Reason}";

    /// <summary>Compares two judgements for equality.</summary>
    public static bool operator ==(Judgement? left, Judgement? right) => Equals(left, right);

    /// <summary>Compares two judgements for inequality.</summary>
    public static bool operator !=(Judgement? left, Judgement? right) => !Equals(left, right);
}
