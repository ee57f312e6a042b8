using System;
using System.Linq;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Tests;

public class RunCommandTests
{
    [Fact]
    public async Task Run_NoInputAtSpeed1000_WalksEveryStepInOrderAndFinishes()
    {
        var result = await KneeProcess.RunAsync("run", "--speed", "1000", "--no-input");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);
        result.Lines.Should().Equal(
            [
                "Knee strengthening for runners: 29 min 8 s in 76 steps, at 1000x speed.",
                .. plan.Steps.Select(step => Expected.RunLine(step, plan.TotalSeconds)),
                "Done: all 76 steps and 14 exercises in 29:08. Well done.",
            ]);
    }

    [Fact]
    public async Task Run_WithPlanOptions_WalksThatPlan()
    {
        var result = await KneeProcess.RunAsync("run", "--equipment", "none", "--minutes", "10", "--right-first", "--speed", "2000", "--no-input");

        result.ExitCode.Should().Be(0);
        var options = new SessionOptions(equipment: EquipmentSet.None, firstSide: Side.Right);
        var plan = new SessionScheduler(options).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(10));
        int exercises = plan.Steps.Select(s => s.ItemIndex).Distinct().Count();
        result.Lines.Should().Equal(
            [
                $"Knee strengthening for runners: {Expected.Duration(plan.TotalSeconds)} in {plan.Steps.Count} steps, at 2000x speed.",
                .. plan.Steps.Select(step => Expected.RunLine(step, plan.TotalSeconds)),
                $"Done: all {plan.Steps.Count} steps and {exercises} exercises in {Expected.Clock(plan.TotalSeconds)}. Well done.",
            ]);
        result.Lines[1].Should().Be("0:00  Get ready: Side steps without a band first.");
    }

    [Fact]
    public async Task Run_RedirectedOutputWithoutNoInput_StillPrintsLines()
    {
        var result = await KneeProcess.RunAsync("run", "--speed", "5000", "--minutes", "5");

        result.ExitCode.Should().Be(0);
        result.Lines[0].Should().EndWith("at 5000x speed.", "standard input is not a terminal, so no keys are offered");
        result.Lines[^1].Should().StartWith("Done: all ");
        result.Output.Should().NotContain("\u001b");
    }
}
