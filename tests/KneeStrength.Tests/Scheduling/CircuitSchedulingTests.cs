using System;
using System.Linq;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests.Scheduling;

public class CircuitSchedulingTests
{
    private static readonly Exercise Squat = new(
        "squat", "Squat", ExerciseCategory.Strength, BodyPosition.Standing, isPerSide: false, TimeSpan.FromSeconds(3), ["Sit back."]);

    private static readonly Exercise Lunge = new(
        "lunge", "Lunge", ExerciseCategory.Strength, BodyPosition.Standing, isPerSide: true, TimeSpan.FromSeconds(2), ["Step long."]);

    private static readonly Exercise Bridge = new(
        "bridge", "Bridge", ExerciseCategory.Strength, BodyPosition.Supine, isPerSide: false, TimeSpan.FromSeconds(3), ["Lift the hips."]);

    private static readonly Exercise Stretch = new(
        "stretch", "Calf stretch", ExerciseCategory.Stretch, BodyPosition.Standing, isPerSide: false, null, ["Lean in."]);

    private static string Describe(TimedStep s) =>
        $"{s.Kind} {s.StartSeconds}+{s.DurationSeconds} {s.Exercise?.Id}" +
        (s.Side is Side side ? $" {side}" : string.Empty) +
        (s.Kind is StepKind.Work or StepKind.Hold or StepKind.Rest ? $" r{s.Set}" : string.Empty);

    private static Routine InMain(params RoutineBlock[] blocks) => new("c", "Circuits", [new RoutineSection(RoutineSectionKind.Main, blocks)]);

    [Fact]
    public void Schedule_Circuit_DoesTheItemsInTurnRoundAfterRoundWithNoRestAfterTheLast()
    {
        var circuit = new Circuit(3, [new RoutineItem(Squat, Dosage.Repetitions(5)), new RoutineItem(Lunge, Dosage.Repetitions(2, Laterality.PerSide))], TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(15));

        var plan = SessionScheduler.Default.Schedule(InMain(circuit));

        plan.Steps.Select(Describe).Should().Equal(
            "GetReady 0+10 squat", "Work 10+15 squat r1",
            "Transition 25+15 lunge", "Work 40+4 lunge Left r1", "SwitchSide 44+5 lunge Right", "Work 49+4 lunge Right r1",
            "Rest 53+60 squat r2", "Work 113+15 squat r2",
            "Transition 128+15 lunge", "Work 143+4 lunge Left r2", "SwitchSide 147+5 lunge Right", "Work 152+4 lunge Right r2",
            "Rest 156+60 squat r3", "Work 216+15 squat r3",
            "Transition 231+15 lunge", "Work 246+4 lunge Left r3", "SwitchSide 250+5 lunge Right", "Work 255+4 lunge Right r3");
        plan.Steps.Select(s => s.ItemIndex).Distinct().Should().Equal(0, 1);
    }

    [Fact]
    public void Schedule_CircuitWithRestAfterLastRound_RestsBeforeTheNextItem()
    {
        var circuit = new Circuit(2, [new RoutineItem(Squat, Dosage.Repetitions(1)), new RoutineItem(Squat, Dosage.Repetitions(2))], TimeSpan.FromSeconds(20), TimeSpan.Zero, restAfterLastRound: true);

        var plan = SessionScheduler.Default.Schedule(InMain(circuit, new RoutineItem(Squat, Dosage.Repetitions(3))));

        plan.Steps.Select(Describe).Should().Equal(
            "GetReady 0+10 squat", "Work 10+3 squat r1", "Work 13+6 squat r1",
            "Rest 19+20 squat r2", "Work 39+3 squat r2", "Work 42+6 squat r2",
            "Rest 48+20 squat r2", "Transition 68+10 squat", "Work 78+9 squat r1");
    }

    [Fact]
    public void Schedule_CircuitChangingPosition_SetsUpAtEveryChangeIncludingTheRoundsWrap()
    {
        var circuit = new Circuit(2, [new RoutineItem(Squat, Dosage.Repetitions(1)), new RoutineItem(Bridge, Dosage.Repetitions(1))], TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5));

        var plan = SessionScheduler.Default.Schedule(InMain(circuit));

        plan.Steps.Select(Describe).Should().Equal(
            "GetReady 0+10 squat", "Work 10+3 squat r1", "Transition 13+5 bridge", "Setup 18+15 bridge", "Work 33+3 bridge r1",
            "Rest 36+30 squat r2", "Setup 66+15 squat", "Work 81+3 squat r2", "Transition 84+5 bridge", "Setup 89+15 bridge", "Work 104+3 bridge r2");
    }

    [Fact]
    public void Schedule_Sections_MarkEveryStepWithItsSection()
    {
        var routine = new Routine(
            "s",
            "Sections",
            [
                new RoutineSection(RoutineSectionKind.WarmUp, [new RoutineItem(Squat, Dosage.Repetitions(5))]),
                new RoutineSection(RoutineSectionKind.Main, [new RoutineItem(Lunge, Dosage.Repetitions(5, Laterality.PerSide))]),
                new RoutineSection(RoutineSectionKind.CoolDown, [new RoutineItem(Stretch, Dosage.Hold(TimeSpan.FromSeconds(30)))]),
            ]);

        var plan = SessionScheduler.Default.Schedule(routine);

        plan.Steps.Select(s => (s.Kind, s.Section)).Should().Equal(
            (StepKind.GetReady, RoutineSectionKind.WarmUp), (StepKind.Work, RoutineSectionKind.WarmUp),
            (StepKind.Transition, RoutineSectionKind.Main), (StepKind.Work, RoutineSectionKind.Main), (StepKind.SwitchSide, RoutineSectionKind.Main), (StepKind.Work, RoutineSectionKind.Main),
            (StepKind.Transition, RoutineSectionKind.CoolDown), (StepKind.Hold, RoutineSectionKind.CoolDown));
        plan.Should().Be(SessionScheduler.Default.Schedule(routine));
    }

    [Fact]
    public void Schedule_BudgetTooShortForEveryRound_CutsPausesThenDropsRoundsOfTheCircuitTogetherAndSaysSo()
    {
        var circuit = new Circuit(3, [new RoutineItem(Squat, Dosage.Repetitions(10)), new RoutineItem(Bridge, Dosage.Repetitions(10))], TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(15));
        var routine = InMain(circuit);
        var full = SessionScheduler.Default.Schedule(routine);

        // Three rounds take 430 s in full; even with every pause at its floor they no longer fit in 240 s.
        var plan = SessionScheduler.Default.Schedule(routine, TimeSpan.FromSeconds(240));

        full.TotalSeconds.Should().Be(430);
        plan.TotalSeconds.Should().BeLessThanOrEqualTo(240);
        plan.Steps.Where(s => s.Kind == StepKind.Work).Select(s => (s.ItemIndex, s.Set)).Should().Equal((0, 1), (1, 1), (0, 2), (1, 2));
        plan.Adjustments.Select(a => a.Change).Should().ContainSingle(c => c == "Circuit of Squat and Bridge: 3 rounds -> 2 rounds");
        var rounds = plan.Adjustments.Single(a => a.Kind == AdjustmentKind.RoundsDropped);
        (rounds.SetsBefore, rounds.SetsAfter).Should().Be((3, 2));
        rounds.CircuitExercises.Should().Equal(Squat, Bridge);
        plan.Adjustments.Should().OnlyContain(a => a.Exercise == null, "the items keep their dose: only the rounds and pauses change");
    }

    [Fact]
    public void Schedule_BudgetCuttingPauses_NamesTheRoundRestAndThePauseBetweenItems()
    {
        var circuit = new Circuit(2, [new RoutineItem(Squat, Dosage.Repetitions(10)), new RoutineItem(Squat, Dosage.Repetitions(10))], TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(20));
        var routine = InMain(circuit);
        var full = SessionScheduler.Default.Schedule(routine);

        var plan = SessionScheduler.Default.Schedule(routine, TimeSpan.FromSeconds(full.TotalSeconds - 10));

        plan.Adjustments.Should().ContainSingle().Which.Change.Should().Contain("rest after each round 60 s ->").And.Contain("between circuit exercises 20 s ->");
        plan.Adjustments[0].Pauses.Select(p => p.Kind).Should().Contain([PauseKind.RestAfterRound, PauseKind.BetweenCircuitItems]);
    }

    [Fact]
    public void MinimumDuration_Circuit_IsOneRoundOfTheItemThatStaysLongest()
    {
        var circuit = new Circuit(4, [new RoutineItem(Squat, Dosage.Repetitions(10)), new RoutineItem(Stretch, Dosage.Hold(TimeSpan.FromSeconds(30)))], TimeSpan.FromSeconds(60));
        var routine = InMain(circuit);

        var minimum = SessionScheduler.Default.MinimumDuration(routine);
        var plan = SessionScheduler.Default.Schedule(routine, minimum);

        plan.Steps.Where(s => s.Kind is StepKind.Work or StepKind.Hold).Should().ContainSingle().Which.Exercise.Should().Be(Squat);
        plan.Adjustments.Select(a => a.Change).Should().Contain("Left out").And.Contain("Circuit of Squat: 4 rounds -> 1 round");
    }

    [Fact]
    public void Schedule_SameCircuitTwiceInARow_IsTwoCircuits()
    {
        var circuit = new Circuit(2, [new RoutineItem(Squat, Dosage.Repetitions(1)), new RoutineItem(Squat, Dosage.Repetitions(2))], TimeSpan.FromSeconds(20), TimeSpan.Zero);

        var plan = SessionScheduler.Default.Schedule(InMain(circuit, circuit));

        plan.Steps.Where(s => s.Kind == StepKind.Work).Select(s => (s.ItemIndex, s.Set)).Should().Equal(
            (0, 1), (1, 1), (0, 2), (1, 2), (2, 1), (3, 1), (2, 2), (3, 2));
        plan.Steps.Count(s => s.Kind == StepKind.Rest).Should().Be(2);
    }
}
