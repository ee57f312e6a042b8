using System;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli;

/// <summary>
/// What a plan's steps belong to besides their exercise: the section of the routine (warm-up, main, cool-down) and,
/// for a circuit's steps, the round of how many the plan does. One place for the plan table and both run displays.
/// </summary>
internal sealed class PlanShape
{
    // The rounds the plan does of each item's circuit, by item index; 0 for an item outside a circuit.
    private readonly int[] _rounds;

    // The words of the headings and rounds, in the language asked for.
    private readonly CliText _words;

    public PlanShape(SessionPlan plan, CliText words)
    {
        _words = words;
        var routine = plan.Routine;
        foreach (var section in routine.Sections)
        {
            HasSections |= section.Kind != RoutineSectionKind.Main;
        }

        // A budget may drop a circuit's rounds, so the plan's own steps say how many rounds there are: a circuit's
        // steps carry the round they belong to or lead into, the last round included.
        _rounds = new int[routine.Items.Count];
        foreach (var step in plan.Steps)
        {
            if (step.IsInCircuit)
            {
                _rounds[step.ItemIndex] = Math.Max(_rounds[step.ItemIndex], step.Set);
            }
        }
    }

    /// <summary>Gets a value indicating whether the routine has a warm-up or a cool-down, so that steps are shown under their section.</summary>
    public bool HasSections { get; }

    /// <summary>The round a circuit's step is in or leads into, such as <c>round 2 of 3</c>; null for a step outside a circuit.</summary>
    public string? Round(in TimedStep step)
    {
        int item = step.ItemIndex;
        return item >= 0 && item < _rounds.Length && _rounds[item] > 0 && step.Set > 0 ? _words.Round(step.Set, _rounds[item]) : null;
    }

    /// <summary>The heading of the section a step begins, such as <c>Warm-up</c>; null when the step does not begin one or the routine has no sections to show.</summary>
    public string? SectionBegun(TimedStep step, TimedStep? previous) =>
        HasSections && (previous is not { } before || before.Section != step.Section) ? _words.Section(step.Section) : null;
}
