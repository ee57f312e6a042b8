using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

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

/// <summary>
/// How one logged day stands against the pain rules (see <see cref="PainRules.Judge"/>): the verdict, the rule that
/// decided it, every rule the day broke, whether the verdict waits for the next morning, and why in plain words.
/// </summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed class Judgement : IEquatable<Judgement>
{
    internal Judgement(Verdict verdict, CoachingRule rule, List<CoachingRule> brokenRules, bool isProvisional, bool isSevere, int? morningBefore, string reason)
    {
        Verdict = verdict;
        Rule = rule;
        BrokenRules = brokenRules.Count == 0 ? [] : new ReadOnlyCollection<CoachingRule>(brokenRules);
        IsProvisional = isProvisional;
        IsSevere = isSevere;
        MorningBefore = morningBefore;
        Reason = reason;
    }

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

    /// <summary>
    /// Gets the pain score the day's settling and next morning were compared with: the morning of the day (the day
    /// before's next-morning score), else the pain before the session; <see langword="null"/> when neither was logged,
    /// and the target (<see cref="PainRules.TargetDuring"/>) stood in.
    /// </summary>
    public int? MorningBefore { get; }

    /// <summary>Gets why, in plain words.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(Judgement? other) =>
        other is not null && Verdict == other.Verdict && Rule == other.Rule && IsProvisional == other.IsProvisional &&
        IsSevere == other.IsSevere && MorningBefore == other.MorningBefore && Reason == other.Reason &&
        ReadOnlyListEquality.Equal(BrokenRules, other.BrokenRules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Judgement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Verdict, Rule, IsProvisional, Reason);

    /// <summary>Returns the verdict and the reason, such as <c>Broken (NextMorning): ...</c>.</summary>
    public override string ToString() => Rule == CoachingRule.None ? $"{Verdict}: {Reason}" : $"{Verdict} ({Rule}): {Reason}";

    /// <summary>Compares two judgements for equality.</summary>
    public static bool operator ==(Judgement? left, Judgement? right) => Equals(left, right);

    /// <summary>Compares two judgements for inequality.</summary>
    public static bool operator !=(Judgement? left, Judgement? right) => !Equals(left, right);
}
