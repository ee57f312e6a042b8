using System;
using System.Globalization;

namespace KneeStrength.Scheduling;

/// <summary>The words a coach would say for each step, in one place.</summary>
internal static class StepCues
{
    internal static string For(in TimedStep step)
    {
        var culture = CultureInfo.InvariantCulture;
        string name = step.ExerciseName ?? "the session";
        string direction = step.Direction is null ? string.Empty : step.Direction.Replace('-', ' ');
        return step.Kind switch
        {
            StepKind.GetReady => $"Get ready: {name} first.",
            StepKind.Setup => $"Set up for {name}: {Setting(step)}.",
            StepKind.Transition => $"Next up: {name}.",
            StepKind.SwitchSide => $"Switch to the {SideWord(step.Side)} {Limb(step)}.",
            StepKind.ChangeDirection => $"Turn 45 degrees: {direction} next.",
            StepKind.Rest => string.Create(culture, $"Rest. Set {step.Set} of {name} next."),
            StepKind.Hold => string.Create(culture, $"{Prefix(step)}hold {step.Amount} s."),
            _ => string.Create(culture, $"{Prefix(step)}{step.Amount} {Pace(step.Exercise)}{(step.Amount == 1 ? "rep" : "reps")}."),
        };
    }

    private static string Prefix(in TimedStep step)
    {
        string direction = step.Direction is null ? string.Empty : step.Direction.Replace('-', ' ');
        if (step.Side is null)
        {
            return direction.Length == 0 ? string.Empty : $"{Capitalize(direction)}: ";
        }

        string side = $"{Capitalize(SideWord(step.Side))} {Limb(step)}";
        return direction.Length == 0 ? $"{side}: " : $"{side}, {direction}: ";
    }

    private static string Setting(in TimedStep step)
    {
        var equipment = step.Variation?.Equipment ?? step.Exercise?.Equipment;
        var position = step.Variation?.Position ?? step.Exercise?.Position ?? BodyPosition.Standing;
        string where = position switch
        {
            BodyPosition.SideLying => "lie on your side",
            BodyPosition.Supine => "lie on your back",
            BodyPosition.Seated => "sit on the floor",
            BodyPosition.OnStep => "stand at the step",
            BodyPosition.OnBosu => "stand on the Bosu",
            _ => "stand up",
        };
        if (equipment is null || equipment.Count == 0)
        {
            return where;
        }

        var names = new string[equipment.Count];
        for (int i = 0; i < names.Length; i++)
        {
            // "Step (stair, chair or other sturdy raised surface)" is said as "Step".
            string equipmentName = equipment[i].Name;
            int paren = equipmentName.IndexOf(" (", StringComparison.Ordinal);
            names[i] = paren > 0 ? equipmentName[..paren] : equipmentName;
        }

        return $"{string.Join(" and ", names)}, {where}";
    }

    // Side-lying work and stretches are named by the side of the body; other work by the leg that moves.
    private static string Limb(in TimedStep step)
    {
        var position = step.Variation?.Position ?? step.Exercise?.Position ?? BodyPosition.Standing;
        return position is BodyPosition.SideLying || step.Exercise?.Category == ExerciseCategory.Stretch ? "side" : "leg";
    }

    private static string Pace(Exercise? exercise) => exercise?.Tempo switch
    {
        { TotalSeconds: >= 3 } => "slow ",
        { TotalSeconds: <= 1 } => "quick ",
        _ => string.Empty,
    };

    private static string SideWord(Side? side) => side == Side.Right ? "right" : "left";

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
