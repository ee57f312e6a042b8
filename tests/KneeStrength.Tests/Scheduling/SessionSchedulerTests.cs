using System;
using System.Collections.Generic;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests.Scheduling;

public class SessionSchedulerTests
{
    private static readonly Exercise Squat = new(
        "squat", "Squat", ExerciseCategory.Strength, BodyPosition.Standing, isPerSide: false, TimeSpan.FromSeconds(3), ["Sit back."]);

    private static readonly Exercise Lunge = new(
        "lunge", "Lunge", ExerciseCategory.Strength, BodyPosition.Standing, isPerSide: true, TimeSpan.FromSeconds(2.5), ["Step long."]);

    private static readonly Exercise Reach = new(
        "reach", "Reach", ExerciseCategory.Balance, BodyPosition.Standing, isPerSide: true, TimeSpan.FromSeconds(2), ["Reach."],
        directions: ["front", "side"]);

    private static readonly Exercise Plank = new(
        "plank", "Side plank", ExerciseCategory.Strength, BodyPosition.SideLying, isPerSide: true, TimeSpan.FromSeconds(3), ["Hips up."]);

    private static Routine RoutineOf(params RoutineItem[] items) => new("test", "Test", items);

    /// <summary>A compact text of a step: kind, start, duration, side, direction, set, amount.</summary>
    private static string Describe(TimedStep s) =>
        $"{s.Kind} {s.StartSeconds}+{s.DurationSeconds}" +
        (s.Side is Side side ? $" {side}" : string.Empty) +
        (s.Direction is string d ? $" {d}" : string.Empty) +
        (s.Kind is StepKind.Work or StepKind.Hold or StepKind.Rest ? $" set{s.Set}" : string.Empty) +
        (s.Kind == StepKind.Work ? $" x{s.Repetitions}" : s.Kind == StepKind.Hold ? $" {s.HoldTime.TotalSeconds}s" : string.Empty);

    public static TheoryData<string, RoutineItem[], string[]> ExpansionCases => new()
    {
        {
            "bilateral reps: get ready, then reps x tempo",
            [new(Squat, Dosage.Repetitions(10))],
            ["GetReady 0+10", "Work 10+30 set1 x10"]
        },
        {
            "per side: all of the left, switch, then the right",
            [new(Lunge, Dosage.Repetitions(5, Laterality.PerSide))],
            ["GetReady 0+10", "Work 10+13 Left set1 x5", "SwitchSide 23+5 Right", "Work 28+13 Right set1 x5"]
        },
        {
            "directions: every direction on one leg, then the other leg",
            [new(Reach, Dosage.Repetitions(3, Laterality.PerSide, directions: 2))],
            [
                "GetReady 0+10", "Work 10+6 Left front set1 x3", "ChangeDirection 16+5 Left side", "Work 21+6 Left side set1 x3",
                "SwitchSide 27+5 Right front", "Work 32+6 Right front set1 x3", "ChangeDirection 38+5 Right side", "Work 43+6 Right side set1 x3",
            ]
        },
        {
            "sets: rest between them, default 30 s",
            [new(Squat, Dosage.Repetitions(2, sets: 3))],
            ["GetReady 0+10", "Work 10+6 set1 x2", "Rest 16+30 set2", "Work 46+6 set2 x2", "Rest 52+30 set3", "Work 82+6 set3 x2"]
        },
        {
            "the dosage's own rest wins over the pacing's",
            [new(Squat, Dosage.Repetitions(2, sets: 2, restBetweenSets: TimeSpan.FromSeconds(45)))],
            ["GetReady 0+10", "Work 10+6 set1 x2", "Rest 16+45 set2", "Work 61+6 set2 x2"]
        },
        {
            "holds: one step per side per set; lying switch takes 10 s; side-lying start needs setup",
            [new(Plank, Dosage.Hold(TimeSpan.FromSeconds(20), Laterality.PerSide, sets: 2))],
            [
                "GetReady 0+10", "Setup 10+15", "Hold 25+20 Left set1 20s", "SwitchSide 45+10 Right", "Hold 55+20 Right set1 20s",
                "Rest 75+30 Left set2", "Hold 105+20 Left set2 20s", "SwitchSide 125+10 Right", "Hold 135+20 Right set2 20s",
            ]
        },
        {
            "transition between exercises; setup only when position or equipment changes",
            [new(Squat, Dosage.Repetitions(1)), new(Squat, Dosage.Repetitions(1)), new(Plank, Dosage.Hold(TimeSpan.FromSeconds(5), Laterality.PerSide))],
            [
                "GetReady 0+10", "Work 10+3 set1 x1", "Transition 13+10", "Work 23+3 set1 x1", "Transition 26+10", "Setup 36+15",
                "Hold 51+5 Left set1 5s", "SwitchSide 56+10 Right", "Hold 66+5 Right set1 5s",
            ]
        },
        {
            "work rounds up to whole seconds: 3 x 2.5 s = 7.5 s -> 8 s",
            [new(Lunge, Dosage.Repetitions(3, Laterality.PerSide))],
            ["GetReady 0+10", "Work 10+8 Left set1 x3", "SwitchSide 18+5 Right", "Work 23+8 Right set1 x3"]
        },
    };

    [Theory]
    [MemberData(nameof(ExpansionCases))]
    public void Schedule_SmallRoutine_ExpandsToExactSteps(string rule, RoutineItem[] items, string[] expected)
    {
        var plan = SessionScheduler.Default.Schedule(RoutineOf(items));

        plan.Steps.Select(Describe).Should().Equal(expected, rule);
        plan.TotalSeconds.Should().Be(plan.Steps.Sum(s => s.DurationSeconds));
    }

    [Fact]
    public void Schedule_RightFirst_StartsEachSetOnTheRight()
    {
        var scheduler = new SessionScheduler(new SessionOptions(firstSide: Side.Right));

        var plan = scheduler.Schedule(RoutineOf(new RoutineItem(Lunge, Dosage.Repetitions(5, Laterality.PerSide))));

        plan.Steps.Select(Describe).Should().Equal("GetReady 0+10", "Work 10+13 Right set1 x5", "SwitchSide 23+5 Left", "Work 28+13 Left set1 x5");
    }

    [Fact]
    public void Schedule_ZeroPauses_ProduceNoSteps()
    {
        var pacing = new Pacing(leadIn: TimeSpan.Zero, switchSideStanding: TimeSpan.Zero, transition: TimeSpan.Zero, setup: TimeSpan.Zero);
        var scheduler = new SessionScheduler(new SessionOptions(pacing));

        var plan = scheduler.Schedule(RoutineOf(new RoutineItem(Lunge, Dosage.Repetitions(2, Laterality.PerSide)), new RoutineItem(Plank, Dosage.Hold(TimeSpan.FromSeconds(3), Laterality.PerSide))));

        plan.Steps.Select(Describe).Should().Equal(
            "Work 0+5 Left set1 x2", "Work 5+5 Right set1 x2", "Hold 10+3 Left set1 3s", "SwitchSide 13+10 Right", "Hold 23+3 Right set1 3s");
    }

    [Fact]
    public void Schedule_TempoOverrides_PerExerciseWinsOverGlobal()
    {
        var pacing = new Pacing(tempo: TimeSpan.FromSeconds(1), tempoByExercise: [new("squat", TimeSpan.FromSeconds(4))]);
        var scheduler = new SessionScheduler(new SessionOptions(pacing));

        var plan = scheduler.Schedule(RoutineOf(new RoutineItem(Squat, Dosage.Repetitions(10)), new RoutineItem(Lunge, Dosage.Repetitions(10, Laterality.PerSide))));

        plan.Steps.Where(s => s.Kind == StepKind.Work).Select(s => s.DurationSeconds).Should().Equal(40, 10, 10);
    }

    [Fact]
    public void Schedule_Cues_SayWhatACoachWould()
    {
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);

        plan.Steps.Take(5).Select(s => s.Cue).Should().Equal(
            "Get ready: Standing leg extension first.",
            "Set up for Standing leg extension: Loop band, stand up.",
            "Left leg, forward: 10 slow reps.",
            "Turn 45 degrees: forward diagonal next.",
            "Left leg, forward diagonal: 10 slow reps.");
        plan.Steps.Single(s => s.Kind == StepKind.Hold && s.Exercise == RunnersKnee.SidePlank && s.Side == Side.Right).Cue
            .Should().Be("Right side: hold 30 s.");
        plan.Steps.First(s => s.Kind == StepKind.Transition).Cue.Should().Be("Next up: Side steps.");
    }

    [Fact]
    public void Schedule_RunnersKnee_EverySeedDosageBecomesTheRightSymmetricSteps()
    {
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);

        plan.Substitutions.Should().BeEmpty();
        plan.Omissions.Should().BeEmpty();
        foreach (var (item, index) in RunnersKnee.Routine.Items.Select((item, index) => (item, index)))
        {
            var work = plan.Steps.Where(s => s.ItemIndex == index && s.Kind is StepKind.Work or StepKind.Hold).ToList();
            int directions = Math.Max(1, item.Exercise.Directions.Count);
            if (item.Dosage.IsPerSide)
            {
                work.Should().HaveCount(2 * directions, item.Exercise.Id);
                var left = work.Where(s => s.Side == Side.Left).ToList();
                var right = work.Where(s => s.Side == Side.Right).ToList();
                left.Select(s => (s.Direction, s.Repetitions, s.HoldTime, s.DurationSeconds))
                    .Should().Equal(right.Select(s => (s.Direction, s.Repetitions, s.HoldTime, s.DurationSeconds)), item.Exercise.Id);
                work.Take(directions).Should().OnlyContain(s => s.Side == Side.Left, "all of one side comes first");
            }
            else
            {
                work.Should().ContainSingle(item.Exercise.Id).Which.Side.Should().BeNull();
            }

            work.Should().OnlyContain(
                s => item.Dosage.Kind == DosageKind.Hold
                    ? s.Kind == StepKind.Hold && s.HoldTime == item.Dosage.HoldTime
                    : s.Kind == StepKind.Work && s.Repetitions == item.Dosage.RepetitionCount,
                item.Exercise.Id);
        }

        plan.Steps.Count(s => s.Kind == StepKind.ChangeDirection).Should().Be(6, "four directions per leg on two legs");
        plan.TotalSeconds.Should().Be(1748);
    }

    public static TheoryData<string, string[], string[], string[]> EquipmentCases => new()
    {
        { "all", [], [], [] },
        { "band,step,wall", ["bosu-ball-squat:plain-squat"], [], [] },
        { "bosu,step,wall", ["side-steps:no-band"], ["standing-leg-extension"], [] },
        {
            "none",
            ["side-steps:no-band", "bosu-ball-squat:plain-squat"],
            ["standing-leg-extension", "step-up", "hip-dip", "standing-calf-stretch", "standing-achilles-stretch"],
            []
        },
    };

    [Theory]
    [MemberData(nameof(EquipmentCases))]
    public void Schedule_EquipmentOnHand_SubstitutesOrOmitsAndSaysWhy(string onHand, string[] substituted, string[] omitted, string[] unused)
    {
        _ = unused;
        var scheduler = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse(onHand).Value));

        var plan = scheduler.Schedule(RunnersKnee.Routine);

        plan.Substitutions.Select(s => $"{s.Exercise.Id}:{s.Variation.Id}").Should().Equal(substituted);
        plan.Omissions.Select(o => o.Exercise.Id).Should().Equal(omitted);
        plan.Steps.Where(s => s.Exercise is not null).Select(s => s.Exercise!.Id).Should().NotIntersectWith(omitted);
        foreach (var substitution in plan.Substitutions)
        {
            substitution.Reason.Should().Be(substitution.Variation.Reason);
            plan.Steps.Where(s => s.Exercise == substitution.Exercise).Should().OnlyContain(s => s.Variation == substitution.Variation);
        }
    }

    [Fact]
    public void Schedule_NoBand_OmissionReasonNamesTheMissingEquipment()
    {
        var scheduler = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.None));

        var plan = scheduler.Schedule(RunnersKnee.Routine);

        plan.Omissions[0].Reason.Should().Be("Needs Loop band, which is not on hand, and no variation does without it.");
        plan.Steps.Single(s => s.Kind == StepKind.Transition && s.Exercise == RunnersKnee.BosuBallSquat).Cue.Should().Be("Next up: Squat.");
    }

    [Fact]
    public void Schedule_EverythingOmitted_GivesAnEmptyPlan()
    {
        var scheduler = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.None));

        var plan = scheduler.Schedule(RoutineOf(new RoutineItem(RunnersKnee.StepUp, Dosage.Repetitions(5, Laterality.PerSide))));

        plan.Steps.Should().BeEmpty();
        plan.TotalDuration.Should().Be(TimeSpan.Zero);
        plan.Omissions.Should().ContainSingle();
    }

    [Fact]
    public void Schedule_BudgetAlreadyMet_ChangesNothing()
    {
        var full = SessionScheduler.Default.Schedule(RunnersKnee.Routine);

        var fitted = SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(30));

        fitted.Steps.Should().Equal(full.Steps);
        fitted.Adjustments.Should().BeEmpty();
        fitted.TimeBudget.Should().Be(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void Schedule_BudgetSlightlyShort_OnlyShortensPausesByTheSmallestShareThatFits()
    {
        var routine = RoutineOf(new RoutineItem(Squat, Dosage.Repetitions(10)), new RoutineItem(Plank, Dosage.Hold(TimeSpan.FromSeconds(20), Laterality.PerSide)));
        // Full: lead-in 10 + work 30 + transition 10 + setup 15 + 20 + switch 10 + 20 = 115 s.
        var plan = SessionScheduler.Default.Schedule(routine, TimeSpan.FromSeconds(105));

        // Cuts move in whole percent and whole seconds: 55% saves 9 s, 60% saves 12 s.
        plan.TotalSeconds.Should().Be(103);
        plan.Steps.Select(Describe).Should().Equal(
            "GetReady 0+7", "Work 7+30 set1 x10", "Transition 37+7", "Setup 44+9", "Hold 53+20 Left set1 20s", "SwitchSide 73+10 Right", "Hold 83+20 Right set1 20s");
        var note = plan.Adjustments.Should().ContainSingle().Which;
        note.Kind.Should().Be(AdjustmentKind.PausesCut);
        note.Percent.Should().Be(60);
        note.Pauses.Select(p => (p.Kind, (int)p.Before.TotalSeconds, (int)p.After.TotalSeconds)).Should().Equal(
            (PauseKind.LeadIn, 10, 7), (PauseKind.Transition, 10, 7), (PauseKind.Setup, 15, 9));
        note.Change.Should().Be("Shorter pauses: getting ready 10 s -> 7 s, between exercises 10 s -> 7 s and setting up 15 s -> 9 s");
    }

    [Fact]
    public void Schedule_BudgetNeedsLessWork_ScalesDosesAfterPausesReachTheirFloors()
    {
        var routine = RoutineOf(new RoutineItem(Squat, Dosage.Repetitions(20)));
        // Pauses at floor: lead-in 5 s. Work 20 x 3 s = 60 s. Budget 50 s leaves 45 s of work: 15 reps (25% cut).
        var plan = SessionScheduler.Default.Schedule(routine, TimeSpan.FromSeconds(50));

        plan.Steps.Select(Describe).Should().Equal("GetReady 0+5", "Work 5+45 set1 x15");
        plan.Adjustments.Select(a => a.Change).Should().Equal(
            "Pauses cut to the minimum: getting ready 10 s -> 5 s",
            "20 reps -> 15 reps");
        plan.Adjustments.Select(a => (a.Kind, a.Percent)).Should().Equal((AdjustmentKind.PausesCut, 100), (AdjustmentKind.DoseScaled, 75));
        plan.Adjustments[1].DosageAfter.Should().Be(Dosage.Repetitions(15));
        plan.Adjustments.Should().OnlyContain(a => a.Reason == "To fit the session into 50 s." && a.TimeBudget == TimeSpan.FromSeconds(50));
    }

    [Fact]
    public void Schedule_BudgetForcesDrops_StretchesGoFirstAndStrengthStaysLongest()
    {
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(8));

        var dropped = plan.Adjustments.Where(a => a.Kind == AdjustmentKind.ExerciseLeftOut).Select(a => a.Exercise!.Id).ToList();
        plan.Adjustments.Where(a => a.Change == "Left out").Select(a => a.Exercise!.Id).Should().Equal(dropped);
        // Four stretches, then the hop, then the Bosu squat, then strength work from the end of the routine.
        dropped.Should().Equal(
            "clamshell", "single-leg-hop", "step-up", "hip-dip", "bosu-ball-squat", "standing-it-band-stretch",
            "standing-calf-stretch", "standing-achilles-stretch", "seated-hamstring-stretch");
        plan.Steps.Where(s => s.Kind == StepKind.Transition).Select(s => s.Exercise!.Id)
            .Should().Equal("side-steps", "side-leg-raise", "forward-leg-raise", "side-plank");
        plan.TotalDuration.Should().BeLessThanOrEqualTo(TimeSpan.FromMinutes(8));
    }

    [Fact]
    public void Schedule_BudgetTooSmall_ThrowsNamingTheMinimum()
    {
        var minimum = SessionScheduler.Default.MinimumDuration(RunnersKnee.Routine);

        var act = () => SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromSeconds(30));

        // The leg extension alone at its floors: lead-in 5 + setup 5 + 8 x (5 reps x 3 s) + 6 turns x 5 + switch 5.
        minimum.Should().Be(TimeSpan.FromSeconds(165));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "timeBudget" &&
                e.Message.StartsWith("A time budget of 30 s is too short for 'runners-knee': the shortest session it allows takes 2 min 45 s.", StringComparison.Ordinal));
        SessionScheduler.Default.Schedule(RunnersKnee.Routine, minimum).TotalDuration.Should().Be(minimum);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(86401)]
    public void Schedule_BudgetOutOfRange_Throws(int seconds)
    {
        var act = () => SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromSeconds(seconds));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("timeBudget");
    }

    [Fact]
    public void Schedule_NullRoutine_Throws()
    {
        var act = () => SessionScheduler.Default.Schedule(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("routine");
    }

    [Fact]
    public void Schedule_SameInputs_GiveEqualPlans()
    {
        var scheduler = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band").Value));

        var first = scheduler.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));
        var second = scheduler.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));

        second.Should().NotBeSameAs(first);
        second.Should().Be(first);
        (second == first).Should().BeTrue();
        second.GetHashCode().Should().Be(first.GetHashCode());
        second.ToString().Should().Be(first.ToString());
    }

    [Fact]
    public void ToString_Plan_RendersHeaderStepsAndNotes()
    {
        var scheduler = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.None));
        var plan = scheduler.Schedule(RoutineOf(new RoutineItem(RunnersKnee.BosuBallSquat, Dosage.Repetitions(2)), new RoutineItem(RunnersKnee.StepUp, Dosage.Repetitions(1, Laterality.PerSide))));

        plan.ToString().Should().Be(
            "Test (test): 17 s, 2 steps\n" +
            "0:00-0:10  Get ready: Squat first.\n" +
            "0:10-0:17  2 slow reps.\n" +
            "Substituted:\n" +
            "  Bosu ball squat -> Squat: No Bosu ball: a plain squat on the floor.\n" +
            "Left out:\n" +
            "  Step-up: Needs Step (stair, chair or other sturdy raised surface), which is not on hand, and no variation does without it.\n");
    }
}
