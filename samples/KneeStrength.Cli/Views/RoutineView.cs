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
    public static IRenderable Render(Routine routine)
    {
        var table = Tables.Create("#", "Exercise", "Dosage", "Category", "Position", "Equipment");
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
                table.AddRow(Tables.Plain(string.Empty), Tables.Plain(Words.Section(section.Value), Tables.Heading));
            }

            string dosage = routine.CircuitOf(i) is { } circuit
                ? $"{item.Dosage}\n{Words.InCircuit(circuit)}"
                : item.Dosage.ToString();
            table.AddRow(
                Tables.Plain((i + 1).ToString(CultureInfo.InvariantCulture)),
                Tables.Plain(exercise.Name, Tables.Bold),
                Tables.Plain(dosage),
                Tables.Plain(Words.Category(exercise.Category)),
                Tables.Plain(Words.Position(exercise.Position)),
                Tables.Plain(Words.EquipmentIds(exercise.Equipment)));
        }

        return new Rows(
            Tables.Plain($"{routine.Name} ({routine.Id}): {Words.Count(routine.Items.Count, "exercise")}", Tables.Heading),
            table);
    }
}
