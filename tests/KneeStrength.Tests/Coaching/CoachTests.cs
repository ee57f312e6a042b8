using System;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Coaching;

/// <summary>Scenarios with exact expected decisions: what the coach says for the built-in program.</summary>
public class CoachTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    // Treatment daily from Monday 2 March until back to running on Sunday 12 April; prevention every seven days from 13 April.
    private static readonly TrainingProgram Program = RunnersKnee.Program;

    private static readonly Enrolment Enrolment = new("ann", Program, Start, [EnrolmentEvent.BackToRunning(new DateOnly(2026, 4, 12))]);

    private static readonly Enrolment NoEvent = new("ann", Program, Start);

    private static readonly Coach Coach = Coach.Default;

    private static SessionLog Calm(DateOnly date) =>
        new(date, "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 1, painAfter: 1, painNextMorning: 1);

    private static DateOnly Day(int offset) => Start.AddDays(offset);

    [Fact]
    public void Decide_NoLogs_IsThePrescription()
    {
        var day = Coach.Decide(Enrolment, Journal.Empty, Day(0));

        day.Phase.Name.Should().Be("treatment");
        day.IsSessionDay.Should().BeTrue();
        day.Level.Should().Be(0);
        day.Routine.Should().BeSameAs(RunnersKnee.Routine);
        day.Decisions.Said().Should().Equal(new Said(DecisionKind.Prescription, "No sessions logged yet: the program's prescription as it is."));
    }

    [Fact]
    public void Decide_ThreeCalmSessions_RaisesRepetitionsOneStep()
    {
        var journal = new Journal([Calm(Day(0)), Calm(Day(1)), Calm(Day(2))]);

        var day = Coach.Decide(Enrolment, journal, Day(3));

        day.Level.Should().Be(1);
        day.Decisions[0].Said().Should().Be(new Said(
            DecisionKind.Progress,
            "Completed with pain 1/10 during, settled an hour after and calm the next morning. 3 calm sessions in a row: one step harder.",
            CoachingRule.CalmSessions));
        var clamshell = day.Routine.Items.Single(i => i.Exercise == RunnersKnee.Clamshell);
        clamshell.Dosage.Should().Be(Dosage.Repetitions(22, Laterality.PerSide), "20 reps per side, one step of 2 repetitions up");
        day.Decisions.Said().Should().Contain(new Said(DecisionKind.ScaleUp, "Clamshell: 20 reps per side -> 22 reps per side.", CoachingRule.None, "clamshell"));
        var plank = day.Routine.Items.Single(i => i.Exercise == RunnersKnee.SidePlank);
        plank.Dosage.Should().Be(Dosage.Hold(TimeSpan.FromSeconds(35), Laterality.PerSide), "a hold grows by seconds before sets");
        day.Decisions.Said().Should().Contain(new Said(DecisionKind.ScaleUp, "Side plank: 30 s hold per side -> 35 s hold per side.", CoachingRule.None, "side-plank"));
        var stretch = day.Routine.Items.Single(i => i.Exercise == RunnersKnee.StandingItBandStretch);
        stretch.Dosage.Should().Be(Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide), "stretches do not get harder");
    }

    [Fact]
    public void Decide_TwoCalmSessions_HoldsAndCountsTowardTheNextStep()
    {
        var day = Coach.Decide(Enrolment, new Journal([Calm(Day(0)), Calm(Day(1))]), Day(2));

        day.Level.Should().Be(0);
        day.Decisions.Said().Should().Equal(new Said(
            DecisionKind.Hold,
            "Completed with pain 1/10 during, settled an hour after and calm the next morning. 2 of 3 calm sessions toward the next step."));
    }

    [Fact]
    public void Decide_NextMorningPainUp_RegressesNamingHopsFirst()
    {
        var flare = new SessionLog(Day(1), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 3, painAfter: 2, painNextMorning: 4);

        var day = Coach.Decide(Enrolment, new Journal([Calm(Day(0)), flare]), Day(2));

        day.Level.Should().Be(-1);
        day.Decisions[0].Said().Should().Be(new Said(
            DecisionKind.Regress,
            "Pain the next morning was 4/10, higher than 1/10 the morning before. Also: pain an hour after was 2/10 and had not settled to 1/10 the morning before. The next session is one step easier.",
            CoachingRule.NextMorning));
        day.Decisions[1].Said().Should().Be(new Said(DecisionKind.LeaveOut, "Single-leg hop: left out for now; hops go first when the knee has flared.", CoachingRule.None, "single-leg-hop"));
        day.Routine.Items.Select(i => i.Exercise).Should().NotContain(RunnersKnee.SingleLegHop).And.HaveCount(RunnersKnee.Routine.Items.Count - 1);
    }

    [Fact]
    public void Decide_TwoFlares_AlsoHalvesStepAndBosuWork()
    {
        // Each flare's next morning is worse than the morning before it: 4 after 2 before, then 5 after the morning of 4.
        var flare = (int d) => new SessionLog(Day(d), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 3, painAfter: 2, painNextMorning: 4 + d);

        var day = Coach.Decide(Enrolment, new Journal([flare(0), flare(1)]), Day(2));

        day.Level.Should().Be(-2);
        day.Routine.Items.Single(i => i.Exercise == RunnersKnee.StepUp).Dosage.RepetitionCount
            .Should().Be((RunnersKnee.Routine.Items.Single(i => i.Exercise == RunnersKnee.StepUp).Dosage.RepetitionCount + 1) / 2);
        day.Routine.Items.Single(i => i.Exercise == RunnersKnee.Clamshell).Dosage.Should().Be(Dosage.Repetitions(20, Laterality.PerSide), "side-lying work waits for later steps");
    }

    [Fact]
    public void Decide_CalmAfterAFlare_StepsBackTowardThePrescription()
    {
        var flare = new SessionLog(Day(0), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 3, painAfter: 2, painNextMorning: 4);

        var day = Coach.Decide(Enrolment, new Journal([flare, Calm(Day(1))]), Day(2));

        day.Level.Should().Be(0);
        day.Routine.Should().BeSameAs(RunnersKnee.Routine);
        day.Decisions[0].Kind.Should().Be(DecisionKind.Progress);
        day.Decisions[0].Reason.Should().EndWith("One step back toward the prescription.");
    }

    [Fact]
    public void Decide_NoNextMorningScoreYet_CountsTheSessionProvisionally()
    {
        var log = new SessionLog(Day(0), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 1, painAfter: 1);

        var day = Coach.Decide(Enrolment, new Journal([log]), Day(1));

        day.Level.Should().Be(0);
        day.IsProvisional.Should().BeTrue();
        day.Decisions.Said().Should().Equal(new Said(
            DecisionKind.Hold,
            "Completed with pain 1/10 during, settled an hour after. Provisional until the next morning is logged: a morning above 1/10 would make the next session easier. 1 of 3 calm sessions toward the next step.",
            CoachingRule.None,
            null,
            IsProvisional: true));
    }

    [Fact]
    public void Decide_HighPainDuringButCalmMorning_HoldsBecauseTheDayAfterWeighsMore()
    {
        var log = new SessionLog(Day(0), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 6, painAfter: 2, painNextMorning: 2);

        var day = Coach.Decide(Enrolment, new Journal([log]), Day(1));

        day.Level.Should().Be(0);
        day.Decisions[0].Said().Should().Be(new Said(
            DecisionKind.Hold,
            "Pain during the session was 6/10, above the acceptable 5/10. The next morning was calm, and the 24-hour response weighs more. Holding the same session.",
            CoachingRule.PainDuring));
    }

    [Fact]
    public void Decide_BackToRunningWithRunningPain1_MovesToWeekly()
    {
        var mondays = new Enrolment("ann", RunnersKnee.ProgramWeeklyOn(DayOfWeek.Monday), Start);
        var run = new SessionLog(new DateOnly(2026, 3, 20), null, SessionCompletion.None, run: new RunLog(20, 1));

        var day = Coach.Decide(mondays, new Journal([run]), new DateOnly(2026, 3, 23));

        day.Phase.Name.Should().Be("prevention");
        day.IsSessionDay.Should().BeTrue("prevention is weekly on Mondays, and 23 March 2026 is a Monday");
        day.Decisions[0].Said().Should().Be(new Said(
            DecisionKind.AdvancePhase,
            "Back to running on 2026-03-20 with running pain 1/10, within the acceptable 5/10: Weekly prevention from 2026-03-21.",
            CoachingRule.RunningPain));
        Coach.Decide(mondays, new Journal([run]), new DateOnly(2026, 3, 24)).IsSessionDay.Should().BeFalse();
        var shaped = Coach.Shape(mondays, new Journal([run]));
        shaped.Events.Should().Equal(EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20)));
        shaped.Phases[0].LastDay.Should().Be(new DateOnly(2026, 3, 20));
        shaped.Phases[0].Ending.Should().Be(PhaseEnding.Event);
        day.Enrolment.Should().Be(shaped);
    }

    [Fact]
    public void Decide_RunningPainAboveTheRules_StaysInTreatment()
    {
        var run = new SessionLog(new DateOnly(2026, 3, 20), null, SessionCompletion.None, run: new RunLog(20, 6));

        Coach.Decide(NoEvent, new Journal([run]), new DateOnly(2026, 3, 23)).Phase.Name.Should().Be("treatment");
        Coach.Shape(NoEvent, new Journal([run])).Should().BeSameAs(NoEvent);
    }

    [Fact]
    public void Decide_NoRunLogged_MovesOnTheDateGiven()
    {
        Coach.Decide(Enrolment, Journal.Empty, new DateOnly(2026, 4, 12)).Phase.Name.Should().Be("treatment");
        Coach.Decide(Enrolment, Journal.Empty, new DateOnly(2026, 4, 13)).Phase.Name.Should().Be("prevention");
    }

    [Fact]
    public void Decide_PreventionSessionWithPain6AndAWorseMorning_ProposesGoingBackToDaily()
    {
        var session = new SessionLog(new DateOnly(2026, 4, 13), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 6, painAfter: 2, painNextMorning: 3);

        var day = Coach.Decide(NoEvent, new Journal([session]), new DateOnly(2026, 4, 20));

        day.Phase.Name.Should().Be("prevention");
        day.Decisions.Said().Should().ContainInOrder(
            new Said(
                DecisionKind.Regress,
                "Pain the next morning was 3/10, higher than 2/10 before the session. Also: pain during the session was 6/10, above the acceptable 5/10. The next session is one step easier.",
                CoachingRule.NextMorning),
            new Said(
                DecisionKind.ProposeReturnToTreatment,
                "Pain the next morning was 3/10, higher than 2/10 before the session. Also: pain during the session was 6/10, above the acceptable 5/10. Consider going back to daily treatment, and check with your clinician.",
                CoachingRule.NextMorning));
    }

    [Fact]
    public void Decide_PreventionRunAboveTheRules_ProposesGoingBackToDaily()
    {
        var run = new SessionLog(new DateOnly(2026, 4, 15), null, SessionCompletion.None, run: new RunLog(30, 6));

        var day = Coach.Decide(NoEvent, new Journal([run]), new DateOnly(2026, 4, 20));

        day.Decisions.Said().Should().Contain(new Said(
            DecisionKind.ProposeReturnToTreatment,
            "Running pain on 2026-04-15 was 6/10, above 5/10: consider going back to daily treatment, and check with your clinician.",
            CoachingRule.RunningPain));
    }

    [Fact]
    public void Decide_DayWithoutASession_SaysSoAndShowsTheNextOne()
    {
        var day = Coach.Decide(Enrolment, Journal.Empty, new DateOnly(2026, 4, 14));

        day.IsSessionDay.Should().BeFalse();
        day.Decisions.Said().Should().Contain(new Said(DecisionKind.RestDay, "No session on Tuesday 2026-04-14 (Weekly prevention): the next one is on Monday 2026-04-20."));
        day.NextSession.Should().Be(new DateOnly(2026, 4, 20));
    }

    [Fact]
    public void Decide_LogsOnOrAfterTheDay_AreNotUsed()
    {
        var journal = new Journal([Calm(Day(0)), Calm(Day(1)), Calm(Day(2))]);

        Coach.Decide(Enrolment, journal, Day(2)).Level.Should().Be(0);
        Coach.Decide(Enrolment, journal, Day(3)).Level.Should().Be(1);
    }

    [Fact]
    public void Decide_DateOutsideTheProgram_ThrowsNamingDate()
    {
        var act = () => Coach.Decide(Enrolment, Journal.Empty, Start.AddDays(-1));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Theory]
    [InlineData(1, 1, 1, 1, SessionCompletion.All, false, Verdict.Calm, CoachingRule.None, false)]
    [InlineData(1, 3, 1, 1, SessionCompletion.All, false, Verdict.Mixed, CoachingRule.PainDuring, false)]
    [InlineData(1, 1, 1, 1, SessionCompletion.Partial, false, Verdict.Mixed, CoachingRule.None, false)]
    [InlineData(1, 1, 3, 1, SessionCompletion.All, false, Verdict.Mixed, CoachingRule.Settling, false)]
    [InlineData(1, 6, 1, 1, SessionCompletion.All, false, Verdict.Mixed, CoachingRule.PainDuring, false)]
    [InlineData(1, 6, 1, null, SessionCompletion.All, false, Verdict.Broken, CoachingRule.PainDuring, true)]
    [InlineData(1, 1, 1, 2, SessionCompletion.All, false, Verdict.Broken, CoachingRule.NextMorning, false)]
    [InlineData(1, 1, 1, null, SessionCompletion.All, false, Verdict.Calm, CoachingRule.None, true)]
    [InlineData(1, null, 1, 1, SessionCompletion.All, false, Verdict.Missing, CoachingRule.None, false)]
    [InlineData(null, 1, 1, 1, SessionCompletion.All, false, Verdict.Calm, CoachingRule.None, false)]
    [InlineData(null, 1, 3, 1, SessionCompletion.All, false, Verdict.Mixed, CoachingRule.Settling, false)]
    [InlineData(null, 1, 1, 3, SessionCompletion.All, false, Verdict.Broken, CoachingRule.NextMorning, false)]
    [InlineData(1, 1, 1, 1, SessionCompletion.None, false, Verdict.Missing, CoachingRule.None, false)]
    [InlineData(1, 7, 1, 1, SessionCompletion.All, false, Verdict.Broken, CoachingRule.SeverePain, false)]
    [InlineData(1, 1, 1, 1, SessionCompletion.All, true, Verdict.Broken, CoachingRule.SharpPain, false)]
    public void Judge_Scores_GiveTheVerdictAndRule(
        int? before, int? during, int? after, int? morning, SessionCompletion completion, bool sharp, Verdict verdict, CoachingRule rule, bool provisional)
    {
        var log = new SessionLog(Day(0), "runners-knee", completion, painBefore: before, painDuring: during, painAfter: after, painNextMorning: morning, sharpPain: sharp);

        var judgement = Coach.Judge(new Journal([log]), Day(0));

        judgement.Verdict.Should().Be(verdict);
        judgement.Rule.Should().Be(rule);
        judgement.IsProvisional.Should().Be(provisional);
        judgement.Should().Be(PainRules.Default.Judge(log));
        judgement.BrokenRules.Should().OnlyHaveUniqueItems();
        if (verdict == Verdict.Broken)
        {
            judgement.BrokenRules.Should().StartWith([rule]);
        }
        else if (during <= 5 && after <= (before ?? 2))
        {
            judgement.BrokenRules.Should().BeEmpty("nothing broke a rule; pain above the target only holds");
        }
    }

    [Fact]
    public void Adapt_ManyLevels_StopsAtTheCaps()
    {
        var routine = ProgressionPolicy.Default.Adapt(RunnersKnee.Routine, 1000);

        routine.Items.Single(i => i.Exercise == RunnersKnee.Clamshell).Dosage.Should().Be(Dosage.Repetitions(30, Laterality.PerSide, sets: 3));
        routine.Items.Single(i => i.Exercise == RunnersKnee.SidePlank).Dosage.Should().Be(Dosage.Hold(TimeSpan.FromSeconds(60), Laterality.PerSide, sets: 3));
        routine.Items.Single(i => i.Exercise == RunnersKnee.StandingCalfStretch).Dosage.Should().Be(Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide), "stretches do not get harder");
    }

    [Fact]
    public void Adapt_RoutineOfOnlyHops_ScalesThemDownInsteadOfLeavingThemOut()
    {
        var hops = new Routine("hops", "Hops", [new RoutineItem(RunnersKnee.SingleLegHop, Dosage.Repetitions(20, Laterality.PerSide))]);

        ProgressionPolicy.Default.Adapt(hops, -1).Items.Single().Dosage.Should().Be(Dosage.Repetitions(10, Laterality.PerSide));
    }
}
