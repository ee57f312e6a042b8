using System;
using System.Collections.Generic;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Coaching;

/// <summary>
/// The evidence rule of issue 19, tried as a runner would: the morning before a session is the previous session's
/// next-morning score when it was logged, the pain before the session stands in when it was not, and with neither the
/// after-pain is judged against the target.
/// </summary>
public class CoachScenarioTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static readonly Enrolment Ann = new("ann", RunnersKnee.Program, Start);

    // Back to running on the first day: prevention every seven days from Tuesday 3 March.
    private static readonly Enrolment Running = new("ann", RunnersKnee.Program, Start, [EnrolmentEvent.BackToRunning(Start)]);

    private static DateOnly Day(int offset) => Start.AddDays(offset);

    // "knee log --pain-during 1 --pain-after 1" and "--next-morning 1" the day after; pain before only when asked.
    private static SessionLog Session(int day, int during = 1, int after = 1, int? morning = 1, int? before = null, bool sharp = false) =>
        new(Day(day), "runners-knee", SessionCompletion.All, painBefore: before, painDuring: during, painAfter: after, painNextMorning: morning, sharpPain: sharp);

    private static SessionLog Run(int day, int pain, int? morning = null) =>
        new(Day(day), null, SessionCompletion.None, painNextMorning: morning, run: new RunLog(30, pain));

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public void Decide_ThreeCalmSessionsWithOrWithoutPainBefore_ProgressOnDayFour(int? before)
    {
        var journal = new Journal([Session(0, before: before), Session(1, before: before), Session(2, before: before)]);

        var day = Coach.Default.Decide(Ann, journal, Day(3));

        day.Level.Should().Be(1);
        day.IsProvisional.Should().BeFalse();
        day.Decisions[0].Kind.Should().Be(DecisionKind.Progress);
        day.Decisions[0].Rule.Should().Be(CoachingRule.CalmSessions);
        day.LastJudgement!.Verdict.Should().Be(Verdict.Calm);
        day.LastJudgement.MorningBefore.Should().Be(1, "the morning before day 3's session is day 2's next-morning score");
    }

    [Fact]
    public void Decide_FirstSessionWithNothingBefore_IsJudgedAgainstTheTarget()
    {
        var judgement = Coach.Default.Decide(Ann, new Journal([Session(0, after: 2, morning: 2)]), Day(1)).LastJudgement!;

        judgement.Verdict.Should().Be(Verdict.Calm, "2/10 an hour after and the next morning is within the 2/10 target");
        judgement.MorningBefore.Should().BeNull();
        Coach.Default.Decide(Ann, new Journal([Session(0, after: 3, morning: 2)]), Day(1)).LastJudgement!.Rule.Should().Be(CoachingRule.Settling);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public void Decide_NextMorningWorseThanTheMorningBefore_Regresses(int? before)
    {
        var journal = new Journal([Session(0, before: before), Session(1, before: before, morning: 2)]);

        var day = Coach.Default.Decide(Ann, journal, Day(2));

        day.Level.Should().Be(-1);
        day.Decisions[0].Kind.Should().Be(DecisionKind.Regress);
        day.Decisions[0].Rule.Should().Be(CoachingRule.NextMorning);
        day.Decisions[0].Reason.Should().StartWith("Pain the next morning was 2/10, higher than 1/10 the morning before.");
    }

    [Fact]
    public void Decide_PainBeforeStandsInOnlyWithoutTheMorningBefore()
    {
        // The morning before day 1 is 3 (day 0's next morning); the pain before, 1, does not count then.
        var withMorning = new Journal([Session(0, morning: 3), Session(1, before: 1, after: 2, morning: 3)]);
        var withoutMorning = new Journal([Session(0, morning: null), Session(1, before: 1, after: 2, morning: 3)]);

        Coach.Default.Decide(Ann, withMorning, Day(2)).LastJudgement!.MorningBefore.Should().Be(3);
        Coach.Default.Decide(Ann, withMorning, Day(2)).LastJudgement!.BrokenRules.Should().NotContain(CoachingRule.NextMorning);
        Coach.Default.Decide(Ann, withoutMorning, Day(2)).LastJudgement!.MorningBefore.Should().Be(1);
        Coach.Default.Decide(Ann, withoutMorning, Day(2)).LastJudgement!.BrokenRules.Should().StartWith([CoachingRule.NextMorning]);
    }

    [Fact]
    public void Decide_MissingNextMorningOnTheLatestSession_IsProvisionalAndSaysWhatTheMorningWouldChange()
    {
        var journal = new Journal([Session(0), Session(1), Session(2, morning: null)]);

        var day = Coach.Default.Decide(Ann, journal, Day(3));

        day.IsProvisional.Should().BeTrue();
        day.LastJudgement!.IsProvisional.Should().BeTrue();
        day.Level.Should().Be(1, "three calm sessions, the last one provisionally");
        day.Decisions[0].IsProvisional.Should().BeTrue();
        day.Decisions[0].Reason.Should().Contain("Provisional until the next morning is logged: a morning above 1/10 would make the next session easier.");

        var confirmed = Coach.Default.Decide(Ann, journal.With(Session(2)), Day(3));
        confirmed.IsProvisional.Should().BeFalse();
        confirmed.Level.Should().Be(1);
        Coach.Default.Decide(Ann, journal.With(Session(2, morning: 2)), Day(3)).Level.Should().Be(-1, "the morning the provisional answer named");
    }

    [Fact]
    public void Decide_HighPainDuringWithoutTheMorningYet_RegressesProvisionallyAndSaysTheMorningWouldHold()
    {
        var day = Coach.Default.Decide(Ann, new Journal([Session(0), Session(1, during: 6, morning: null)]), Day(2));

        day.Level.Should().Be(-1);
        day.IsProvisional.Should().BeTrue();
        day.Decisions[0].Reason.Should().Contain("a morning at or below 1/10 would hold the session instead");
        Coach.Default.Decide(Ann, new Journal([Session(0), Session(1, during: 6, morning: 1)]), Day(2)).Level.Should().Be(0);
    }

    [Fact]
    public void Decide_MissingNextMorningOnAnEarlierSession_HoldsTheStreak()
    {
        var journal = new Journal([Session(0, morning: null), Session(1), Session(2)]);

        var day = Coach.Default.Decide(Ann, journal, Day(3));

        day.Level.Should().Be(0, "the first session's morning never came, so it does not count as calm");
        day.IsProvisional.Should().BeFalse();
        day.Decisions[0].Said().Should().Be(new Said(
            DecisionKind.Hold,
            "Completed with pain 1/10 during, settled an hour after and calm the next morning. 2 of 3 calm sessions toward the next step."));
    }

    public static TheoryData<string, SessionLog, CoachingRule> SafetyCases => new()
    {
        { "treatment", Session(0, during: 7), CoachingRule.SeverePain },
        { "treatment", Session(0, during: 10, morning: 1), CoachingRule.SeverePain },
        { "treatment", Session(0, sharp: true), CoachingRule.SharpPain },
        { "treatment", Run(0, 8), CoachingRule.SeverePain },
        { "prevention", Session(1, during: 7), CoachingRule.SeverePain },
        { "prevention", Session(1, sharp: true), CoachingRule.SharpPain },
        { "prevention", Run(2, 1, morning: 7), CoachingRule.SeverePain },
    };

    [Theory]
    [MemberData(nameof(SafetyCases))]
    public void Decide_SevereOrSharpPain_FirstDecisionIsSeeAClinicianInEveryPhase(string phase, SessionLog log, CoachingRule rule)
    {
        var enrolment = phase == "treatment" ? Ann : Running;

        var day = Coach.Default.Decide(enrolment, new Journal([log]), Day(8));

        day.Phase.Name.Should().Be(phase);
        day.Decisions[0].Kind.Should().Be(DecisionKind.SeeClinician);
        day.Decisions[0].Rule.Should().Be(rule);
        day.Decisions[0].Reason.Should().Contain(": pause the exercises that hurt and see a clinician before going on.")
            .And.EndWith("is more than these pain rules can manage.")
            .And.NotContain(day.Decisions[1].Reason, "the level decision below it gives the pain facts; the first decision does not repeat them");
        day.LastJudgement!.IsSevere.Should().BeTrue();
        day.Decisions.Skip(1).Should().NotContain(d => d.Kind == DecisionKind.SeeClinician);
        day.Level.Should().BeNegative();
    }

    [Fact]
    public void Decide_PainJustBelowSevere_IsNoReasonToSeeAClinician()
    {
        var day = Coach.Default.Decide(Ann, new Journal([Session(0, during: 6)]), Day(1));

        day.Decisions.Said().Should().NotContain(d => d.Kind == DecisionKind.SeeClinician);
        day.LastJudgement!.IsSevere.Should().BeFalse();
    }

    [Fact]
    public void Decide_RunWithRunningPainSix_IsABrokenRuleThatRegressesAndResetsTheStreak()
    {
        var journal = new Journal([Session(0), Session(1), Run(2, 6)]);

        var day = Coach.Default.Decide(Ann, journal, Day(3));

        day.Level.Should().Be(-1);
        day.Decisions[0].Kind.Should().Be(DecisionKind.Regress);
        day.Decisions[0].Rule.Should().Be(CoachingRule.RunningPain);
        day.LastJudgement!.Verdict.Should().Be(Verdict.Broken);
        day.Phase.Name.Should().Be("treatment", "a run above the acceptable pain is no return to running");

        // After it, a calm session steps back to the prescription, and the three calm ones start over.
        var later = journal.With(Session(3)).With(Session(4)).With(Session(5));
        Coach.Default.Decide(Ann, later, Day(6)).Level.Should().Be(0);
        Coach.Default.Decide(Ann, later.With(Session(6)), Day(7)).Level.Should().Be(1);
        Coach.Default.Decide(Ann, new Journal([Session(0), Session(1), Session(3)]), Day(4)).Level.Should().Be(1, "without the run the streak goes on");
    }

    [Fact]
    public void Decide_RunWithinTheRulesOnATreatmentDay_MovesToPreventionTheDayAfter()
    {
        var journal = new Journal([Session(0), Run(5, 2)]);

        var onTheDay = Coach.Default.Decide(Ann, journal, Day(5));
        var after = Coach.Default.Decide(Ann, journal, Day(6));

        onTheDay.Phase.Name.Should().Be("treatment", "the run is a log of that day, not of a day before it");
        after.Phase.Name.Should().Be("prevention");
        after.PlacedPhase.FirstDay.Should().Be(Day(6));
        after.Enrolment.Phases[0].LastDay.Should().Be(Day(5));
        after.Enrolment.Phases[0].EndedBy.Should().Be(EnrolmentEvent.BackToRunning(Day(5)));
        after.Decisions[0].Said().Should().Be(new Said(
            DecisionKind.AdvancePhase,
            "Back to running on 2026-03-07 with running pain 2/10, within the acceptable 5/10: Weekly prevention from 2026-03-08.",
            CoachingRule.RunningPain));
        after.IsSessionDay.Should().BeTrue();
        Coach.Default.Shape(Ann, journal).Should().Be(Ann.WithEvent(EnrolmentEvent.BackToRunning(Day(5))));
    }

    [Fact]
    public void Decide_AfterTheNewPhasesFirstSession_NoLongerSaysItAdvanced()
    {
        var journal = new Journal([Session(0), Run(5, 2)]);
        var firstPrevention = Coach.Default.Decide(Ann, journal, Day(6));
        var later = Coach.Default.Decide(Ann, journal.With(Session(6)), Day(7));

        firstPrevention.Decisions.Said().Should().Contain(d => d.Kind == DecisionKind.AdvancePhase);
        later.Phase.Name.Should().Be("prevention");
        later.Decisions.Said().Should().NotContain(d => d.Kind == DecisionKind.AdvancePhase, "the move is news until the phase's first session is logged");
    }

    [Fact]
    public void Decide_NextMorningAfterARunOnlyDay_CountsAsEvidence()
    {
        var journal = new Journal([Session(1), Run(4, 2, morning: 4)]);

        var day = Coach.Default.Decide(Running, journal, Day(8));

        day.Phase.Name.Should().Be("prevention");
        day.LastJudgement!.Rule.Should().Be(CoachingRule.NextMorning);
        day.Level.Should().Be(-1);
        day.Decisions.Said().Should().Contain(d => d.Kind == DecisionKind.Regress && d.Rule == CoachingRule.NextMorning);
        Coach.Default.Decide(Running, new Journal([Session(1), Run(4, 2, morning: 1)]), Day(8)).Level.Should().Be(0);
    }

    [Fact]
    public void Decide_LogsBeforeTheStartOrOnOrAfterTheDayAsked_ChangeNothing()
    {
        var journal = new Journal([Session(0), Session(1), Session(2)]);
        var noisy = journal
            .With(new SessionLog(Start.AddDays(-1), "runners-knee", SessionCompletion.All, painDuring: 9, painAfter: 9, painNextMorning: 9, sharpPain: true))
            .With(new SessionLog(DateOnly.MinValue, null, SessionCompletion.None, run: new RunLog(30, 2)))
            .With(Session(3, during: 8, sharp: true))
            .With(Run(4, 1));

        var plain = Coach.Default.Decide(Ann, journal, Day(3));
        var decided = Coach.Default.Decide(Ann, noisy, Day(3));

        decided.Decisions.Said().Should().Equal(plain.Decisions.Said());
        decided.Level.Should().Be(1);
        decided.Enrolment.Should().Be(Ann);
        decided.Plan.Should().Be(plain.Plan);
    }

    [Fact]
    public void Decide_RegressionFromPlusOneToMinusOne_SaysTwoStepsAndListsEveryDoseChangedSinceTheLastSession()
    {
        var journal = new Journal([Session(0), Session(1), Session(2), Session(3, morning: 3)]);

        var day = Coach.Default.Decide(Ann, journal, Day(4));

        day.Level.Should().Be(-1);
        day.Decisions[0].Kind.Should().Be(DecisionKind.Regress);
        day.Decisions[0].Reason.Should().EndWith("The next session is 2 steps easier: the progress since the prescription is undone, and one step more.");
        day.Decisions.Said().Should().Contain(new Said(DecisionKind.ScaleDown, "Clamshell: 22 reps per side -> 20 reps per side.", CoachingRule.None, "clamshell"));
        day.Decisions.Said().Should().Contain(new Said(DecisionKind.ScaleDown, "Side plank: 35 s hold per side -> 30 s hold per side.", CoachingRule.None, "side-plank"));
        day.Decisions.Said().Should().Contain(d => d.Kind == DecisionKind.LeaveOut && d.ExerciseId == "single-leg-hop");
        day.Decisions.Said().Should().NotContain(d => d.ExerciseId == "standing-calf-stretch", "a stretch's dose never changed");
    }

    [Fact]
    public void Decide_TenMinuteEnrolment_DecisionsDescribeThePlanThePersonWillDo()
    {
        var tenMinutes = Ann.WithSessions(TimeSpan.FromMinutes(10), null);
        var journal = new Journal([Session(0), Session(1), Session(2)]);

        var day = Coach.Default.Decide(tenMinutes, journal, Day(3));

        day.Level.Should().Be(1);
        day.Plan.TotalDuration.Should().BeLessThanOrEqualTo(TimeSpan.FromMinutes(10));
        var scaled = day.Decisions.Where(d => d.Kind is DecisionKind.ScaleUp or DecisionKind.ScaleDown).ToList();
        scaled.Should().NotBeEmpty();
        foreach (var decision in scaled)
        {
            string now = decision.Reason[(decision.Reason.IndexOf("-> ", StringComparison.Ordinal) + 3)..];
            var steps = day.Plan.Steps.Where(s => s.Exercise?.Id == decision.ExerciseId && s.Kind is StepKind.Work or StepKind.Hold).ToList();
            steps.Should().NotBeEmpty($"{decision} is about an exercise in the plan");
            int sets = steps.Max(s => s.Set);
            int amount = steps[0].Kind == StepKind.Work ? steps[0].Repetitions : (int)steps[0].HoldTime.TotalSeconds;
            now.Should().StartWith(sets > 1 ? $"{sets} sets of {amount} " : $"{amount} ", decision.ToString());
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(0)]
    public void Decide_WithABudget_LeavesOutOnlyWhatTheLastSessionsPlanHad(int minutes)
    {
        var budgeted = Ann.WithSessions(minutes == 0 ? null : TimeSpan.FromMinutes(minutes), null);
        var lastPlan = ProgramScheduler.Default.PlanFor(budgeted, RunnersKnee.Program.Phases[0]);
        var inLastPlan = lastPlan.Steps.Select(s => s.Exercise?.Id).Where(id => id is not null).ToHashSet();
        var journal = new Journal([Session(0), Session(1, morning: 3)]);

        var day = Coach.Default.Decide(budgeted, journal, Day(2));

        day.Level.Should().Be(-1);
        var leftOut = day.Decisions.Where(d => d.Kind == DecisionKind.LeaveOut).Select(d => d.ExerciseId).ToList();
        leftOut.Where(id => !inLastPlan.Contains(id!)).Should().BeEmpty("leaving out what the budget already dropped changes nothing");
        day.Decisions.Where(d => d.Kind == DecisionKind.BringBack).Select(d => d.ExerciseId).Where(id => inLastPlan.Contains(id!)).Should().BeEmpty();
        var planned = day.Plan.Steps.Select(s => s.Exercise?.Id).ToHashSet();
        leftOut.Where(planned.Contains).Should().BeEmpty("what is left out is not in the plan");
        (leftOut.Contains("single-leg-hop")).Should().Be(inLastPlan.Contains("single-leg-hop"), "the hops go first when the last session had them");
        day.Plan.TotalDuration.Should().BeLessThanOrEqualTo(minutes == 0 ? TimeSpan.MaxValue : TimeSpan.FromMinutes(minutes));
    }

    [Fact]
    public void Decide_BudgetShorterThanTheShortestSession_SaysSoAndPlansTheShortest()
    {
        var oneMinute = Ann.WithSessions(TimeSpan.FromMinutes(1), null);

        var day = Coach.Default.Decide(oneMinute, Journal.Empty, Day(0));

        day.Plan.TotalDuration.Should().Be(SessionScheduler.Default.MinimumDuration(RunnersKnee.Routine));
        day.Decisions.Said().Should().Contain(d => d.Kind == DecisionKind.ShortestSession && d.Rule == CoachingRule.SessionBudget);
    }

    [Fact]
    public void Decide_AfterTheLastPhase_SaysTheProgramEnded()
    {
        var program = new TrainingProgram("short", "Short", [new ProgramPhase("only", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(1))]);
        var enrolment = new Enrolment("ann", program, Start);

        var day = Coach.Default.Decide(enrolment, Journal.Empty, Day(7));

        day.Decisions[0].Said().Should().Be(new Said(DecisionKind.ProgramEnded, "The program ended on 2026-03-08: no more sessions are planned."));
        day.NextSession.Should().BeNull();
        day.IsSessionDay.Should().BeFalse();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(50)]
    [InlineData(1000)]
    public void Adapt_AnyLevel_StretchesNeverGetHarder(int level)
    {
        var adapted = ProgressionPolicy.Default.Adapt(RunnersKnee.Routine, level);

        foreach (var item in adapted.Items.Where(i => i.Exercise.Category is ExerciseCategory.Stretch or ExerciseCategory.Mobility))
        {
            item.Dosage.Should().Be(RunnersKnee.Routine.Items.Single(i => i.Exercise == item.Exercise).Dosage);
        }
    }

    [Theory]
    [InlineData(1, 35, 1)]
    [InlineData(2, 40, 1)]
    [InlineData(6, 60, 1)]
    [InlineData(7, 60, 2)]
    [InlineData(8, 60, 3)]
    [InlineData(9, 60, 3)]
    public void Adapt_ThirtySecondHold_GrowsBySecondsBeforeASecondSet(int level, int seconds, int sets)
    {
        var plank = ProgressionPolicy.Default.Adapt(RunnersKnee.Routine, level).Items.Single(i => i.Exercise == RunnersKnee.SidePlank);

        plank.Dosage.Should().Be(Dosage.Hold(TimeSpan.FromSeconds(seconds), Laterality.PerSide, sets: sets));
    }

    // Non-default rules and policies: the decisions follow them.
    [Theory]
    [InlineData(5, 4, 0)]
    [InlineData(3, 4, -1)]
    [InlineData(3, 3, 0)]
    [InlineData(2, 3, -1)]
    public void Decide_AcceptablePainDuring_DecidesWhatBreaksTheRule(int acceptable, int during, int level)
    {
        var coach = new Coach(new PainRules(acceptableDuring: acceptable));

        var day = coach.Decide(Ann, new Journal([Session(0, during: during, morning: null)]), Day(1));

        day.Level.Should().Be(level);
        coach.Rules.AcceptableDuring.Should().Be(acceptable);
    }

    [Theory]
    [InlineData(null, 7, true)]
    [InlineData(9, 7, false)]
    [InlineData(9, 9, true)]
    [InlineData(6, 6, true)]
    public void Decide_SevereAt_DecidesWhenToSeeAClinician(int? severeAt, int during, bool seeClinician)
    {
        var coach = new Coach(new PainRules(severeAt: severeAt));

        var day = coach.Decide(Ann, new Journal([Session(0, during: during)]), Day(1));

        (day.Decisions[0].Kind == DecisionKind.SeeClinician).Should().Be(seeClinician);
    }

    [Theory]
    [InlineData(0, 2, -1)]
    [InlineData(1, 2, 0)]
    [InlineData(1, 3, -1)]
    public void Decide_MorningTolerance_AllowsThatMuchMore(int tolerance, int morning, int level)
    {
        var coach = new Coach(new PainRules(morningTolerance: tolerance));

        coach.Decide(Ann, new Journal([Session(0), Session(1, morning: morning)]), Day(2)).Level.Should().Be(level);
    }

    [Theory]
    [InlineData(3, 2, 0)]
    [InlineData(3, 3, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(1, 3, 3)]
    [InlineData(2, 4, 2)]
    public void Decide_CalmSessionsToProgress_SetsHowManyMakeAStep(int calmSessions, int logged, int level)
    {
        var coach = new Coach(policy: new ProgressionPolicy(calmSessionsToProgress: calmSessions));
        var journal = new Journal(Enumerable.Range(0, logged).Select(d => Session(d)));

        coach.Decide(Ann, journal, Day(logged)).Level.Should().Be(level);
    }

    [Theory]
    [InlineData(2, 5, 22, 35)]
    [InlineData(5, 5, 25, 35)]
    [InlineData(2, 10, 22, 40)]
    [InlineData(10, 30, 30, 60)]
    public void Decide_RepetitionAndHoldSteps_SizeTheProgression(int repetitionStep, int holdStepSeconds, int clamshellReps, int plankSeconds)
    {
        var coach = new Coach(policy: new ProgressionPolicy(calmSessionsToProgress: 1, repetitionStep: repetitionStep, holdStep: TimeSpan.FromSeconds(holdStepSeconds)));

        var day = coach.Decide(Ann, new Journal([Session(0)]), Day(1));

        day.Level.Should().Be(1);
        day.Routine.Items.Single(i => i.Exercise == RunnersKnee.Clamshell).Dosage.Should().Be(Dosage.Repetitions(clamshellReps, Laterality.PerSide));
        day.Routine.Items.Single(i => i.Exercise == RunnersKnee.SidePlank).Dosage.Should().Be(Dosage.Hold(TimeSpan.FromSeconds(plankSeconds), Laterality.PerSide));
        day.Decisions.Said().Should().Contain(new Said(DecisionKind.ScaleUp, $"Clamshell: 20 reps per side -> {clamshellReps} reps per side.", CoachingRule.None, "clamshell"));
    }

    [Fact]
    public void Decide_RunningPainWithinANonDefaultAcceptable_IsBackToRunning()
    {
        var strict = new Coach(new PainRules(acceptableDuring: 2));
        var journal = new Journal([Run(5, 3)]);

        Coach.Default.Decide(Ann, journal, Day(6)).Phase.Name.Should().Be("prevention");
        strict.Decide(Ann, journal, Day(6)).Phase.Name.Should().Be("treatment");
        strict.Decide(Ann, journal, Day(6)).LastJudgement!.Rule.Should().Be(CoachingRule.RunningPain);
    }
}
