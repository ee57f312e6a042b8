using System;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Coaching;

/// <summary>Scenarios with exact expected decisions: what the coach says for the built-in program.</summary>
public class CoachTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    // Treatment daily from Monday 2 March; prevention weekly on Mondays from 13 April.
    private static readonly TrainingProgram Program = RunnersKnee.Program(Start, new DateOnly(2026, 4, 13));

    private static readonly Coach Coach = new(Program);

    private static SessionLog Calm(DateOnly date) =>
        new(date, "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 1, painAfter: 1, painNextMorning: 1);

    private static DateOnly Day(int offset) => Start.AddDays(offset);

    [Fact]
    public void Decide_NoLogs_IsThePrescription()
    {
        var day = Coach.Decide(Day(0), Journal.Empty);

        day.Phase.Name.Should().Be("treatment");
        day.IsSessionDay.Should().BeTrue();
        day.Level.Should().Be(0);
        day.Routine.Should().BeSameAs(RunnersKnee.Routine);
        day.Decisions.Should().Equal(new Decision(DecisionKind.Prescription, "No sessions logged yet: the program's prescription as it is."));
    }

    [Fact]
    public void Decide_ThreeCalmSessions_RaisesRepetitionsOneStep()
    {
        var journal = new Journal([Calm(Day(0)), Calm(Day(1)), Calm(Day(2))]);

        var day = Coach.Decide(Day(3), journal);

        day.Level.Should().Be(1);
        day.Decisions[0].Should().Be(new Decision(
            DecisionKind.Progress,
            "Completed with pain 1/10 during, settled an hour after and calm the next morning. 3 calm sessions in a row: one step harder.",
            "calm-sessions"));
        var clamshell = day.Routine.Items.Single(i => i.Exercise == RunnersKnee.Clamshell);
        clamshell.Dosage.Should().Be(Dosage.Repetitions(22, Laterality.PerSide), "20 reps per side, one step of 2 repetitions up");
        day.Decisions.Should().Contain(new Decision(DecisionKind.ScaleUp, "Clamshell: 20 reps per side -> 22 reps per side.", null, "clamshell"));
        var plank = day.Routine.Items.Single(i => i.Exercise == RunnersKnee.SidePlank);
        plank.Dosage.Should().Be(Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide, sets: 2), "a hold has no repetitions: sets come next");
    }

    [Fact]
    public void Decide_TwoCalmSessions_HoldsAndCountsTowardTheNextStep()
    {
        var day = Coach.Decide(Day(2), new Journal([Calm(Day(0)), Calm(Day(1))]));

        day.Level.Should().Be(0);
        day.Decisions.Should().Equal(new Decision(
            DecisionKind.Hold,
            "Completed with pain 1/10 during, settled an hour after and calm the next morning. 2 of 3 calm sessions toward the next step."));
    }

    [Fact]
    public void Decide_NextMorningPainUp_RegressesNamingHopsFirst()
    {
        var flare = new SessionLog(Day(1), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 3, painAfter: 2, painNextMorning: 4);

        var day = Coach.Decide(Day(2), new Journal([Calm(Day(0)), flare]));

        day.Level.Should().Be(-1);
        day.Decisions[0].Should().Be(new Decision(
            DecisionKind.Regress,
            "Pain the next morning was 4/10, higher than the 2/10 before the session. The next session is one step easier.",
            "next-morning"));
        day.Decisions[1].Should().Be(new Decision(DecisionKind.LeaveOut, "Single-leg hop: left out for now; hops go first when the knee has flared.", null, "single-leg-hop"));
        day.Routine.Items.Select(i => i.Exercise).Should().NotContain(RunnersKnee.SingleLegHop).And.HaveCount(RunnersKnee.Routine.Items.Count - 1);
    }

    [Fact]
    public void Decide_TwoFlares_AlsoHalvesStepAndBosuWork()
    {
        var flare = (int d) => new SessionLog(Day(d), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 3, painAfter: 2, painNextMorning: 4);

        var day = Coach.Decide(Day(2), new Journal([flare(0), flare(1)]));

        day.Level.Should().Be(-2);
        day.Routine.Items.Single(i => i.Exercise == RunnersKnee.StepUp).Dosage.RepetitionCount
            .Should().Be((RunnersKnee.Routine.Items.Single(i => i.Exercise == RunnersKnee.StepUp).Dosage.RepetitionCount + 1) / 2);
        day.Routine.Items.Single(i => i.Exercise == RunnersKnee.Clamshell).Dosage.Should().Be(Dosage.Repetitions(20, Laterality.PerSide), "side-lying work waits for later steps");
    }

    [Fact]
    public void Decide_CalmAfterAFlare_StepsBackTowardThePrescription()
    {
        var flare = new SessionLog(Day(0), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 3, painAfter: 2, painNextMorning: 4);

        var day = Coach.Decide(Day(2), new Journal([flare, Calm(Day(1))]));

        day.Level.Should().Be(0);
        day.Routine.Should().BeSameAs(RunnersKnee.Routine);
        day.Decisions[0].Kind.Should().Be(DecisionKind.Progress);
        day.Decisions[0].Reason.Should().EndWith("One step back toward the prescription.");
    }

    [Fact]
    public void Decide_NoNextMorningScoreYet_Holds()
    {
        var log = new SessionLog(Day(0), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 1, painAfter: 1);

        var day = Coach.Decide(Day(1), new Journal([log]));

        day.Level.Should().Be(0);
        day.Decisions.Should().Equal(new Decision(DecisionKind.Hold, "The next morning's pain (or the pain before the session) is not logged yet. Holding the same session."));
    }

    [Fact]
    public void Decide_HighPainDuringButCalmMorning_HoldsBecauseTheDayAfterWeighsMore()
    {
        var log = new SessionLog(Day(0), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 6, painAfter: 2, painNextMorning: 2);

        var day = Coach.Decide(Day(1), new Journal([log]));

        day.Level.Should().Be(0);
        day.Decisions[0].Should().Be(new Decision(
            DecisionKind.Hold,
            "Pain during was 6/10, above 5/10, but the next morning was calm; the 24-hour response weighs more. Holding the same session.",
            "pain-during"));
    }

    [Fact]
    public void Decide_BackToRunningWithRunningPain1_MovesToWeekly()
    {
        var run = new SessionLog(new DateOnly(2026, 3, 20), null, SessionCompletion.None, run: new RunLog(20, 1));

        var day = Coach.Decide(new DateOnly(2026, 3, 23), new Journal([run]));

        day.Phase.Name.Should().Be("prevention");
        day.IsSessionDay.Should().BeTrue("prevention is weekly on Mondays, and 23 March 2026 is a Monday");
        day.Decisions[0].Should().Be(new Decision(
            DecisionKind.AdvancePhase,
            "Back to running on 2026-03-20 with running pain 1/10, within the acceptable 5/10: 'prevention' from 2026-03-21.",
            "running-pain"));
        Coach.Decide(new DateOnly(2026, 3, 24), new Journal([run])).IsSessionDay.Should().BeFalse();
        Coach.ProgramFor(new Journal([run])).Phases[0].End.Should().Be(PhaseEnd.OnDate(new DateOnly(2026, 3, 20)));
    }

    [Fact]
    public void Decide_RunningPainAboveTheRules_StaysInTreatment()
    {
        var run = new SessionLog(new DateOnly(2026, 3, 20), null, SessionCompletion.None, run: new RunLog(20, 6));

        Coach.Decide(new DateOnly(2026, 3, 23), new Journal([run])).Phase.Name.Should().Be("treatment");
        Coach.ProgramFor(new Journal([run])).Should().BeSameAs(Program);
    }

    [Fact]
    public void Decide_NoRunLogged_MovesOnTheDateGiven()
    {
        Coach.Decide(new DateOnly(2026, 4, 12), Journal.Empty).Phase.Name.Should().Be("treatment");
        Coach.Decide(new DateOnly(2026, 4, 13), Journal.Empty).Phase.Name.Should().Be("prevention");
    }

    [Fact]
    public void Decide_PreventionSessionWithPain7_ProposesGoingBackToDaily()
    {
        var session = new SessionLog(new DateOnly(2026, 4, 13), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 7);

        var day = Coach.Decide(new DateOnly(2026, 4, 20), new Journal([session]));

        day.Phase.Name.Should().Be("prevention");
        day.Decisions.Should().ContainInOrder(
            new Decision(DecisionKind.Regress, "Pain during the session was 7/10, above the acceptable 5/10. The next session is one step easier.", "pain-during"),
            new Decision(
                DecisionKind.ProposeReturnToTreatment,
                "Pain during the session was 7/10, above the acceptable 5/10. Consider going back to daily treatment, and check with your clinician.",
                "pain-during"));
    }

    [Fact]
    public void Decide_PreventionRunAboveTheRules_ProposesGoingBackToDaily()
    {
        var run = new SessionLog(new DateOnly(2026, 4, 15), null, SessionCompletion.None, run: new RunLog(30, 6));

        var day = Coach.Decide(new DateOnly(2026, 4, 20), new Journal([run]));

        day.Decisions.Should().Contain(new Decision(
            DecisionKind.ProposeReturnToTreatment,
            "Running pain on 2026-04-15 was 6/10, above 5/10: consider going back to daily treatment, and check with your clinician.",
            "running-pain"));
    }

    [Fact]
    public void Decide_DayWithoutASession_SaysSoAndShowsTheNextOne()
    {
        var day = Coach.Decide(new DateOnly(2026, 4, 14), Journal.Empty);

        day.IsSessionDay.Should().BeFalse();
        day.Decisions.Should().Contain(new Decision(DecisionKind.RestDay, "No session on Tuesday in the 'prevention' phase; this is what the next one holds."));
    }

    [Fact]
    public void Decide_LogsOnOrAfterTheDay_AreNotUsed()
    {
        var journal = new Journal([Calm(Day(0)), Calm(Day(1)), Calm(Day(2))]);

        Coach.Decide(Day(2), journal).Level.Should().Be(0);
        Coach.Decide(Day(3), journal).Level.Should().Be(1);
    }

    [Fact]
    public void Decide_DateOutsideTheProgram_ThrowsNamingDate()
    {
        var act = () => Coach.Decide(Start.AddDays(-1), Journal.Empty);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Theory]
    [InlineData(1, 1, 1, 1, SessionCompletion.All, Verdict.Calm, null)]
    [InlineData(1, 3, 1, 1, SessionCompletion.All, Verdict.Mixed, "pain-during")]
    [InlineData(1, 1, 1, 1, SessionCompletion.Partial, Verdict.Mixed, null)]
    [InlineData(1, 1, 3, 1, SessionCompletion.All, Verdict.Mixed, "settling")]
    [InlineData(1, 6, 1, 1, SessionCompletion.All, Verdict.Mixed, "pain-during")]
    [InlineData(1, 6, 1, null, SessionCompletion.All, Verdict.Broken, "pain-during")]
    [InlineData(1, 1, 1, 2, SessionCompletion.All, Verdict.Broken, "next-morning")]
    [InlineData(1, 1, 1, null, SessionCompletion.All, Verdict.Missing, null)]
    [InlineData(1, null, 1, 1, SessionCompletion.All, Verdict.Missing, null)]
    [InlineData(null, 1, 1, 1, SessionCompletion.All, Verdict.Missing, null)]
    [InlineData(1, 1, 1, 1, SessionCompletion.None, Verdict.Missing, null)]
    public void Judge_Scores_GiveTheVerdictAndRule(int? before, int? during, int? after, int? morning, SessionCompletion completion, Verdict verdict, string? rule)
    {
        var log = new SessionLog(Day(0), "runners-knee", completion, painBefore: before, painDuring: during, painAfter: after, painNextMorning: morning);

        var judgement = Coach.Judge(log);

        judgement.Verdict.Should().Be(verdict);
        judgement.Rule.Should().Be(rule);
    }

    [Fact]
    public void Adapt_ManyLevels_StopsAtTheCaps()
    {
        var routine = Coach.Adapt(RunnersKnee.Routine, 1000);

        routine.Items.Single(i => i.Exercise == RunnersKnee.Clamshell).Dosage.Should().Be(Dosage.Repetitions(30, Laterality.PerSide, sets: 3));
        routine.Items.Single(i => i.Exercise == RunnersKnee.SidePlank).Dosage.Should().Be(Dosage.Hold(TimeSpan.FromSeconds(60), Laterality.PerSide, sets: 3));
    }

    [Fact]
    public void Adapt_RoutineOfOnlyHops_ScalesThemDownInsteadOfLeavingThemOut()
    {
        var hops = new Routine("hops", "Hops", [new RoutineItem(RunnersKnee.SingleLegHop, Dosage.Repetitions(20, Laterality.PerSide))]);

        Coach.Adapt(hops, -1).Items.Single().Dosage.Should().Be(Dosage.Repetitions(10, Laterality.PerSide));
    }
}
