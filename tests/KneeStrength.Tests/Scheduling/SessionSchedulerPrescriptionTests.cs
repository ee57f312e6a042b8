using System;
using System.Linq;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests.Scheduling;

/// <summary>How the scheduler plans what a clinician writes: ranges, holds on each repetition, hold-only exercises, sets under a budget.</summary>
public class SessionSchedulerPrescriptionTests
{
    private static readonly Pacing Quiet = new(
        leadIn: TimeSpan.FromSeconds(10),
        transition: TimeSpan.FromSeconds(10),
        setup: TimeSpan.Zero,
        restBetweenSets: TimeSpan.FromSeconds(45),
        minimumRest: TimeSpan.FromSeconds(10),
        minimumTransition: TimeSpan.FromSeconds(5));

    private static Exercise Squat(TimeSpan? tempo = null, BodyPosition position = BodyPosition.Standing, bool perSide = false, ExerciseCategory category = ExerciseCategory.Strength, string id = "squat") =>
        new(id, "Squat " + id, category, position, perSide, tempo ?? TimeSpan.FromSeconds(2), ["Sit back."]);

    private static Routine RoutineOf(params (Exercise Exercise, string Dosage)[] items) =>
        new("mine", "Mine", items.Select(i => new RoutineItem(i.Exercise, Dosage.Parse(i.Dosage, i.Exercise).Value)));

    private static TimedStep[] Work(SessionPlan plan, int item = 0) =>
        [.. plan.Steps.Where(s => s.ItemIndex == item && s.Kind is StepKind.Work or StepKind.Hold)];

    [Fact]
    public void Schedule_Range_PlansTheLowerBoundByDefault()
    {
        var plan = SessionScheduler.Default.Schedule(RoutineOf((Squat(), "2-3 x 8-12")));

        Work(plan).Select(s => (s.Set, s.Repetitions)).Should().Equal((1, 8), (2, 8));
    }

    [Fact]
    public void Schedule_RangeWithUpperBoundOption_PlansTheUpperBound()
    {
        var scheduler = new SessionScheduler(new SessionOptions(rangeBound: RangeBound.Upper));

        var plan = scheduler.Schedule(RoutineOf((Squat(), "2-3 x 8-12")));

        Work(plan).Select(s => (s.Set, s.Repetitions)).Should().Equal((1, 12), (2, 12), (3, 12));
    }

    [Fact]
    public void Schedule_HoldOnEachRepetition_LastsRepetitionsTimesTempoPlusHold()
    {
        var plan = SessionScheduler.Default.Schedule(RoutineOf((Squat(TimeSpan.FromSeconds(2.5)), "10 reps, 5 s hold each")));

        var work = Work(plan).Single();
        work.DurationSeconds.Should().Be(75, "10 x (2.5 s + 5 s)");
        work.Tempo.Should().Be(TimeSpan.FromSeconds(2.5));
        work.HoldEachRepetition.Should().Be(TimeSpan.FromSeconds(5));
        work.Cue.Should().Be("10 reps, holding 5 s on each.");
    }

    [Fact]
    public void Schedule_HoldOnlyExerciseWithoutTempo_PlansItsHolds()
    {
        var wallSit = new Exercise("wall-sit", "Wall sit", ExerciseCategory.Strength, BodyPosition.Standing, false, null, ["Back to the wall."]);

        var plan = SessionScheduler.Default.Schedule(RoutineOf((wallSit, "3 sets of 30 s hold")));

        Work(plan).Select(s => (s.Kind, s.DurationSeconds, s.Tempo)).Should().Equal(
            (StepKind.Hold, 30, TimeSpan.Zero), (StepKind.Hold, 30, TimeSpan.Zero), (StepKind.Hold, 30, TimeSpan.Zero));
    }

    [Fact]
    public void RoutineItem_RepetitionsForExerciseWithoutTempo_IsRefusedNamingTheFix()
    {
        var wallSit = new Exercise("wall-sit", "Wall sit", ExerciseCategory.Strength, BodyPosition.Standing, false, null, ["Back to the wall."]);

        var act = () => new RoutineItem(wallSit, Dosage.Parse("3 x 30 s hold").Value);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("dosage")
            .WithMessage("'wall-sit' has no tempo, so it is done only as holds (such as '30 s hold' or '3 sets of 30 s hold'); it was '3 reps, 30 s hold each'.*");
    }

    [Fact]
    public void Cue_BilateralHold_IsASentence() =>
        SessionScheduler.Default.Schedule(RoutineOf((Squat(), "45 s hold"))).Steps.Single(s => s.Kind == StepKind.Hold)
            .Cue.Should().Be("Hold 45 s.");

    [Theory]
    [InlineData(2000, null, "10 reps.")]
    [InlineData(2000, 3500, "10 slow reps.")]
    [InlineData(3500, 2000, "10 reps.")]
    [InlineData(2000, 1000, "10 quick reps.")]
    public void Cue_Work_NamesThePaceOfTheTempoUsed(int exerciseTempo, int? pacingTempo, string cue)
    {
        var pacing = new Pacing(tempo: pacingTempo is int ms ? TimeSpan.FromMilliseconds(ms) : null);
        var scheduler = new SessionScheduler(new SessionOptions(pacing));

        var plan = scheduler.Schedule(RoutineOf((Squat(TimeSpan.FromMilliseconds(exerciseTempo)), "10")));

        Work(plan).Single().Cue.Should().Be(cue);
    }

    [Theory]
    [InlineData(BodyPosition.Prone, 10)]
    [InlineData(BodyPosition.Kneeling, 10)]
    [InlineData(BodyPosition.AllFours, 10)]
    [InlineData(BodyPosition.SideLying, 10)]
    [InlineData(BodyPosition.SeatedOnChair, 5)]
    [InlineData(BodyPosition.Standing, 5)]
    public void Schedule_PerSideWork_SwitchesSidesAtThePositionsPace(BodyPosition position, int seconds)
    {
        var plan = SessionScheduler.Default.Schedule(RoutineOf((Squat(position: position, perSide: true), "10")));

        plan.Steps.Single(s => s.Kind == StepKind.SwitchSide).DurationSeconds.Should().Be(seconds);
    }

    [Theory]
    [InlineData(BodyPosition.Prone, "Set up for Squat squat: lie face down.")]
    [InlineData(BodyPosition.Kneeling, "Set up for Squat squat: kneel on a soft surface.")]
    [InlineData(BodyPosition.AllFours, "Set up for Squat squat: get on your hands and knees.")]
    [InlineData(BodyPosition.SeatedOnChair, "Set up for Squat squat: sit on a sturdy chair.")]
    public void Schedule_NewPosition_SetsUpWithItsWords(BodyPosition position, string cue)
    {
        var plan = SessionScheduler.Default.Schedule(RoutineOf((Squat(position: position), "10")));

        plan.Steps.Single(s => s.Kind == StepKind.Setup).Cue.Should().Be(cue);
    }

    [Fact]
    public void Schedule_TightBudget_DropsASetBeforeShavingRepetitions()
    {
        // 3 x 12 at 2 s: 24 s of work a set. Pauses at their floors: 5 s lead-in, two 10 s rests = 97 s.
        var scheduler = new SessionScheduler(new SessionOptions(Quiet));
        var routine = RoutineOf((Squat(), "3 x 12, 45 s rest"));

        var plan = scheduler.Schedule(routine, TimeSpan.FromSeconds(80));

        Work(plan).Select(s => (s.Set, s.Repetitions)).Should().Equal((1, 12), (2, 12));
        int rest = plan.Steps.Single(s => s.Kind == StepKind.Rest).DurationSeconds;
        plan.TotalSeconds.Should().BeLessThanOrEqualTo(80);
        plan.Adjustments.Where(a => a.Exercise is not null).Select(a => a.Change).Should().Equal(
            $"3 x 12 reps, 45 s rest -> 2 x 12 reps, {rest} s rest");
        var note = plan.Adjustments.Single(a => a.Exercise is not null);
        (note.Kind, note.SetsBefore, note.SetsAfter, note.Percent).Should().Be((AdjustmentKind.SetsDropped, 3, 2, (int?)null));
        note.DosageAfter.Should().Be(Dosage.Parse($"2 x 12 reps, {rest} s rest").Value);
    }

    [Fact]
    public void Schedule_TightBudget_TakesSetsFromTheExerciseWithMostSetsFirst()
    {
        var scheduler = new SessionScheduler(new SessionOptions(Quiet));
        var routine = RoutineOf((Squat(id: "a"), "2 x 10, 10 s rest"), (Squat(id: "b"), "3 x 10, 10 s rest"));
        int full = scheduler.Schedule(routine).TotalSeconds;

        var plan = scheduler.Schedule(routine, TimeSpan.FromSeconds(full - 25));

        Work(plan, 0).Max(s => s.Set).Should().Be(2);
        Work(plan, 1).Max(s => s.Set).Should().Be(2);
        Work(plan, 1).Should().OnlyContain(s => s.Repetitions == 10);
    }

    [Fact]
    public void Schedule_BudgetBelowOneSetOfEverything_ShavesRepetitionsOfTheLastSet()
    {
        var scheduler = new SessionScheduler(new SessionOptions(Quiet));
        var routine = RoutineOf((Squat(), "3 x 12, 45 s rest"));

        // One set at the floors: a 5 s lead-in and 24 s of work. 20 s leaves 15 s: 7 reps at 2 s.
        var plan = scheduler.Schedule(routine, TimeSpan.FromSeconds(20));

        Work(plan).Select(s => (s.Set, s.Repetitions)).Should().Equal((1, 7));
        plan.Adjustments.Single(a => a.Exercise is not null).Change.Should().Be("3 x 12 reps, 45 s rest -> 7 reps");
    }

    [Fact]
    public void Adjustment_ForAVariation_NamesTheFormDone()
    {
        var band = new Equipment("band", "Loop band");
        var bandless = new ExerciseVariation("no-band", "Squat without a band", [], "No band.");
        var squat = new Exercise("squat", "Banded squat", ExerciseCategory.Strength, BodyPosition.Standing, false, TimeSpan.FromSeconds(2), ["Sit back."], [band], [bandless]);
        var scheduler = new SessionScheduler(new SessionOptions(Quiet, EquipmentSet.None));

        var plan = scheduler.Schedule(RoutineOf((squat, "3 x 12, 45 s rest")), TimeSpan.FromSeconds(80));

        var note = plan.Adjustments.Single(a => a.Exercise is not null);
        note.Variation.Should().Be(bandless);
        note.FormName.Should().Be("Squat without a band");
        note.ToString().Should().StartWith("Squat without a band: 3 x 12 reps, 45 s rest -> 2 x 12 reps");
    }

    [Fact]
    public void TrySchedule_BudgetTooShort_AnswersFalseWithoutThrowing()
    {
        var routine = RoutineOf((Squat(), "3 x 12"));

        bool fits = SessionScheduler.Default.TrySchedule(routine, TimeSpan.FromSeconds(1), out var plan);

        fits.Should().BeFalse();
        plan.Should().BeNull();
    }

    [Fact]
    public void TrySchedule_BudgetLongEnough_GivesThePlanScheduleGives()
    {
        var routine = RoutineOf((Squat(), "3 x 12"));

        bool fits = SessionScheduler.Default.TrySchedule(routine, TimeSpan.FromMinutes(2), out var plan);

        fits.Should().BeTrue();
        plan.Should().Be(SessionScheduler.Default.Schedule(routine, TimeSpan.FromMinutes(2)));
    }
}
