using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Tests;

/// <summary><c>--json</c> prints the library's documents; <c>--routine FILE</c> reads them back.</summary>
public sealed class JsonTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("knee-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Catalog_Json_IsTheLibrarysCatalogDocument()
    {
        var result = await KneeProcess.RunAsync("catalog", "--json");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be(KneeJson.WriteCatalog(RunnersKnee.Catalog));
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("formatVersion").GetInt32().Should().Be(1);
        document.RootElement.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("id").GetString())
            .Should().Equal(RunnersKnee.Catalog.Exercises.Select(e => e.Id));
        KneeJson.ReadCatalog(result.Output).Should().Be(RunnersKnee.Catalog);
    }

    [Fact]
    public async Task Routine_Json_IsTheRoutineDocumentThatReadsBack()
    {
        var result = await KneeProcess.RunAsync("routine", "--json");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be(KneeJson.WriteRoutine(RunnersKnee.Routine));
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("id").GetString().Should().Be("runners-knee");
        document.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("exerciseId").GetString())
            .Should().Equal(RunnersKnee.Routine.Items.Select(i => i.Exercise.Id));
        KneeJson.ReadRoutine(result.Output).Should().Be(RunnersKnee.Routine);
    }

    [Fact]
    public async Task Plan_Json_IsTheSessionPlanDocument()
    {
        var result = await KneeProcess.RunAsync("plan", "--json");

        result.ExitCode.Should().Be(0);
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);
        result.Output.Should().Be(KneeJson.WritePlan(plan));
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("routine").GetString().Should().Be("runners-knee");
        root.GetProperty("totalSeconds").GetInt32().Should().Be(plan.TotalSeconds);
        root.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("startSeconds").GetInt32(), s.GetProperty("cue").GetString()))
            .Should().Equal(plan.Steps.Select(s => (s.StartSeconds, (string?)s.Cue)));
    }

    [Fact]
    public async Task Plan_JsonWithOptions_ReadsBackToTheLibrarysPlan()
    {
        var result = await KneeProcess.RunAsync("plan", "--json", "--equipment", "band,wall", "--minutes", "12", "--right-first");

        result.ExitCode.Should().Be(0);
        var options = new SessionOptions(equipment: EquipmentSet.Parse("band,wall").Value, firstSide: Side.Right);
        var expected = new SessionScheduler(options).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));
        KneeJson.ReadPlan(result.Output).Should().Be(expected);
        JsonDocument.Parse(result.Output).RootElement.GetProperty("timeBudgetSeconds").GetInt32().Should().Be(720);
    }

    [Fact]
    public async Task Schedule_Json_IsTheScheduledSessionsDocument()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2025-03-05", "--back-to-running", "2025-03-11", "--weekly-on", "sat");

        var result = await knee.Knee("schedule", "--json", "--weeks", "3");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        var start = new DateOnly(2025, 3, 5);
        var program = RunnersKnee.ProgramWeeklyOn(DayOfWeek.Saturday);
        var sessions = ProgramScheduler.Default.GetSessions(knee.Enrolment(program), start, start.AddDays(21)).ToList();
        result.Output.Should().Be(KneeJson.WriteScheduledSessions(sessions));
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("sessions").EnumerateArray()
            .Select(s => (s.GetProperty("date").GetString(), s.GetProperty("phase").GetString(), s.GetProperty("estimatedSeconds").GetInt32()))
            .Should().Equal(
                ("2025-03-05", "treatment", 1748), ("2025-03-06", "treatment", 1748), ("2025-03-07", "treatment", 1748),
                ("2025-03-08", "treatment", 1748), ("2025-03-09", "treatment", 1748), ("2025-03-10", "treatment", 1748),
                ("2025-03-11", "treatment", 1748), ("2025-03-15", "prevention", 1748), ("2025-03-22", "prevention", 1748));
        KneeJson.ReadScheduledSessions(result.Output, program).Should().Equal(sessions);
    }

    [Fact]
    public async Task Routine_FileWrittenByRoutineJson_PlansAndRunsLikeTheBuiltIn()
    {
        string path = Path.Combine(_directory, "routine.json");
        await File.WriteAllTextAsync(path, (await KneeProcess.RunAsync("routine", "--json")).Output, TestContext.Current.CancellationToken);

        (await KneeProcess.RunAsync("routine", "--routine", path, "--json")).Output.Should().Be(KneeJson.WriteRoutine(RunnersKnee.Routine));
        (await KneeProcess.RunAsync("plan", "--routine", path)).Output.Should().Be((await KneeProcess.RunAsync("plan")).Output);
        (await KneeProcess.RunAsync("run", "--routine", path, "--speed", "5000", "--no-input", "--minutes", "5")).Output
            .Should().Be((await KneeProcess.RunAsync("run", "--speed", "5000", "--no-input", "--minutes", "5")).Output);
    }

    [Fact]
    public async Task Plan_EditedRoutineFile_PlansTheEditedRoutine()
    {
        var document = JsonNode.Parse(KneeJson.WriteRoutine(RunnersKnee.Routine))!.AsObject();
        document["id"] = "short-knee";
        document["name"] = "Short knee routine";
        var items = document["items"]!.AsArray();
        while (items.Count > 3)
        {
            items.RemoveAt(items.Count - 1);
        }

        items[1]!["dosage"]!["reps"] = 12;
        string path = Path.Combine(_directory, "short.json");
        await File.WriteAllTextAsync(path, document.ToJsonString(), TestContext.Current.CancellationToken);

        var table = await KneeProcess.RunAsync("routine", "--routine", path);
        var json = await KneeProcess.RunAsync("plan", "--routine", path, "--json");

        table.ExitCode.Should().Be(0);
        table.Lines[0].Should().Be("Short knee routine (short-knee): 3 exercises");
        TableText.Rows(table.Lines)[2][2].Should().Be("12 reps per side");
        var routine = KneeJson.ReadRoutineFile(path);
        json.Output.Should().Be(KneeJson.WritePlan(SessionScheduler.Default.Schedule(routine)));
    }

    [Fact]
    public async Task Run_NothingFitsTheEquipment_SaysSoInsteadOfRunning()
    {
        var bandOnly = new Routine("band-only", "Band only", [RunnersKnee.Routine.Items[0]]);
        string path = Path.Combine(_directory, "band-only.json");
        await File.WriteAllTextAsync(path, KneeJson.WriteRoutine(bandOnly), TestContext.Current.CancellationToken);

        var plan = await KneeProcess.RunAsync("plan", "--routine", path, "--equipment", "none");

        plan.ExitCode.Should().Be(0, "a plan that leaves everything out still says why");
        TableText.Rows(plan.Lines, index: 0)[1].Should().Equal(
            "left out", "Standing leg extension", "Left out", "Needs Loop band, which is not on hand, and no variation does without it.");
        await ShouldFail(
            ["run", "--routine", path, "--equipment", "none", "--no-input"],
            "--equipment: every exercise of 'band-only' needs equipment that is not on hand, so there is nothing to run");
    }

    [Fact]
    public async Task Routine_MissingFile_SaysSo()
    {
        string path = Path.Combine(_directory, "missing.json");

        await ShouldFail(["plan", "--routine", path], $"--routine: cannot read '{path}': there is no such file");
        await ShouldFail(["routine", "--routine", Path.Combine(_directory, "no", "such.json")], $"--routine: cannot read '{Path.Combine(_directory, "no", "such.json")}': there is no such file");
        await ShouldFail(["run", "--routine", _directory, "--no-input"], $"--routine: cannot read '{_directory}': it is a directory");
    }

    [Theory]
    [InlineData("{\n  \"formatVersion\": 1,\n  \"id\": \"x\",\n  \"name\": \"X\",\n  \"items\": [ { \"exerciseId\": \"kettlebell-swing\", \"dosage\": { \"kind\": \"repetitions\", \"reps\": 10, \"perSide\": false, \"directions\": 1, \"sets\": 1 } } ]\n}\n", "$.items[0].exerciseId", 5)]
    [InlineData("{ \"formatVersion\": 1,\n  \"id\": ", "$.id", 2)]
    [InlineData("{ \"formatVersion\": 1, \"id\": \"x\", \"name\": \"X\", \"items\": [], \"colour\": \"red\" }", "$.colour", 1)]
    [InlineData("[]", "$", 1)]
    public async Task Routine_InvalidDocument_NamesTheJsonPathLineAndColumn(string json, string jsonPath, int line)
    {
        string path = Path.Combine(_directory, "bad.json");
        await File.WriteAllTextAsync(path, json, TestContext.Current.CancellationToken);
        var expected = Assert.Throws<KneeJsonException>(() => KneeJson.ReadRoutineFile(path));

        expected.Path.Should().Be(jsonPath);
        expected.LineNumber.Should().Be(line);
        string message = char.ToLowerInvariant(expected.Message[0]) + expected.Message[1..];
        message.Should().EndWith($"(at {jsonPath}, line {line}, column {expected.Column})");
        await ShouldFail(["plan", "--routine", path], $"--routine: '{path}': {message}");
        await ShouldFail(["routine", "--json", "--routine", path], $"--routine: '{path}': {message}");
    }

    private static async Task ShouldFail(string[] args, string message)
    {
        var result = await KneeProcess.RunAsync(args);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(message + "\n");
    }
}
