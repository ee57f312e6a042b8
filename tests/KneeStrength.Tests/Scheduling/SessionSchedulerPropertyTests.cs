using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests.Scheduling;

public class SessionSchedulerPropertyTests
{
    private const int Iterations = 1000;

    private static readonly Gen<(Routine Routine, SessionOptions Options)> Input = Gen.Select(ModelGenerators.Routine, ModelGenerators.Options);

    [Fact]
    public void Schedule_AnyRoutine_StepsAreContiguousNonEmptyAndSumToTheTotal() =>
        Input.Sample(
            input =>
            {
                var plan = new SessionScheduler(input.Options).Schedule(input.Routine);
                int expectedStart = 0;
                foreach (var step in plan.Steps)
                {
                    step.StartSeconds.Should().Be(expectedStart);
                    step.DurationSeconds.Should().BePositive();
                    expectedStart += step.DurationSeconds;
                }

                plan.TotalSeconds.Should().Be(expectedStart);
                plan.TotalDuration.Should().Be(TimeSpan.FromSeconds(plan.Steps.Sum(s => s.DurationSeconds)));
            },
            iter: Iterations);

    [Fact]
    public void Schedule_AnyRoutine_LeftAndRightWorkAreSymmetric() =>
        Input.Sample(
            input =>
            {
                var plan = new SessionScheduler(input.Options).Schedule(input.Routine);
                var work = plan.Steps.Where(s => s.Kind is StepKind.Work or StepKind.Hold).ToList();
                foreach (var group in work.GroupBy(s => (s.ItemIndex, s.Set)))
                {
                    var left = group.Where(s => s.Side == Side.Left).Select(s => (s.Direction, s.Repetitions, s.HoldTime, s.DurationSeconds));
                    var right = group.Where(s => s.Side == Side.Right).Select(s => (s.Direction, s.Repetitions, s.HoldTime, s.DurationSeconds));
                    left.Should().Equal(right);
                    var firstSide = group.First().Side;
                    if (firstSide is not null)
                    {
                        firstSide.Should().Be(input.Options.FirstSide);
                        group.SkipWhile(s => s.Side == firstSide).Should().OnlyContain(s => s.Side != firstSide, "all of one side comes first");
                    }
                }
            },
            iter: Iterations);

    [Fact]
    public void Schedule_SameInputs_SamePlanOnAnyThread() =>
        Gen.Select(Input, Gen.Int[60, 3600].Nullable()).Sample(
            input =>
            {
                var ((routine, options), budget) = input;
                var scheduler = new SessionScheduler(options);
                SessionPlan? Plan()
                {
                    try
                    {
                        return budget is int b ? scheduler.Schedule(routine, TimeSpan.FromSeconds(b)) : scheduler.Schedule(routine);
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        return null;
                    }
                }

                var here = Plan();
                var elsewhere = Task.Run(Plan).GetAwaiter().GetResult();
                var fresh = new SessionScheduler(new SessionOptions(options.Pacing, options.Equipment, options.FirstSide, options.RangeBound));
                elsewhere.Should().Be(here);
                if (here is not null)
                {
                    here.ToString().Should().Be(elsewhere!.ToString());
                    (budget is int b ? fresh.Schedule(routine, TimeSpan.FromSeconds(b)) : fresh.Schedule(routine)).Should().Be(here);
                }
            },
            iter: Iterations);

    [Fact]
    public void Schedule_AnyBudget_IsRespectedWheneverFeasible() =>
        Gen.Select(Input, Gen.Int[1, 3600]).Sample(
            input =>
            {
                var ((routine, options), seconds) = input;
                var scheduler = new SessionScheduler(options);
                var budget = TimeSpan.FromSeconds(seconds);
                var full = scheduler.Schedule(routine);
                var minimum = scheduler.MinimumDuration(routine);
                if (minimum <= budget)
                {
                    var plan = scheduler.Schedule(routine, budget);
                    plan.TotalDuration.Should().BeLessThanOrEqualTo(budget);
                    (plan.Adjustments.Count == 0).Should().Be(full.TotalDuration <= budget, "adjustments appear exactly when the full plan is too long");
                    if (full.TotalDuration <= budget)
                    {
                        plan.Steps.Should().Equal(full.Steps);
                    }
                }
                else
                {
                    var act = () => scheduler.Schedule(routine, budget);
                    act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("timeBudget")
                        .Which.Message.Should().Contain("the shortest session it allows takes");
                }
            },
            iter: Iterations);

    [Fact]
    public void Schedule_AnyBudget_EveryNumberInANoteIsTheSteps() =>
        Gen.Select(Input, Gen.Int[1, 1800]).Sample(
            t =>
            {
                var ((routine, options), seconds) = t;
                var scheduler = new SessionScheduler(options);
                if (!scheduler.TrySchedule(routine, TimeSpan.FromSeconds(seconds), out var plan))
                {
                    scheduler.MinimumDuration(routine).Should().BeGreaterThan(TimeSpan.FromSeconds(seconds));
                    return;
                }

                // A circuit's rounds after the cut are the highest round its kept items reach.
                foreach (var note in plan.Adjustments.Where(a => a.Change.StartsWith("Circuit of ", StringComparison.Ordinal)))
                {
                    int rounds = int.Parse(note.Change[(note.Change.LastIndexOf(" -> ", StringComparison.Ordinal) + 4)..].Split(' ')[0], CultureInfo.InvariantCulture);
                    var circuitWork = plan.Steps.Where(s => s.Kind is StepKind.Work or StepKind.Hold && routine.CircuitOf(s.ItemIndex) is not null).ToList();
                    circuitWork.Max(s => s.Set).Should().BeGreaterThanOrEqualTo(rounds);
                    circuitWork.Select(s => s.Set).Should().Contain(rounds);
                    (note.Kind, note.SetsAfter).Should().Be((AdjustmentKind.RoundsDropped, rounds), "the words say the facts");
                }

                foreach (var note in plan.Adjustments.Where(a => a.Exercise is not null && a.Change.Contains(" -> ", StringComparison.Ordinal)))
                {
                    int item = routine.Items.ToList().FindIndex(i => i.Exercise == note.Exercise);
                    var steps = plan.Steps.Where(s => s.ItemIndex == item).ToList();
                    var work = steps.Where(s => s.Kind is StepKind.Work or StepKind.Hold).ToList();
                    var after = Dosage.Parse(note.Change[(note.Change.IndexOf(" -> ", StringComparison.Ordinal) + 4)..]).Value;

                    note.FormName.Should().Be(work[0].ExerciseName);
                    note.DosageAfter.Should().Be(after, "the words say the facts");
                    note.Kind.Should().Be(note.Percent is null ? AdjustmentKind.SetsDropped : AdjustmentKind.DoseScaled, "a percent is the dose's scale");
                    if (routine.CircuitOf(item) is not null)
                    {
                        // An item of a circuit is one set; its rounds are told in the circuit's own note.
                        after.Sets.Should().Be(1);
                        after.RepetitionCount.Should().Be(work[0].Repetitions);
                        continue;
                    }

                    after.Sets.Should().Be(work.Max(s => s.Set));
                    (after.Kind == DosageKind.Hold ? (int)after.HoldTime.TotalSeconds : after.RepetitionCount)
                        .Should().Be(work[0].Kind == StepKind.Hold ? (int)work[0].HoldTime.TotalSeconds : work[0].Repetitions);
                    after.HoldEachRepetition.Should().Be(work[0].HoldEachRepetition);
                    var rests = steps.Where(s => s.Kind == StepKind.Rest).Select(s => s.DurationSeconds).Distinct().ToList();
                    if (after.RestBetweenSets is TimeSpan rest && rest > TimeSpan.Zero)
                    {
                        rests.Should().Equal((int)rest.TotalSeconds);
                    }
                    else
                    {
                        rests.Should().BeEmpty();
                    }
                }
            },
            iter: Iterations);

    [Fact]
    public void TrySchedule_AnyBudget_AgreesWithSchedule() =>
        Gen.Select(Input, Gen.Int[1, 900]).Sample(
            t =>
            {
                var ((routine, options), seconds) = t;
                var scheduler = new SessionScheduler(options);
                var budget = TimeSpan.FromSeconds(seconds);
                var schedule = () => scheduler.Schedule(routine, budget);

                if (scheduler.TrySchedule(routine, budget, out var plan))
                {
                    schedule().Should().Be(plan);
                }
                else
                {
                    plan.Should().BeNull();
                    schedule.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("timeBudget");
                }
            },
            iter: Iterations);

    [Fact]
    public void Schedule_AnyEquipment_OmitsOnlyWhenNoFormFits() =>
        Input.Sample(
            input =>
            {
                var (routine, options) = input;
                var plan = new SessionScheduler(options).Schedule(routine);
                var onHand = options.Equipment;
                foreach (var omission in plan.Omissions)
                {
                    onHand.ContainsAll(omission.Exercise.Equipment).Should().BeFalse();
                    omission.Exercise.Variations.Should().NotContain(v => onHand.ContainsAll(v.Equipment));
                }

                for (int i = 0; i < routine.Items.Count; i++)
                {
                    var exercise = routine.Items[i].Exercise;
                    var steps = plan.Steps.Where(s => s.ItemIndex == i).ToList();
                    bool fits = onHand.ContainsAll(exercise.Equipment) || exercise.Variations.Any(v => onHand.ContainsAll(v.Equipment));
                    (steps.Count > 0).Should().Be(fits);
                    foreach (var step in steps)
                    {
                        onHand.ContainsAll(step.Variation?.Equipment ?? exercise.Equipment).Should().BeTrue();
                        (step.Variation is null).Should().Be(onHand.ContainsAll(exercise.Equipment), "the preferred form wins when its equipment is on hand");
                    }
                }

                plan.Omissions.Count.Should().Be(routine.Items.Count(item =>
                    !onHand.ContainsAll(item.Exercise.Equipment) && !item.Exercise.Variations.Any(v => onHand.ContainsAll(v.Equipment))));
            },
            iter: Iterations);
}
