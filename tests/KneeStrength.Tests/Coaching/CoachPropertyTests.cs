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

    private static readonly Coach Coach = Coach.Default;

    // Back to running on day 59: treatment for the first 60 days, then prevention.
    private static readonly Enrolment Enrolment = new("ann", RunnersKnee.Program, Start, [EnrolmentEvent.BackToRunning(Start.AddDays(59))]);

    internal static readonly Gen<int?> Pain = Gen.Int[0, PainScale.Max].Nullable(0.15);

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
                if (score == 2 && logs.Any(l => l.Date == log.Date.AddDays(1)))
                {
                    // That next morning is also the morning before the next day's session, which is then judged
                    // against it: a worse morning moves the regression a day earlier, and a calm next day recovers.
                    return;
                }

                var worse = logs.Select(l => l != log ? l : new SessionLog(
                    l.Date, l.RoutineId, l.Completion, l.Exercises, l.PainBefore,
                    score == 0 ? Raise(l.PainDuring, more) : l.PainDuring,
                    score == 1 ? Raise(l.PainAfter, more) : l.PainAfter,
                    score == 2 ? Raise(l.PainNextMorning, more) : l.PainNextMorning,
                    l.Run,
                    l.Note,
                    l.SharpPain)).ToArray();
                var date = Start.AddDays(day);

                var before = Coach.Decide(Enrolment, new Journal(logs), date);
                var after = Coach.Decide(Enrolment, new Journal(worse), date);

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
                var decided = Coach.Decide(Enrolment, Journal.Empty, date);

                decided.Routine.Should().BeSameAs(decided.Phase.Routine);
                decided.Level.Should().Be(0);
                decided.Plan.Should().Be(ProgramScheduler.Default.PlanFor(Enrolment, decided.Phase));
                decided.Plan.Should().Be(SessionScheduler.Default.Schedule(decided.Phase.Routine));
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

                var first = Coach.Decide(Enrolment, new Journal(logs), date);
                var second = Coach.Decide(Enrolment, new Journal(shuffled), date);
                var third = Coach.Decide(Enrolment, shuffled.Aggregate(Journal.Empty, (journal, log) => journal.With(log)), date);

                second.Routine.Should().Be(first.Routine);
                second.Decisions.Should().Equal(first.Decisions);
                second.Phase.Should().Be(first.Phase);
                second.Plan.Should().Be(first.Plan);
                second.Level.Should().Be(first.Level);
                second.Enrolment.Should().Be(first.Enrolment);
                second.LastJudgement.Should().Be(first.LastJudgement);
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

                var adapted = ProgressionPolicy.Default.Adapt(routine, level);

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

    [Fact]
    public void Decide_LogsBeforeTheStartOrOnOrAfterTheDayAsked_ChangeNoDecision() =>
        Gen.Select(JournalAndDay, Log.Array[1, 6], Gen.Int[1, 400]).Sample(
            t =>
            {
                var ((logs, day), extra, offset) = t;
                var date = Start.AddDays(day);
                var inside = logs.Where(l => l.Date < date).ToArray();
                var outside = extra
                    .Select((l, i) => new SessionLog(
                        i % 2 == 0 ? Start.AddDays(-offset - i) : date.AddDays((offset + i) % 30),
                        l.RoutineId, l.Completion, l.Exercises, l.PainBefore, l.PainDuring, l.PainAfter, l.PainNextMorning, l.Run, l.Note, i % 3 == 0))
                    .Where(l => inside.All(o => o.Date != l.Date))
                    .DistinctBy(l => l.Date)
                    .ToArray();

                var plain = Coach.Decide(Enrolment, new Journal(inside), date);
                var noisy = Coach.Decide(Enrolment, new Journal([.. inside, .. outside]), date);

                noisy.Decisions.Should().Equal(plain.Decisions);
                noisy.Level.Should().Be(plain.Level);
                noisy.Plan.Should().Be(plain.Plan);
                noisy.Enrolment.Should().Be(plain.Enrolment);
                noisy.LastJudgement.Should().Be(plain.LastJudgement);
            },
            iter: Iterations);

    [Fact]
    public void Decide_AnyEnrolmentOfTheProgram_EqualInputsInAnyOrderGiveEqualDecisions() =>
        Gen.Select(JournalAndDay, KneeStrength.Tests.Serialization.DocumentGenerators.EventsFrom(Start), Gen.Int[0, 3], Gen.Int[0, int.MaxValue]).Sample(
            t =>
            {
                var ((logs, day), events, budget, seed) = t;
                var enrolment = new Enrolment("ann", RunnersKnee.Program, Start, events, budget == 0 ? null : TimeSpan.FromMinutes(5 * budget));
                var twin = new Enrolment("ann", RunnersKnee.Program, Start, events.Reverse().ToArray(), enrolment.SessionBudget);
                var shuffled = logs.ToArray();
                new Random(seed).Shuffle(shuffled);
                var date = Start.AddDays(day);

                var first = Coach.Decide(enrolment, new Journal(logs), date);
                var second = new Coach().Decide(twin, new Journal(shuffled), date);

                second.Decisions.Should().Equal(first.Decisions);
                second.Level.Should().Be(first.Level);
                second.Plan.Should().Be(first.Plan);
                second.PlacedPhase.Should().Be(first.PlacedPhase);
                second.NextSession.Should().Be(first.NextSession);
                second.Enrolment.Should().Be(first.Enrolment);
                second.Decisions.Where(d => d.Kind == DecisionKind.SeeClinician).Should().HaveCountLessThanOrEqualTo(1);
                if (second.Decisions.Any(d => d.Kind == DecisionKind.SeeClinician))
                {
                    second.Decisions[0].Kind.Should().Be(DecisionKind.SeeClinician);
                }
            },
            iter: Iterations);

    [Fact]
    public void Decide_AtLevelsBelowThePrescription_KeepsEachLevelsRoutineAndPlanAndAnswersAsAFreshCoach()
    {
        // Day after day of pain above the limits drives the level down a step a day: 40 levels, more than a coach keeps per routine.
        var coach = new Coach();
        var logs = Enumerable.Range(0, 40)
            .Select(d => new SessionLog(Start.AddDays(d), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 6, painAfter: 5, painNextMorning: 5))
            .ToArray();
        for (int round = 0; round < 2; round++)
        {
            for (int day = 1; day <= logs.Length; day++)
            {
                var journal = new Journal(logs[..day]);
                var date = Start.AddDays(day);
                var kept = coach.Decide(Enrolment, journal, date);
                var again = coach.Decide(Enrolment, journal, date);
                var fresh = new Coach().Decide(Enrolment, journal, date);

                kept.Level.Should().BeLessThan(0, string.Join(" | ", kept.Decisions.Select(d => d.Reason)));
                again.Routine.Should().BeSameAs(kept.Routine, "the level's routine is kept");
                again.Plan.Should().BeSameAs(kept.Plan, "and so is its plan");
                kept.Routine.Should().Be(fresh.Routine);
                kept.Plan.Should().Be(fresh.Plan);
                kept.Decisions.Should().Equal(fresh.Decisions);
            }
        }
    }

    // A score not logged stays not logged: going from none to some is news, not more pain.
    private static int? Raise(int? pain, int more) => pain is int p ? Math.Min(PainScale.Max, p + more) : null;

    private static int Work(SessionPlan plan) => plan.Steps.Where(s => s.Kind is StepKind.Work or StepKind.Hold).Sum(s => s.DurationSeconds);
}
