using System;
using System.Linq;
using CsCheck;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Tests.Serialization;
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Coaching;

public class CoachCheckpointTests
{
    private const int Iterations = 1500;

    private static readonly DateOnly Start = new(2026, 3, 2);

    private static readonly Gen<int?> Pain = CoachPropertyTests.Pain;

    /// <summary>A log on a day of the first 120: often a calm session, sometimes pain, a run, no routine or no session.</summary>
    private static readonly Gen<SessionLog> Log =
        Gen.Select(Gen.Int[0, 119], Gen.Enum<SessionCompletion>(), Gen.Select(Pain, Pain, Pain, Pain), Gen.Int[0, 5], Gen.Select(Gen.Int[1, 90], Gen.Int[0, 10]).Nullable(0.8))
            .Select((day, completion, pains, kind, run) => kind switch
            {
                > 1 => new SessionLog(Start.AddDays(day), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 1, painAfter: 1, painNextMorning: kind == 2 ? null : 1, run: run is var (m, p) ? new RunLog(m, p) : null),
                1 => new SessionLog(Start.AddDays(day), null, SessionCompletion.None, run: new RunLog(30, run?.Item2 ?? 1)),
                _ => new SessionLog(
                    Start.AddDays(day),
                    "runners-knee",
                    completion,
                    painBefore: pains.Item1,
                    painDuring: pains.Item2,
                    painAfter: pains.Item3,
                    painNextMorning: pains.Item4,
                    run: run is var (minutes, pain) ? new RunLog(minutes, pain) : null,
                    sharpPain: day % 11 == 5),
            });

    private static readonly Gen<SessionLog[]> Logs =
        Log.Array[0, 90].Select(logs => logs.DistinctBy(l => l.Date).OrderBy(l => l.Date).ToArray());

    private static readonly Gen<Enrolment> Enrolments =
        Gen.Select(DocumentGenerators.EventsFrom(Start), Gen.Int[0, 3])
            .Select((events, budget) => new Enrolment("ann", RunnersKnee.Program, Start, events, budget == 0 ? null : TimeSpan.FromMinutes(5 * budget)));

    [Fact]
    public void Decide_FromACheckpointWithOnlyTheLogsFromItsDay_IsTheWholeJournalsAnswer() =>
        Gen.Select(Enrolments, Logs, Gen.Int[1, 130], Gen.Int[0, 130]).Sample(
            t =>
            {
                var (enrolment, logs, day, cut) = t;
                var date = Start.AddDays(day);
                var journal = new Journal(logs);
                var checkpoint = Coach.Default.Checkpoint(enrolment, journal, Start.AddDays(Math.Min(cut, day - 1) + 1));
                if (checkpoint is null)
                {
                    return;
                }

                checkpoint.Date.Should().BeBefore(date);
                var recent = new Journal(logs.Where(l => l.Date >= checkpoint.Date));

                var whole = Coach.Default.Decide(enrolment, journal, date);
                var resumed = new Coach().Decide(enrolment, recent, date, checkpoint);

                Same(resumed, whole);
            },
            iter: Iterations);

    [Fact]
    public void Checkpoint_FromAnEarlierCheckpoint_IsTheOneMadeFromTheStart() =>
        Gen.Select(Enrolments, Logs, Gen.Int[1, 120], Gen.Int[1, 120]).Sample(
            t =>
            {
                var (enrolment, logs, first, second) = t;
                var journal = new Journal(logs);
                var earlier = Coach.Default.Checkpoint(enrolment, journal, Start.AddDays(Math.Min(first, second)));
                var direct = Coach.Default.Checkpoint(enrolment, journal, Start.AddDays(Math.Max(first, second)));
                if (earlier is null)
                {
                    return;
                }

                var recent = new Journal(logs.Where(l => l.Date >= earlier.Date));
                var chained = Coach.Default.Checkpoint(enrolment, recent, Start.AddDays(Math.Max(first, second)), earlier);

                chained.Should().Be(direct);
            },
            iter: Iterations);

    [Fact]
    public void Checkpoint_StandsOnTheLatestJudgedSessionDayBeforeTheDayAndHoldsTheLevelWalkedToBeforeIt()
    {
        // Nine calm sessions in a row (three calm sessions progress), a calm run on day 3, then a day with a run only.
        var logs = Enumerable.Range(0, 9)
            .Select(d => new SessionLog(Start.AddDays(d), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 1, painAfter: 1, painNextMorning: 1, run: d == 3 ? new RunLog(20, 1) : null))
            .Append(new SessionLog(Start.AddDays(10), null, SessionCompletion.None, run: new RunLog(20, 1)))
            .ToArray();
        var enrolment = new Enrolment("ann", RunnersKnee.Program, Start);

        var checkpoint = Coach.Default.Checkpoint(enrolment, new Journal(logs), Start.AddDays(20));

        checkpoint.Should().NotBeNull();
        checkpoint!.Date.Should().Be(Start.AddDays(8), "the latest judged session day");
        checkpoint.Level.Should().Be(2, "days 0-5 were six calm sessions: two steps up");
        checkpoint.CalmStreak.Should().Be(2, "days 6 and 7 were calm");
        checkpoint.MorningBefore.Should().Be(1, "day 7 logged a next morning of 1");
        checkpoint.RunDays.Should().Equal([Start.AddDays(3)], "the run on day 3 was within the acceptable pain; the one on day 10 is not before the checkpoint");
        Coach.Default.Checkpoint(enrolment, new Journal(logs), Start.AddDays(8)).Should().Match<CoachCheckpoint>(c => c.Date == Start.AddDays(7));
        Coach.Default.Checkpoint(enrolment, Journal.Empty, Start.AddDays(8)).Should().BeNull();
    }

    [Fact]
    public void Decide_CheckpointOnOrAfterTheDay_IsRefusedNamingFrom()
    {
        var enrolment = new Enrolment("ann", RunnersKnee.Program, Start);
        var checkpoint = new CoachCheckpoint(Start.AddDays(5), 1, 0, null, []);

        FluentActions.Invoking(() => Coach.Default.Decide(enrolment, Journal.Empty, Start.AddDays(5), checkpoint))
            .Should().Throw<ArgumentException>().WithParameterName("from").WithMessage("*2026-03-07*before the day decided (2026-03-07)*");
        FluentActions.Invoking(() => Coach.Default.Checkpoint(enrolment, Journal.Empty, Start.AddDays(9), new CoachCheckpoint(Start.AddDays(-1), 0, 0, null, [])))
            .Should().Throw<ArgumentException>().WithParameterName("from");
    }

    [Fact]
    public void Constructor_BadValues_NameTheirParameter()
    {
        FluentActions.Invoking(() => new CoachCheckpoint(Start, 0, -1, null, [])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("calmStreak");
        FluentActions.Invoking(() => new CoachCheckpoint(Start, 0, 0, 11, [])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("morningBefore");
        FluentActions.Invoking(() => new CoachCheckpoint(Start.AddDays(9), 0, 0, null, [Start, Start.AddDays(2), Start]))
            .Should().Throw<ArgumentException>().WithParameterName("runDays").WithMessage("*2026-03-02 is there twice*");
        FluentActions.Invoking(() => new CoachCheckpoint(Start.AddDays(9), 0, 0, null, [Start.AddDays(9)]))
            .Should().Throw<ArgumentException>().WithParameterName("runDays").WithMessage("*2026-03-11 is not before*");
        FluentActions.Invoking(() => new CoachCheckpoint(Start, 0, 0, null, null!)).Should().Throw<ArgumentNullException>().WithParameterName("runDays");
        new CoachCheckpoint(Start.AddDays(20), 3, 1, 2, [Start.AddDays(9), Start.AddDays(4)])
            .Should().Be(new CoachCheckpoint(Start.AddDays(20), 3, 1, 2, [Start.AddDays(4), Start.AddDays(9)]));
        new CoachCheckpoint(Start.AddDays(20), 3, 1, 2, [Start.AddDays(9)]).Should().NotBe(new CoachCheckpoint(Start.AddDays(20), 3, 1, 2, [Start.AddDays(8)]));
    }

    private static void Same(CoachingDay resumed, CoachingDay whole)
    {
        resumed.Decisions.Should().Equal(whole.Decisions);
        resumed.Decisions.Said().Should().Equal(whole.Decisions.Said());
        resumed.Level.Should().Be(whole.Level);
        resumed.Routine.Should().Be(whole.Routine);
        resumed.Plan.Should().Be(whole.Plan);
        resumed.PlacedPhase.Should().Be(whole.PlacedPhase);
        resumed.IsSessionDay.Should().Be(whole.IsSessionDay);
        resumed.NextSession.Should().Be(whole.NextSession);
        resumed.Enrolment.Should().Be(whole.Enrolment);
        resumed.LastJudgement.Should().Be(whole.LastJudgement);
        KneeStrength.Serialization.KneeJson.WriteCoachingDay(resumed).Should().Be(KneeStrength.Serialization.KneeJson.WriteCoachingDay(whole));
    }
}
