using System.Linq;
using System.Threading.Tasks;
using KneeStrength.Catalog;

namespace KneeStrength.Cli.Tests;

public class CatalogCommandTests
{
    [Fact]
    public async Task Catalog_Table_ListsEveryBuiltInExerciseInOrder()
    {
        var result = await KneeProcess.RunAsync("catalog");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Lines[0].Should().Be("Built-in exercises: 14, with the dosage of the routine 'runners-knee'");
        var rows = TableText.Rows(result.Lines);
        rows[0].Should().Equal("Exercise", "Category", "Equipment", "Dosage", "Variations");
        var expected = RunnersKnee.Catalog.Exercises.Select(e => new[]
        {
            $"{e.Name} {e.Id}",
            e.Category.ToString().ToLowerInvariant(),
            e.Equipment.Count == 0 ? "none" : string.Join(", ", e.Equipment.Select(q => q.Id)),
            RunnersKnee.Routine.Items.Single(i => i.Exercise.Id == e.Id).Dosage.ToString(),
            string.Join(" ", e.Variations.Select(v => $"{v.Name} ({(v.Equipment.Count == 0 ? "none" : string.Join(", ", v.Equipment.Select(q => q.Id)))})")),
        }).ToList();
        rows.Skip(1).Should().Equal(expected, (a, b) => a.SequenceEqual(b));
    }

    [Fact]
    public async Task Catalog_Variations_NameTheirEquipment()
    {
        var result = await KneeProcess.RunAsync("catalog");

        var bosu = TableText.Rows(result.Lines).Single(r => r[0].StartsWith("Bosu ball squat", System.StringComparison.Ordinal));
        bosu.Should().Equal("Bosu ball squat bosu-ball-squat", "balance", "bosu", "20 reps", "Bosu ball squat, flat side up (bosu) Squat (none)");
    }
}
