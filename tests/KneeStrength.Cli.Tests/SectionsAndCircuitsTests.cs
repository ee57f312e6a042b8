using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Tests;

/// <summary>
/// Routines beyond a plain list, read with <c>--routine</c>: a warm-up, a circuit and a cool-down shown under their
/// headings with each circuit step's round, in <c>plan</c> and in <c>run</c>; and a routine whose session would last
/// longer than a session may, refused as a usage error.
/// </summary>
public sealed class SectionsAndCircuitsTests : IDisposable
{
    private const int Rounds = 3;

    // Side steps to warm up; clamshells and side planks in turn for three rounds, then two sets of step-ups; a calf stretch.
    private static readonly Routine Sectioned = new(
        "warm-circuit-cool",
        "Warm-up, circuit, cool-down",
        [
            new RoutineSection(RoutineSectionKind.WarmUp, [new RoutineItem(RunnersKnee.SideSteps, Dosage.Repetitions(10, Laterality.PerSide))]),
            new RoutineSection(
                RoutineSectionKind.Main,
                [
                    new Circuit(
                        Rounds,
                        [
                            new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(10, Laterality.PerSide)),
                            new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(20), Laterality.PerSide)),
                        ],
                        restAfterRound: TimeSpan.FromSeconds(60)),
                    new RoutineItem(RunnersKnee.StepUp, Dosage.Repetitions(8, Laterality.PerSide, sets: 2)),
                ]),
            new RoutineSection(RoutineSectionKind.CoolDown, [new RoutineItem(RunnersKnee.StandingCalfStretch, Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide))]),
        ]);

    // Four side planks of 20 holds of 10 minutes on each side: 26 h 40 min of holds alone.
    private static readonly Routine TooLong = new(
        "marathon",
        "Marathon",
        Enumerable.Repeat(new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(600), Laterality.PerSide, sets: 20)), 4));

    private const string TooLongProblem =
        "routine 'marathon' would take 27 h 32 min (99,135 s), longer than the 24 h (86,400 s) a session may last.";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "knee-sections-" + Guid.NewGuid().ToString("N"));

    public SectionsAndCircuitsTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Plan_WarmUpCircuitAndCoolDown_ShowsStepsUnderTheirHeadingsWithTheirRounds()
    {
        string file = Write(Sectioned);

        var result = await KneeProcess.RunAsync("plan", "--routine", file);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        var plan = SessionScheduler.Default.Schedule(Sectioned);
        result.Lines[0].Should().Be("Warm-up, circuit, cool-down (warm-circuit-cool)");
        var rows = TableText.Rows(result.Lines);
        rows[0].Should().Equal("Time", "Exercise", "Side", "Direction", "Reps/hold", "Circuit", "Cue");
        rows.Skip(1).Should().Equal(ExpectedRows(plan), (a, b) => a.SequenceEqual(b));
        rows.Skip(1).Select(r => r[0]).Where(c => !c.Contains(':', StringComparison.Ordinal)).Should().Equal(["Warm-up", "Main", "Cool-down"], "each section has one heading, in order");
        rows.Should().Contain(r => r[4] == "20 s hold" && r[5] == "round 2 of 3", "the second round's side plank says its round");
        result.Lines.Should().Contain($"Total {Expected.Duration(plan.TotalSeconds)}: work 5 min 22 s, holds 3 min, pauses 6 min; 5 exercises in {plan.Steps.Count} steps.");
        result.Lines.Max(line => line.Length).Should().BeLessThanOrEqualTo(120);
    }

    [Fact]
    public async Task Routine_WarmUpCircuitAndCoolDown_ShowsItemsUnderTheirHeadingsAndTheirCircuit()
    {
        var result = await KneeProcess.RunAsync("routine", "--routine", Write(Sectioned));

        result.ExitCode.Should().Be(0, result.Error);
        var cells = result.Lines.Select(line => line.Split('│', StringSplitOptions.TrimEntries)).Where(c => c.Length > 3).ToList();
        cells.Select(c => c[2]).Where(name => name is "Warm-up" or "Main" or "Cool-down").Should().Equal("Warm-up", "Main", "Cool-down");
        cells.Select(c => c[3]).Count(d => d == "in a circuit: 3 rounds, 1 min rest after each").Should().Be(2, "both items of the circuit say so");
        cells.Select(c => c[2]).Should().ContainInOrder("Side steps", "Clamshell", "Side plank", "Step-up", "Standing calf stretch");
    }

    [Fact]
    public async Task Routine_PlainRoutine_HasNoHeadings()
    {
        var result = await KneeProcess.RunAsync("routine");

        result.ExitCode.Should().Be(0, result.Error);
        result.Lines.Should().NotContain(line => line.Contains("Warm-up", StringComparison.Ordinal) || line.Contains("in a circuit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlanJson_WarmUpCircuitAndCoolDown_IsTheLibrarysPlanDocument()
    {
        var result = await KneeProcess.RunAsync("plan", "--routine", Write(Sectioned), "--json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be(KneeJson.WritePlan(SessionScheduler.Default.Schedule(Sectioned)));
        result.Output.Should().Contain("\"section\": \"warmUp\"").And.Contain("\"section\": \"coolDown\"");
    }

    [Fact]
    public async Task Run_WarmUpCircuitAndCoolDown_SaysEachSectionAndEveryCircuitStepsRound()
    {
        var result = await KneeProcess.RunAsync("run", "--routine", Write(Sectioned), "--speed", "5000", "--no-input");

        result.ExitCode.Should().Be(0, result.Error);
        var plan = SessionScheduler.Default.Schedule(Sectioned);
        var expected = new List<string> { $"Warm-up, circuit, cool-down: {Expected.Duration(plan.TotalSeconds)} in {plan.Steps.Count} steps, at 5000x speed." };
        RoutineSectionKind? section = null;
        foreach (var step in plan.Steps)
        {
            if (step.Section != section)
            {
                expected.Add($"{Heading(step.Section)}:");
                section = step.Section;
            }

            string round = Round(plan, step) is { } r ? $" ({r})" : "";
            expected.Add(Expected.RunLine(step, plan.TotalSeconds) + round);
        }

        expected.Add($"Done: all {plan.Steps.Count} steps and 5 exercises in {Expected.Clock(plan.TotalSeconds)}. Well done.");
        result.Lines.Should().Equal(expected);
        result.Lines.Should().Contain(" 5:55  Left side: hold 20 s. (round 2 of 3)");
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("plan", "--minutes", "30")]
    [InlineData("plan", "--json")]
    [InlineData("run", "--no-input")]
    [InlineData("run", "--minutes", "1440", "--speed", "10000")]
    public async Task PlanAndRun_RoutineLongerThanADay_ExitWithCode2AndOneLineNamingTheRoutineAndItsLength(params string[] args)
    {
        string file = Write(TooLong);

        var result = await KneeProcess.RunAsync([.. args, "--routine", file]);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"--routine: '{file}': {TooLongProblem}\n");
    }

    [Fact]
    public async Task PlanFit_RoutineLongerThanADay_WritesNoFile()
    {
        string file = Write(TooLong);
        string fit = Path.Combine(_directory, "today.fit");

        var result = await KneeProcess.RunAsync("plan", "--routine", file, "--fit", fit);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"--routine: '{file}': {TooLongProblem}\n");
        Directory.GetFiles(_directory).Should().Equal([file], "nothing is written, not even a temporary file");
    }

    [Fact]
    public async Task Plan_RoutineFileNameThatNeedsEscaping_IsQuotedSafely()
    {
        // A routine id is a slug, so the one outside text that can hold anything is the file's name.
        string file = Write(TooLong, "long\u001b[31m.json");

        var result = await KneeProcess.RunAsync("plan", "--routine", file);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"--routine: '{file.Replace("\u001b", "\\u001B", StringComparison.Ordinal)}': {TooLongProblem}\n");
        result.Error.Should().NotContain("\u001b");
    }

    private static List<string[]> ExpectedRows(SessionPlan plan)
    {
        var rows = new List<string[]>();
        string? previous = null;
        RoutineSectionKind? section = null;
        foreach (var step in plan.Steps)
        {
            if (step.Section != section)
            {
                rows.Add([Heading(step.Section), "", "", "", "", "", ""]);
                section = step.Section;
                previous = null;
            }

            string name = step.ExerciseName ?? "";
            rows.Add([
                Expected.TimeSpan(step, plan.TotalSeconds),
                name == previous ? "" : name,
                Expected.Side(step.Side),
                step.Direction?.Replace('-', ' ') ?? "",
                Expected.Amount(step),
                Round(plan, step) ?? "",
                step.Cue,
            ]);
            previous = name;
        }

        return rows;
    }

    private static string Heading(RoutineSectionKind kind) => kind switch
    {
        RoutineSectionKind.WarmUp => "Warm-up",
        RoutineSectionKind.CoolDown => "Cool-down",
        _ => "Main",
    };

    // The routine's circuit has all its rounds here (no budget): a circuit's step is in, or leads into, round Set of 3.
    private static string? Round(SessionPlan plan, TimedStep step) =>
        plan.Routine.CircuitOf(step.ItemIndex) is not null ? $"round {step.Set} of {Rounds}" : null;

    private string Write(Routine routine, string name = "routine.json")
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, KneeJson.WriteRoutine(routine));
        return path;
    }
}
