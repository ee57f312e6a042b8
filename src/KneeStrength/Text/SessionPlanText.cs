using System;
using System.Globalization;
using System.Text;
using KneeStrength.Scheduling;

namespace KneeStrength.Text;

/// <summary>Renders a <see cref="SessionPlan"/> as readable text: a header, one line per step, then the notes.</summary>
/// <remarks>
/// Each step line reads <c>m:ss-m:ss  cue</c>. Notes follow under "Substituted", "Left out" and "Adjusted" when there
/// are any. Lines end with <c>\n</c>. This type is thread-safe.
/// </remarks>
public static class SessionPlanText
{
    /// <summary>Formats a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Format(SessionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder(plan.Steps.Count * 48);
        text.Append(culture, $"{plan.Routine.Name} ({plan.Routine.Id}): {DurationText.Format(plan.TotalDuration)}, {plan.Steps.Count} steps");
        if (plan.TimeBudget is TimeSpan budget)
        {
            text.Append(culture, $", budget {DurationText.Format(budget)}");
        }

        text.Append('\n');
        int width = DurationText.Clock(plan.TotalSeconds).Length;
        foreach (var step in plan.Steps)
        {
            text.Append(DurationText.Clock(step.StartSeconds).PadLeft(width)).Append('-')
                .Append(DurationText.Clock(step.StartSeconds + step.DurationSeconds).PadLeft(width)).Append("  ")
                .Append(step.Cue).Append('\n');
        }

        AppendNotes(text, "Substituted", plan.Substitutions);
        AppendNotes(text, "Left out", plan.Omissions);
        AppendNotes(text, "Adjusted", plan.Adjustments);
        return text.ToString();
    }

    private static void AppendNotes<T>(StringBuilder text, string heading, System.Collections.Generic.IReadOnlyList<T> notes)
        where T : class
    {
        if (notes.Count == 0)
        {
            return;
        }

        text.Append(heading).Append(":\n");
        foreach (var note in notes)
        {
            text.Append("  ").Append(note).Append('\n');
        }
    }
}
