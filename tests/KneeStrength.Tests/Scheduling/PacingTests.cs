using System;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests.Scheduling;

public class PacingTests
{
    [Fact]
    public void Default_HasTheDocumentedValues()
    {
        var pacing = Pacing.Default;

        pacing.LeadIn.Should().Be(TimeSpan.FromSeconds(10));
        pacing.SwitchSideStanding.Should().Be(TimeSpan.FromSeconds(5));
        pacing.SwitchSideLying.Should().Be(TimeSpan.FromSeconds(10));
        pacing.ChangeDirection.Should().Be(TimeSpan.FromSeconds(5));
        pacing.RestBetweenSets.Should().Be(TimeSpan.FromSeconds(30));
        pacing.Transition.Should().Be(TimeSpan.FromSeconds(10));
        pacing.Setup.Should().Be(TimeSpan.FromSeconds(15));
        pacing.MinimumRest.Should().Be(TimeSpan.FromSeconds(10));
        pacing.MinimumTransition.Should().Be(TimeSpan.FromSeconds(5));
        pacing.MinimumDosePercent.Should().Be(50);
        pacing.Tempo.Should().BeNull();
        pacing.TempoByExercise.Should().BeEmpty();
    }

    [Theory]
    [InlineData("standing-leg-extension", 3.0)]
    [InlineData("side-leg-raise", 3.0)]
    [InlineData("hip-dip", 3.0)]
    [InlineData("step-up", 3.5)]
    [InlineData("bosu-ball-squat", 3.5)]
    [InlineData("side-steps", 1.5)]
    [InlineData("single-leg-hop", 0.8)]
    public void TempoFor_BuiltInExercise_IsTheIssuesDefault(string id, double seconds) =>
        Pacing.Default.TempoFor(RunnersKnee.Catalog.Get(id)).Should().Be(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData(BodyPosition.Standing, 5)]
    [InlineData(BodyPosition.OnStep, 5)]
    [InlineData(BodyPosition.OnBosu, 5)]
    [InlineData(BodyPosition.SideLying, 10)]
    [InlineData(BodyPosition.Supine, 10)]
    [InlineData(BodyPosition.Seated, 10)]
    public void SwitchSideFor_Position_StandingOrLying(BodyPosition position, int seconds) =>
        Pacing.Default.SwitchSideFor(position).Should().Be(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Constructor_SeveralBadKnobs_ReportsThemAllInOneMessage()
    {
        var act = () => new Pacing(
            leadIn: TimeSpan.FromSeconds(-1),
            restBetweenSets: TimeSpan.FromMinutes(11),
            setup: TimeSpan.FromSeconds(1.5),
            tempo: TimeSpan.FromSeconds(0.05),
            tempoByExercise: [new("Bad Id", TimeSpan.FromSeconds(1)), new("squat", TimeSpan.FromSeconds(61))],
            minimumDosePercent: 5);

        act.Should().Throw<ArgumentException>().WithMessage(
            "The pacing is invalid: leadIn must be whole seconds from 0 to 600; it was -1 s. " +
            "restBetweenSets must be whole seconds from 0 to 600; it was 660 s. " +
            "setup must be whole seconds from 0 to 600; it was 1.5 s. " +
            "tempo must be 0.1 to 60 s per repetition in whole milliseconds; it was 0.05 s. " +
            "minimumDosePercent must be 10 to 100; it was 5. " +
            "tempoByExercise has an invalid exercise id 'Bad Id'. " +
            "tempoByExercise['squat'] must be 0.1 to 60 s per repetition in whole milliseconds; it was 61 s.");
    }

    [Fact]
    public void Constructor_SameExerciseTwice_IsRejected()
    {
        var act = () => new Pacing(tempoByExercise: [new("squat", TimeSpan.FromSeconds(1)), new("squat", TimeSpan.FromSeconds(2))]);

        act.Should().Throw<ArgumentException>().WithMessage("The pacing is invalid: tempoByExercise names 'squat' twice.");
    }

    [Fact]
    public void Equals_SameKnobs_AreEqual()
    {
        var a = new Pacing(leadIn: TimeSpan.FromSeconds(3), tempoByExercise: [new("b", TimeSpan.FromSeconds(1)), new("a", TimeSpan.FromSeconds(2))]);
        var b = new Pacing(leadIn: TimeSpan.FromSeconds(3), tempoByExercise: [new("a", TimeSpan.FromSeconds(2)), new("b", TimeSpan.FromSeconds(1))]);

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != new Pacing(leadIn: TimeSpan.FromSeconds(4))).Should().BeTrue();
    }
}
