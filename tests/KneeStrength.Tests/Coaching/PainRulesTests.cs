using System;
using System.Text.Json;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Coaching;

public class PainRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static SessionLog Log(int? before = null, int during = 1, int after = 1, int? morning = 1) =>
        new(Day, "runners-knee", SessionCompletion.All, painBefore: before, painDuring: during, painAfter: after, painNextMorning: morning);

    [Theory]
    [InlineData(null, 1, 1, Verdict.Calm)]
    [InlineData(null, 2, 2, Verdict.Broken)]
    [InlineData(null, 3, 1, Verdict.Mixed)]
    [InlineData(1, 2, 1, Verdict.Mixed)]
    [InlineData(3, 1, 4, Verdict.Broken)]
    [InlineData(3, 3, 3, Verdict.Calm)]
    [InlineData(3, 4, 3, Verdict.Mixed)]
    public void Judge_MorningOfTheDay_IsTheReferenceBeforeThePainBefore(int? morningOfTheDay, int after, int morning, Verdict verdict)
    {
        var judgement = PainRules.Default.Judge(Log(before: 1, after: after, morning: morning), morningOfTheDay);

        judgement.Verdict.Should().Be(verdict);
        judgement.MorningBefore.Should().Be(morningOfTheDay ?? 1);
    }

    [Fact]
    public void Judge_EveryBrokenRule_IsReportedTheDecidingOneFirst()
    {
        var log = new SessionLog(Day, "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 8, painAfter: 4, painNextMorning: 3, run: new RunLog(20, 6), sharpPain: true);

        var judgement = PainRules.Default.Judge(log, 1);

        judgement.Verdict.Should().Be(Verdict.Broken);
        judgement.IsSevere.Should().BeTrue();
        judgement.BrokenRules.Should().Equal(
            CoachingRule.SeverePain, CoachingRule.SharpPain, CoachingRule.NextMorning, CoachingRule.RunningPain, CoachingRule.PainDuring, CoachingRule.Settling);
        judgement.Rule.Should().Be(CoachingRule.SeverePain);
        judgement.Reason.Should().StartWith("Pain reached 8/10, which is severe (from 7/10). Also: sharp pain was reported; ");
    }

    [Theory]
    [InlineData(-1, null, null, null, null, "acceptableDuring")]
    [InlineData(10, null, null, null, null, "acceptableDuring")]
    [InlineData(3, 4, null, null, null, "targetDuring")]
    [InlineData(null, null, -1, null, null, "settleTolerance")]
    [InlineData(null, null, null, 11, null, "morningTolerance")]
    [InlineData(5, null, null, null, 5, "severeAt")]
    [InlineData(null, null, null, null, 11, "severeAt")]
    public void Constructor_OutOfRange_ThrowsNamingTheParameter(int? acceptable, int? target, int? settle, int? morning, int? severe, string parameter)
    {
        var act = () => new PainRules(acceptable, target, settle, morning, severe);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Theory]
    [InlineData(0, null, null, null, null, null, "calmSessionsToProgress")]
    [InlineData(null, 0, null, null, null, null, "repetitionStep")]
    [InlineData(null, null, 0, null, null, null, "repetitionCap")]
    [InlineData(null, null, null, 0, null, null, "setCap")]
    [InlineData(null, null, null, null, 0, null, "holdStep")]
    [InlineData(null, null, null, null, 61, null, "holdStep")]
    [InlineData(null, null, null, null, null, 0, "holdCap")]
    public void ProgressionPolicy_OutOfRange_ThrowsNamingTheParameter(int? calm, int? repStep, int? repCap, int? setCap, int? holdStep, int? holdCap, string parameter)
    {
        var act = () => new ProgressionPolicy(
            calm, repStep, repCap, setCap, holdStep is int h ? TimeSpan.FromSeconds(h) : null, holdCap is int c ? TimeSpan.FromSeconds(c) : null);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Judge_MorningOfTheDayOutOfRange_ThrowsNamingIt() =>
        FluentActions.Invoking(() => PainRules.Default.Judge(Log(), 11)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("morningOfTheDay");

    [Fact]
    public void Equality_RulesAndPolicies_CompareByValue()
    {
        (new PainRules(acceptableDuring: 3) == new PainRules(acceptableDuring: 3)).Should().BeTrue();
        (new PainRules(acceptableDuring: 3) == PainRules.Default).Should().BeFalse();
        (new PainRules() == PainRules.Default).Should().BeTrue();
        (new ProgressionPolicy(holdStep: TimeSpan.FromSeconds(10)) == new ProgressionPolicy(holdStep: TimeSpan.FromSeconds(10))).Should().BeTrue();
        (new ProgressionPolicy(holdStep: TimeSpan.FromSeconds(10)) == ProgressionPolicy.Default).Should().BeFalse();
    }

    [Fact]
    public void WriteCoachingDay_HasThePlacedPhaseThePlanAndTheLastJudgement()
    {
        var enrolment = new Enrolment("ann", RunnersKnee.Program, Day, sessionBudget: TimeSpan.FromMinutes(15));
        var journal = new Journal([Log(during: 6, morning: null)]);
        var day = Coach.Default.Decide(enrolment, journal, Day.AddDays(1));

        using var json = JsonDocument.Parse(KneeJson.WriteCoachingDay(day));
        var root = json.RootElement;

        root.GetProperty("phaseStart").GetString().Should().Be("2026-03-02");
        root.GetProperty("phaseEnd").GetString().Should().Be("2026-04-12");
        root.GetProperty("phaseEnding").GetString().Should().Be("planned");
        root.GetProperty("nextSession").GetString().Should().Be("2026-03-04");
        root.GetProperty("provisional").GetBoolean().Should().BeTrue();
        root.GetProperty("plannedSeconds").GetInt32().Should().Be(day.Plan.TotalSeconds).And.BeLessThanOrEqualTo(900);
        var judgement = root.GetProperty("lastJudgement");
        judgement.GetProperty("verdict").GetString().Should().Be("broken");
        judgement.GetProperty("rule").GetString().Should().Be("painDuring");
        judgement.GetProperty("provisional").GetBoolean().Should().BeTrue();
        judgement.GetProperty("severe").GetBoolean().Should().BeFalse();
        var decision = root.GetProperty("decisions")[0];
        decision.GetProperty("kind").GetString().Should().Be("regress");
        decision.GetProperty("rule").GetString().Should().Be("painDuring");
        decision.GetProperty("provisional").GetBoolean().Should().BeTrue();
    }
}
