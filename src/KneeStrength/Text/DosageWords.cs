using System;
using System.Text;

namespace KneeStrength.Text;

// <summary>
// A dosage in a language's words, piece by piece as <see cref="DosagePattern.Format(Dosage)"/> writes the English
// notation (which stays the one form the parser reads): the same pieces in the same order, each a message.
// </summary>
internal static class DosageWords
{
    internal static string Format(Dosage dosage, KneeText words)
    {
        var text = new StringBuilder(64);
        var sets = dosage.SetRange;
        if (dosage.Kind == DosageKind.Hold)
        {
            text.Append(sets.Maximum > 1
                ? words.Say("dosage.hold.sets", ("sets", sets.ToString()), ("seconds", (int)dosage.HoldTime.TotalSeconds))
                : words.Say("dosage.hold", ("seconds", (int)dosage.HoldTime.TotalSeconds)));
        }
        else
        {
            var reps = dosage.RepetitionRange;
            string repetitions = words.Say(reps.Maximum == 1 ? "dosage.rep" : "dosage.reps", ("reps", reps.ToString()));
            text.Append(sets.Maximum > 1 ? words.Say("dosage.sets", ("sets", sets.ToString()), ("work", repetitions)) : repetitions);
        }

        if (dosage.IsPerSide)
        {
            text.Append(words.Say(dosage.Directions > 1 ? "dosage.perLeg" : "dosage.perSide"));
        }

        if (dosage.Directions > 1)
        {
            text.Append(words.Say("dosage.directions", ("directions", dosage.Directions)));
        }

        if (dosage.HoldEachSeconds > 0)
        {
            text.Append(words.Say("dosage.holdEach", ("seconds", dosage.HoldEachSeconds)));
        }

        if (dosage.IsOpen)
        {
            text.Append(words.Say(dosage.Kind == DosageKind.Hold ? "dosage.open.hold" : "dosage.open.reps"));
        }

        if (dosage.RestBetweenSets is TimeSpan rest)
        {
            text.Append(words.Say("dosage.rest", ("seconds", (int)rest.TotalSeconds)));
        }

        if (dosage.Setting is { } setting)
        {
            text.Append(words.Say("dosage.part", ("part", Setting(setting, words))));
        }

        if (dosage.Effort is Effort effort)
        {
            text.Append(words.Say("dosage.part", ("part", EffortWords(effort, words))));
        }

        return text.ToString();
    }

    internal static string Setting(EquipmentSetting setting, KneeText words)
    {
        if (setting.Kind == EquipmentSettingKind.StepHeight)
        {
            return words.Say("setting.step", ("cm", setting.StepHeightCentimetres));
        }

        var (level, colour) = Band(setting, words);
        return level is null ? words.Say("setting.band.colour", ("colour", colour))
            : colour is null ? words.Say("setting.band.level", ("level", level))
            : words.Say("setting.band.levelColour", ("level", level), ("colour", colour));
    }

    // <summary>A band setting's level (band.*) and colour (colour.*) in words, each null when the setting has none.</summary>
    internal static (string? Level, string? Colour) Band(EquipmentSetting setting, KneeText words) => (
        setting.Resistance is BandResistance r ? words.Say("band." + EquipmentSetting.LevelWord(r)) : null,
        setting.Colour is { } c ? words.Say("colour." + c) : null);

    internal static string EffortWords(Effort effort, KneeText words) => effort.Scale == EffortScale.Rpe
        ? words.Say("effort.rpe", ("value", effort.Value))
        : words.Say(effort.Value == 1 ? "effort.reserve.one" : "effort.reserve", ("value", effort.Value));
}
