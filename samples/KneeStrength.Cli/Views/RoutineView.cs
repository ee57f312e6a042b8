using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KneeStrength.Cli.Views;

/// <summary>A routine as a table: its items in order with dosage, category, position and equipment.</summary>
internal static class RoutineView
{
    public static IRenderable Render(Routine routine)
    {
        var table = Tables.Create("#", "Exercise", "Dosage", "Category", "Position", "Equipment");
        table.Columns[0].RightAligned();
        for (int i = 0; i < routine.Items.Count; i++)
        {
            var item = routine.Items[i];
            var exercise = item.Exercise;
            table.AddRow(
                Tables.Plain((i + 1).ToString(CultureInfo.InvariantCulture)),
                Tables.Plain(exercise.Name, Tables.Bold),
                Tables.Plain(item.Dosage.ToString()),
                Tables.Plain(Words.Category(exercise.Category)),
                Tables.Plain(Words.Position(exercise.Position)),
                Tables.Plain(Words.EquipmentIds(exercise.Equipment)));
        }

        return new Rows(
            Tables.Plain($"{routine.Name} ({routine.Id}): {Words.Count(routine.Items.Count, "exercise")}", Tables.Heading),
            table);
    }
}
