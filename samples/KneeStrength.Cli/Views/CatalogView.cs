using System.Collections.Generic;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KneeStrength.Cli.Views;

/// <summary>The built-in exercises as a table: name and id, category, equipment, the routine's dosage, variations.</summary>
internal static class CatalogView
{
    public static IRenderable Render(ExerciseCatalog catalog, Routine dosages)
    {
        var table = Tables.Create("Exercise", "Category", "Equipment", "Dosage", "Variations");
        table.ShowRowSeparators = true;
        foreach (var exercise in catalog.Exercises)
        {
            table.AddRow(
                new Rows(Tables.Plain(exercise.Name, Tables.Bold), Tables.Plain(exercise.Id, Tables.Dim)),
                Tables.Plain(Words.Category(exercise.Category)),
                Tables.Plain(Words.EquipmentIds(exercise.Equipment)),
                Tables.Plain(DosageOf(exercise, dosages)),
                Tables.Plain(Variations(exercise)));
        }

        return new Rows(
            Tables.Plain($"Built-in exercises: {catalog.Exercises.Count}, with the dosage of the routine '{dosages.Id}'", Tables.Heading),
            table);
    }

    private static string DosageOf(Exercise exercise, Routine routine)
    {
        foreach (var item in routine.Items)
        {
            if (item.Exercise.Id == exercise.Id)
            {
                return item.Dosage.ToString();
            }
        }

        return string.Empty;
    }

    private static string Variations(Exercise exercise)
    {
        var lines = new List<string>(exercise.Variations.Count);
        foreach (var variation in exercise.Variations)
        {
            lines.Add($"{variation.Name} ({Words.EquipmentIds(variation.Equipment)})");
        }

        return string.Join('\n', lines);
    }
}
