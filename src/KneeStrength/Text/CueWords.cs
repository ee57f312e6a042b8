using System;
using System.Globalization;
using System.Text;
using KneeStrength.Scheduling;

namespace KneeStrength.Text;

// <summary>
// A step's cue in a language's words, sentence by sentence as <see cref="StepCues"/> writes the English one (which
// stays the fast path for English: exports write hundreds of cues): the same facts of the step, each sentence a message.
// </summary>
internal static class CueWords
{
    internal static string Format(in TimedStep step, KneeText words)
    {
        string name = Name(step, words);
        var text = new StringBuilder(96);
        switch (step.Kind)
        {
            case StepKind.GetReady:
                text.Append(words.Say("cue.getReady", ("name", name)));
                break;
            case StepKind.Setup:
                text.Append(words.Say("cue.setup", ("name", name), ("setting", Setting(step, words))));
                break;
            case StepKind.Transition:
                text.Append(words.Say("cue.transition", ("name", name)));
                break;
            case StepKind.SwitchSide:
                text.Append(words.Say("cue.switchSide." + SideAndLimbKey(step)));
                break;
            case StepKind.ChangeDirection:
                text.Append(words.Say("cue.changeDirection", ("direction", Direction(step, words))));
                break;
            case StepKind.Rest when step.IsInCircuit:
                text.Append(words.Say("cue.rest.round", ("round", step.Set), ("name", name)));
                break;
            case StepKind.Rest:
                text.Append(words.Say("cue.rest.set", ("set", step.Set), ("name", name)));
                break;
            case StepKind.Hold when step.Exercise?.Category == ExerciseCategory.Activity && step.Side is null && step.Direction is null:
                text.Append(words.Say(step.IsOpen ? "cue.activity.open" : "cue.activity", ("name", name), ("duration", TimeSpan.FromSeconds(step.Amount))));
                Effort(step, words, text);
                break;
            case StepKind.Hold:
                Prefixed(step, words, text, words.Say(step.IsOpen ? "cue.hold.open" : "cue.hold", ("seconds", step.Amount)));
                Effort(step, words, text);
                break;
            default:
                string pace = Pace(step.TempoMilliseconds);
                string work = step.IsOpen
                    ? words.Say("cue.open.reps" + pace, ("amount", step.Amount))
                    : words.Say((step.Amount == 1 ? "cue.rep" : "cue.reps") + pace, ("amount", step.Amount));
                string end = step.HoldEachSeconds == 0 ? words.Say("cue.end")
                    : words.Say(step.Amount == 1 && !step.IsOpen ? "cue.holdEach.one" : "cue.holdEach", ("seconds", step.HoldEachSeconds));
                Prefixed(step, words, text, work + end);
                Effort(step, words, text);
                break;
        }

        return text.ToString();
    }

    private static string Name(in TimedStep step, KneeText words) =>
        step.Exercise is { } exercise ? words.FormName(exercise, step.Variation) : words.Say("cue.theSession");

    // <summary>"Left leg, forward: " before a sentence whose first letter is then lower case; the sentence alone when the step has neither.</summary>
    private static void Prefixed(in TimedStep step, KneeText words, StringBuilder text, string sentence)
    {
        string? prefix = step.Side is not null
            ? words.Capitalized(SideAndLimb(step, words)) + (step.Direction is null ? string.Empty : words.Say("cue.prefix.direction", ("direction", Direction(step, words))))
            : step.Direction is not null ? words.Capitalized(Direction(step, words)) : null;
        if (prefix is null)
        {
            text.Append(sentence);
            return;
        }

        text.Append(words.Say("cue.prefixed", ("prefix", prefix), ("cue", char.ToLower(sentence[0], words.Culture) + sentence[1..])));
    }

    private static void Effort(in TimedStep step, KneeText words, StringBuilder text)
    {
        if (step.Effort is not KneeStrength.Effort effort)
        {
            return;
        }

        text.Append(effort.Scale == EffortScale.Rpe
            ? words.Say("cue.effort.rpe", ("value", effort.Value))
            : words.Say(effort.Value == 1 ? "cue.effort.reserve.one" : "cue.effort.reserve", ("value", effort.Value)));
    }

    private static string SideAndLimb(in TimedStep step, KneeText words) => words.Say("cue." + SideAndLimbKey(step));

    // Side-lying work and stretches are named by the side of the body; other work by the leg that moves.
    private static string SideAndLimbKey(in TimedStep step)
    {
        var position = step.Variation?.Position ?? step.Exercise?.Position ?? BodyPosition.Standing;
        bool side = position is BodyPosition.SideLying || step.Exercise?.Category is ExerciseCategory.Stretch or ExerciseCategory.Mobility;
        return (step.Side == KneeStrength.Side.Right, side) switch
        {
            (true, true) => "right.side",
            (true, false) => "right.leg",
            (false, true) => "left.side",
            _ => "left.leg",
        };
    }

    private static string Direction(in TimedStep step, KneeText words) =>
        step.Exercise is { } exercise && step.Direction is { } direction ? CatalogWords.Direction(exercise, direction, words.Culture) : string.Empty;

    private static string Setting(in TimedStep step, KneeText words)
    {
        var equipment = step.Variation?.Equipment ?? step.Exercise?.Equipment;
        var position = step.Variation?.Position ?? step.Exercise?.Position ?? BodyPosition.Standing;
        string where = words.Say("position." + PositionKey(position));
        if (equipment is null || equipment.Count == 0)
        {
            return where;
        }

        var names = new string[equipment.Count];
        for (int i = 0; i < names.Length; i++)
        {
            // "Step (stair, chair or other sturdy raised surface)" is said as "Step".
            string equipmentName = words.EquipmentName(equipment[i]);
            int paren = equipmentName.IndexOf(" (", StringComparison.Ordinal);
            names[i] = paren > 0 ? equipmentName[..paren] : equipmentName;
            if (step.Setting is { } setting && setting.Equipment == equipment[i])
            {
                string detail = setting.Kind == EquipmentSettingKind.StepHeight
                    ? words.Say("cue.setting.height", ("cm", setting.StepHeightCentimetres))
                    : Band(setting, words);
                names[i] = words.Say("cue.setting.detail", ("equipment", names[i]), ("detail", detail));
            }
        }

        return words.Say("cue.setting.equipment", ("equipment", words.List(names)), ("where", where));
    }

    private static string Band(EquipmentSetting setting, KneeText words)
    {
        var (level, colour) = DosageWords.Band(setting, words);
        return level is not null && colour is not null ? words.Say("cue.setting.band", ("level", level), ("colour", colour)) : level ?? colour ?? string.Empty;
    }

    private static string PositionKey(BodyPosition position) => position switch
    {
        BodyPosition.SideLying => "sideLying",
        BodyPosition.Supine => "supine",
        BodyPosition.Seated => "seated",
        BodyPosition.OnStep => "onStep",
        BodyPosition.OnBosu => "onBosu",
        BodyPosition.Prone => "prone",
        BodyPosition.Kneeling => "kneeling",
        BodyPosition.AllFours => "allFours",
        BodyPosition.SeatedOnChair => "seatedOnChair",
        _ => "standing",
    };

    // <summary>The message suffix for the tempo the step was planned with: 3 s or more per repetition is slow, 1 s or less quick.</summary>
    private static string Pace(int tempoMilliseconds) => tempoMilliseconds switch
    {
        >= 3000 => ".slow",
        > 0 and <= 1000 => ".quick",
        _ => string.Empty,
    };
}
