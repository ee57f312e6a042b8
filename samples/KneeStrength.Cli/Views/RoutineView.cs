using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KneeStrength.Cli.Views;

/// <summary>
/// A routine as a table: its items in order with dosage, category, position and equipment; a routine with a warm-up or
/// a cool-down has a heading row where each section begins, and an item of a circuit says so under its dosage.
/// </summary>
internal static class RoutineView
{
    public static IRenderable Render(Routine routine, CliText words)
    {
        var table = Tables.Create("#", words["column.exercise"], words["column.dosage"], words["column.category"], words["column.position"], words["column.equipment"]);
        table.Columns[0].RightAligned();
        bool headings = !routine.IsPlainList && routine.Sections.Count > 1;
        RoutineSectionKind? section = null;
        for (int i = 0; i < routine.Items.Count; i++)
        {
            var item = routine.Items[i];
            var exercise = item.Exercise;
            if (headings && routine.SectionOf(i) != section)
            {
                section = routine.SectionOf(i);
                table.AddRow(Tables.Plain(string.Empty), Tables.Plain(words.Section(section.Value), Tables.Heading));
            }

            string dosage = routine.CircuitOf(i) is { } circuit
                ? $"{words.Words.Dosage(item.Dosage)}\n{words.InCircuit(circuit)}"
                : words.Words.Dosage(item.Dosage);
            table.AddRow(
                Tables.Plain((i + 1).ToString(CultureInfo.InvariantCulture)),
                Tables.Plain(words.Words.ExerciseName(exercise), Tables.Bold),
                Tables.Plain(dosage),
                Tables.Plain(words.Category(exercise.Category)),
                Tables.Plain(words.Position(exercise.Position)),
                Tables.Plain(words.EquipmentIds(exercise.Equipment)));
        }

        return new Rows(
            Tables.Plain(words.Say("routine.heading", words.Words.RoutineName(routine), routine.Id, words.Count(routine.Items.Count, "exercise")), Tables.Heading),
            table);
    }
}
