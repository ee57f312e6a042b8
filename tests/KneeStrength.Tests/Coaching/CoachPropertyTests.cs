using System;
using System.Linq;
using CsCheck;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Coaching;

public class CoachPropertyTests
{
    private const int Iterations = 1000;

    private static readonly DateOnly Start = new(2026, 3, 2);

    private static readonly Coach Coach = new(RunnersKnee.Program(Start, Start.AddDays(60)));

    private static readonly Gen<int?> Pain = Gen.Int[0, PainScale.Max].Nullable(0.15);

    /// <summary>A log on a day of the first 60: a session (often calm, sometimes not), sometimes with a run.</summary>
    private static readonly Gen<SessionLog> Log =
        Gen.Select(Gen.Int[0, 59], Gen.Enum<SessionCompletion>(), Gen.Select(Pain, Pain, Pain, Pain), Gen.Int[0, 3], Gen.Select(Gen.Int[1, 90], Gen.Int[0, 10]).Nullable(0.85))
            .Select((day, completion, pains, calm, run) => calm > 0
                ? new SessionLog(Start.AddDays(day), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 1, painAfter: 1, painNextMorning: 1)
                : new SessionLog(
                    Start.AddDays(day),
                    "runners-knee",
                    completion,
                    painBefore: pains.Item1,
                    painDuring: pains.Item2,
                    painAfter: pains.Item3,
                    painNextMorning: pains.Item4,
                    run: run is var (minutes, pain) ? new RunLog(minutes, pain) : null));

    /// <summary>Up to 40 logs, one a day at most, in date order.</summary>
    private static readonly Gen<SessionLog[]> Logs =
        Log.Array[0, 40].Select(logs => logs.DistinctBy(l => l.Date).OrderBy(l => l.Date).ToArray());

    private static readonly Gen<(SessionLog[] Logs, int Day)> JournalAndDay = Gen.Select(Logs, Gen.Int[0, 70]);

    [Fact]
    public void Decide_MorePain_NeverMakesTheSessionHarder() =>
        Gen.Select(JournalAndDay, Gen.Int[0, 39], Gen.Int[0, 2], Gen.Int[1, 10]).Sample(
            t =>
            {
                var ((logs, day), which, score, more) = t;
                if (logs.Length == 0)
                {
                    return;
                }

                var log = logs[which % logs.Length];
                var worse = logs.Select(l => l != log ? l : new SessionLog(
                    l.Date, l.RoutineId, l.Completion, l.Exercises, l.PainBefore,
                    score == 0 ? Raise(l.PainDuring, more) : l.PainDuring,
                    score == 1 ? Raise(l.PainAfter, more) : l.PainAfter,
                    score == 2 ? Raise(l.PainNextMorning, more) : l.PainNextMorning,
                    l.Run,
                    l.Note)).ToArray();
                var date = Start.AddDays(day);

                var before = Coach.Decide(date, new Journal(logs));
                var after = Coach.Decide(date, new Journal(worse));

                after.Level.Should().BeLessThanOrEqualTo(before.Level);
                Work(after.Plan).Should().BeLessThanOrEqualTo(Work(before.Plan));
            },
            iter: Iterations);

    [Fact]
    public void Decide_NoLogs_IsThePhasesPlainPrescription() =>
        Gen.Int[0, 400].Sample(
            day =>
            {
                var date = Start.AddDays(day);
                var decided = Coach.Decide(date, Journal.Empty);

                decided.Routine.Should().BeSameAs(decided.Phase.Routine);
                decided.Level.Should().Be(0);
                decided.Plan.Should().Be(Coach.SessionScheduler.Schedule(decided.Phase.Routine));
            },
            iter: Iterations);

    [Fact]
    public void Decide_SameLogsInAnyOrder_SameAnswer() =>
        Gen.Select(JournalAndDay, Gen.Int[0, int.MaxValue]).Sample(
            t =>
            {
                var ((logs, day), seed) = t;
                var shuffled = logs.ToArray();
                new Random(seed).Shuffle(shuffled);
                var date = Start.AddDays(day);

                var first = Coach.Decide(date, new Journal(logs));
                var second = Coach.Decide(date, new Journal(shuffled));
                var third = Coach.Decide(date, shuffled.Aggregate(Journal.Empty, (journal, log) => journal.With(log)));

                second.Routine.Should().Be(first.Routine);
                second.Decisions.Should().Equal(first.Decisions);
                second.Phase.Should().Be(first.Phase);
                third.Routine.Should().Be(first.Routine);
                third.Decisions.Should().Equal(first.Decisions);
            },
            iter: Iterations);

    [Fact]
    public void Adapt_AnyRoutineAndLevel_IsAValidRoutineWithinThePrescriptionsDirection() =>
        Gen.Select(ModelGenerators.Routine, Gen.Int[-12, 300]).Sample(
            t =>
            {
                var (routine, level) = t;

                var adapted = Coach.Adapt(routine, level);

                adapted.Id.Should().Be(routine.Id);
                adapted.Items.Should().NotBeEmpty();
                adapted.Items.Count.Should().BeLessThanOrEqualTo(routine.Items.Count);
                adapted.Items.Should().OnlyContain(i => routine.Items.Any(o => o.Exercise == i.Exercise));
                foreach (var item in adapted.Items)
                {
                    var original = routine.Items.First(i => i.Exercise == item.Exercise).Dosage;
                    if (level > 0)
                    {
                        item.Dosage.Sets.Should().BeGreaterThanOrEqualTo(original.Sets);
                        item.Dosage.Amount.Should().BeGreaterThanOrEqualTo(Math.Min(original.Amount, original.Kind == DosageKind.Hold ? original.Amount : original.RepetitionCount));
                    }
                    else
                    {
                        item.Dosage.Sets.Should().BeLessThanOrEqualTo(original.Sets);
                        item.Dosage.Amount.Should().BeLessThanOrEqualTo(original.Amount);
                    }
                }

                if (level <= 0)
                {
                    SessionScheduler.Default.Schedule(adapted).TotalSeconds.Should().BeLessThanOrEqualTo(SessionScheduler.Default.Schedule(routine).TotalSeconds);
                }
            },
            iter: Iterations);

    // A score not logged stays not logged: going from none to some is news, not more pain.
    private static int? Raise(int? pain, int more) => pain is int p ? Math.Min(PainScale.Max, p + more) : null;

    private static int Work(SessionPlan plan) => plan.Steps.Where(s => s.Kind is StepKind.Work or StepKind.Hold).Sum(s => s.DurationSeconds);
}
