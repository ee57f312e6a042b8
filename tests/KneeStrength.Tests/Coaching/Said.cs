using System.Collections.Generic;
using System.Linq;
using KneeStrength.Coaching;

namespace KneeStrength.Tests.Coaching;

/// <summary>What a decision says: its kind, its English reason, its rule and exercise; the tests compare decisions by it.</summary>
internal sealed record Said(DecisionKind Kind, string Reason, CoachingRule Rule = CoachingRule.None, string? ExerciseId = null, bool IsProvisional = false);

internal static class SaidExtensions
{
    public static Said Said(this Decision decision) => new(decision.Kind, decision.Reason, decision.Rule, decision.ExerciseId, decision.IsProvisional);

    public static IEnumerable<Said> Said(this IEnumerable<Decision> decisions) => decisions.Select(d => d.Said()).ToList();
}
