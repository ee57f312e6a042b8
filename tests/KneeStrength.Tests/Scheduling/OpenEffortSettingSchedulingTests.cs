using System;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;

namespace KneeStrength.Tests.Scheduling;

public class OpenEffortSettingSchedulingTests
{
    private static readonly Dosage RedBand = Dosage.Repetitions(10, Laterality.PerSide).WithSetting(EquipmentSetting.Band(BandResistance.Medium, "red"));

    private static Routine Of(params RoutineItem[] items) => new("extras", "Extras", items);

    [Fact]
    public void Schedule_OpenHold_MarksOnlyItsHoldStepsAndPlansTheExpectedTime()
    {
        var plan = SessionScheduler.Default.Schedule(Of(new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(45), Laterality.PerSide).WithOpen(true))));

        var holds = plan.Steps.Where(s => s.Kind == StepKind.Hold).ToList();
        holds.Should().HaveCount(2).And.OnlyContain(s => s.IsOpen && s.DurationSeconds == 45);
        plan.Steps.Where(s => s.Kind != StepKind.Hold).Should().OnlyContain(s => !s.IsOpen);
        holds[0].Cue.Should().Be("Left side: hold as long as you can, about 45 s.");
    }

    [Fact]
    public void Schedule_OpenRepetitionsWithEffort_CuesBoth()
    {
        var dosage = Dosage.Repetitions(12, Laterality.PerSide).WithOpen(true).WithEffort(Effort.Rpe(7));

        var plan = SessionScheduler.Default.Schedule(Of(new RoutineItem(RunnersKnee.SideLegRaise, dosage)));

        var work = plan.Steps.First(s => s.Kind == StepKind.Work);
        work.IsOpen.Should().BeTrue();
        work.Effort.Should().Be(Effort.Rpe(7));
        work.Repetitions.Should().Be(12);
        work.Cue.Should().Be("Left side: as many slow reps as you can, about 12. Aim for RPE 7 of 10.");
    }

    [Fact]
    public void Schedule_RepsInReserve_CuesWhereToStop()
    {
        var plan = SessionScheduler.Default.Schedule(Of(new RoutineItem(RunnersKnee.StepUp, Dosage.Repetitions(8, Laterality.PerSide).WithEffort(Effort.RepsInReserve(2)))));

        plan.Steps.First(s => s.Kind == StepKind.Work).Cue.Should().EndWith(" Stop with 2 reps in reserve.");
    }

    [Fact]
    public void Schedule_BandSetting_IsCarriedAndSaidWhenSettingUp()
    {
        var plan = SessionScheduler.Default.Schedule(Of(new RoutineItem(RunnersKnee.SideSteps, RedBand)));

        plan.Steps.Should().OnlyContain(s => s.Setting == EquipmentSetting.Band(BandResistance.Medium, "red"));
        plan.Steps.First(s => s.Kind == StepKind.Setup).Cue.Should().Be("Set up for Side steps: Loop band (medium, red), stand up.");
    }

    [Fact]
    public void Schedule_StepHeight_SaidWhenSettingUp()
    {
        var dosage = Dosage.Repetitions(10, Laterality.PerSide).WithSetting(EquipmentSetting.StepHeight(20));

        var plan = SessionScheduler.Default.Schedule(Of(new RoutineItem(RunnersKnee.StepUp, dosage)));

        plan.Steps.First(s => s.Kind == StepKind.Setup).Cue.Should().Contain("Step (20 cm high)");
    }

    [Fact]
    public void Schedule_VariationWithoutTheBand_DropsTheSettingAndTheSubstitutionSaysSo()
    {
        var scheduler = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.None));

        var plan = scheduler.Schedule(Of(new RoutineItem(RunnersKnee.SideSteps, RedBand)));

        plan.Steps.Should().OnlyContain(s => s.Setting == null);
        plan.Substitutions.Should().ContainSingle().Which.Reason.Should().EndWith(" The medium (red) band is not used.");
    }

    [Fact]
    public void WritePlan_ThenRead_KeepsOpenEffortAndSetting()
    {
        var routine = Of(
            new RoutineItem(RunnersKnee.SideSteps, RedBand.WithEffort(Effort.Rpe(6))),
            new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide, sets: 2).WithOpen(true)));
        var plan = SessionScheduler.Default.Schedule(routine);

        string json = KneeJson.WritePlan(plan);
        var read = KneeJson.ReadPlan(json, [routine]);

        read.Steps.Should().Equal(plan.Steps);
        json.Should().Contain("\"open\": true");
        KneeJson.ReadRoutine(KneeJson.WriteRoutine(routine)).Should().Be(routine);
    }

    [Fact]
    public void ReadPlan_OpenOnAStepThatIsNot_FailsAtItsPath()
    {
        var routine = Of(new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide)));
        string json = KneeJson.WritePlan(SessionScheduler.Default.Schedule(routine));
        int at = json.IndexOf("\"kind\": \"getReady\",", StringComparison.Ordinal);
        string broken = json.Insert(at, "\"open\": true, ");

        FluentActions.Invoking(() => KneeJson.ReadPlan(broken, [routine])).Should().Throw<KneeJsonException>()
            .Which.Path.Should().Be("$.steps[0].open");
    }
}

public class ActivitySchedulingTests
{
    private static readonly Exercise Cycling = new(
        "easy-cycling", "Easy cycling", ExerciseCategory.Activity, BodyPosition.SeatedOnChair, isPerSide: false, null, ["Pedal at an easy pace you could talk at."]);

    [Fact]
    public void Schedule_WarmUpActivity_IsOneTimedStepSaidAsTheActivity()
    {
        var routine = new Routine("warm", "Warm", [
            new RoutineSection(RoutineSectionKind.WarmUp, [new RoutineItem(Cycling, Dosage.Hold(TimeSpan.FromMinutes(5)))]),
            new RoutineSection(RoutineSectionKind.Main, [new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(10, Laterality.PerSide))]),
        ]);

        var plan = SessionScheduler.Default.Schedule(routine);

        var hold = plan.Steps.Single(s => s.Kind == StepKind.Hold);
        hold.Section.Should().Be(RoutineSectionKind.WarmUp);
        hold.DurationSeconds.Should().Be(300);
        hold.Cue.Should().Be("Easy cycling for 5 min.");
        KneeJson.ReadRoutine(KneeJson.WriteRoutine(routine)).Should().Be(routine);
    }

    [Fact]
    public void Schedule_TightBudget_LeavesTheActivityOutFirst()
    {
        var routine = new Routine("warm", "Warm", [
            new RoutineSection(RoutineSectionKind.WarmUp, [new RoutineItem(Cycling, Dosage.Hold(TimeSpan.FromMinutes(10)))]),
            new RoutineSection(RoutineSectionKind.Main, [new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(10, Laterality.PerSide))]),
        ]);

        var plan = SessionScheduler.Default.Schedule(routine, TimeSpan.FromMinutes(3));

        plan.Steps.Should().NotContain(s => s.Exercise == Cycling);
        plan.Adjustments.Should().Contain(a => a.Exercise == Cycling && a.Change == "Left out");
    }
}

public class SchedulerMemoTests
{
    [Fact]
    public void Schedule_OneRoutineBySchedulersTakingTurns_EachPlansWithItsOwnOptions()
    {
        var routine = new Routine("memo", "Memo", RunnersKnee.Routine.Items);
        var all = new SessionScheduler();
        var none = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.None));
        var fresh = new[] { SessionScheduler.Default.Schedule(new Routine("memo", "Memo", RunnersKnee.Routine.Items)), none.Schedule(new Routine("memo", "Memo", RunnersKnee.Routine.Items)) };

        for (int turn = 0; turn < 4; turn++)
        {
            all.Schedule(routine).Should().Be(fresh[0]);
            none.Schedule(routine).Should().Be(fresh[1]);
            none.MinimumDuration(routine).Should().Be(none.MinimumDuration(new Routine("memo", "Memo", RunnersKnee.Routine.Items)));
        }

        fresh[0].Should().NotBe(fresh[1], "the two schedulers' options give different plans");
    }

    [Fact]
    public void Schedule_SameRoutineAgainOnManyThreads_GivesEqualPlans()
    {
        var routine = new Routine("memo", "Memo", RunnersKnee.Routine.Items);
        var schedulers = new[] { new SessionScheduler(), new SessionScheduler(new SessionOptions(firstSide: Side.Right)) };
        var expected = schedulers.Select(s => s.Schedule(new Routine("memo", "Memo", RunnersKnee.Routine.Items))).ToArray();

        System.Threading.Tasks.Parallel.For(0, 2_000, i => schedulers[i % 2].Schedule(routine).Should().Be(expected[i % 2]));
    }

    [Fact]
    public void Schedule_FullAndBudgetedInTurn_EachEqualsAFreshRoutinesPlan()
    {
        // The full plan's steps are kept once written; budgeted plans of the same routine are written anew.
        var routine = new Routine("memo", "Memo", RunnersKnee.Routine.Items);
        var budget = TimeSpan.FromMinutes(10);
        var full = SessionScheduler.Default.Schedule(new Routine("memo", "Memo", RunnersKnee.Routine.Items));
        var fitted = SessionScheduler.Default.Schedule(new Routine("memo", "Memo", RunnersKnee.Routine.Items), budget);
        full.Should().NotBe(fitted);

        for (int turn = 0; turn < 3; turn++)
        {
            var again = SessionScheduler.Default.Schedule(routine);
            again.Should().Be(full);
            again.Steps.Should().Equal(full.Steps);
            SessionScheduler.Default.Schedule(routine, budget).Should().Be(fitted);
        }
    }
}
