using System.Collections.Generic;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KneeStrength.Cli.Views;

/// <summary>The built-in exercises as a table: name and id, category, equipment, the routine's dosage, variations.</summary>
internal static class CatalogView
{
    public static IRenderable Render(ExerciseCatalog catalog, Routine dosages, CliText words)
    {
        var table = Tables.Create(words["column.exercise"], words["column.category"], words["column.equipment"], words["column.dosage"], words["column.variations"]);
        table.ShowRowSeparators = true;
        foreach (var exercise in catalog.Exercises)
        {
            table.AddRow(
                new Rows(Tables.Plain(words.Words.ExerciseName(exercise), Tables.Bold), Tables.Plain(exercise.Id, Tables.Dim)),
                Tables.Plain(words.Category(exercise.Category)),
                Tables.Plain(words.EquipmentIds(exercise.Equipment)),
                Tables.Plain(DosageOf(exercise, dosages, words)),
                Tables.Plain(Variations(exercise, words)));
        }

        return new Rows(
            Tables.Plain(words.Say("catalog.heading", catalog.Exercises.Count, dosages.Id), Tables.Heading),
            table);
    }

    private static string DosageOf(Exercise exercise, Routine routine, CliText words)
    {
        foreach (var item in routine.Items)
        {
            if (item.Exercise.Id == exercise.Id)
            {
                return words.Words.Dosage(item.Dosage);
            }
        }

        return string.Empty;
    }

    private static string Variations(Exercise exercise, CliText words)
    {
        var lines = new List<string>(exercise.Variations.Count);
        foreach (var variation in exercise.Variations)
        {
            lines.Add($"{words.Words.VariationName(exercise, variation)} ({words.EquipmentIds(variation.Equipment)})");
        }

        return string.Join('\n', lines);
    }
}
