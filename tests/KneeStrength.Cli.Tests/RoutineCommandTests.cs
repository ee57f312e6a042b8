using System.Linq;
using System.Threading.Tasks;
using KneeStrength.Catalog;

namespace KneeStrength.Cli.Tests;

public class RoutineCommandTests
{
    [Fact]
    public async Task Routine_Table_ListsTheItemsInOrderWithDosage()
    {
        var result = await KneeProcess.RunAsync("routine");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Lines[0].Should().Be("Knee strengthening for runners (runners-knee): 14 exercises");
        var rows = TableText.Rows(result.Lines);
        rows[0].Should().Equal("#", "Exercise", "Dosage", "Category", "Position", "Equipment");
        rows.Skip(1).Select(r => (r[0], r[1], r[2])).Should().Equal(
            RunnersKnee.Routine.Items.Select((item, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), item.Exercise.Name, item.Dosage.ToString())));
    }

    [Fact]
    public async Task Routine_Rows_SayPositionAndEquipmentInWords()
    {
        var result = await KneeProcess.RunAsync("routine");

        var rows = TableText.Rows(result.Lines).Skip(1).ToList();
        rows[0].Should().Equal("1", "Standing leg extension", "10 reps per leg in each of 4 directions", "strength", "standing", "band");
        rows[2].Should().Equal("3", "Side leg raise", "20 reps per side", "strength", "on your side", "none");
        rows[3].Should().Equal("4", "Forward leg raise", "20 reps per side", "strength", "on your back", "none");
        rows[6].Should().Equal("7", "Single-leg hop", "20 reps per side", "plyometric", "standing", "none");
        rows[7].Should().Equal("8", "Step-up", "20 reps per side", "strength", "on a step", "step");
        rows[9].Should().Equal("10", "Bosu ball squat", "20 reps", "balance", "on a Bosu", "bosu");
        rows[13].Should().Equal("14", "Seated hamstring stretch", "30 s hold per side", "stretch", "seated", "none");
    }
}
