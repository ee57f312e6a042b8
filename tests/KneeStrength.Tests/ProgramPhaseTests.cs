using System;
using System.Linq;
using KneeStrength.Catalog;

namespace KneeStrength.Tests;

public class ProgramPhaseTests
{
    [Fact]
    public void Constructor_ValidArguments_HoldsThem()
    {
        var phase = new ProgramPhase("treatment", RunnersKnee.Routine, ScheduleRule.EveryNDays(2), PhaseEnd.AfterWeeks(6));

        phase.Name.Should().Be("treatment");
        phase.Routine.Should().BeSameAs(RunnersKnee.Routine);
        phase.Schedule.Should().Be(ScheduleRule.EveryNDays(2));
        phase.End.Should().Be(PhaseEnd.AfterWeeks(6));
        phase.ToString().Should().Be("treatment: runners-knee FREQ=DAILY;INTERVAL=2, after 6 weeks");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Treatment")]
    [InlineData("phase one")]
    public void Constructor_BadName_ThrowsNamingName(string text)
    {
        var act = () => new ProgramPhase(text, RunnersKnee.Routine, default, default);

        act.Should().Throw<ArgumentException>().WithParameterName("name").WithMessage($"'{text}' is not a valid id*");
    }

    [Fact]
    public void Constructor_NullArguments_ThrowNamingThem()
    {
        var noName = () => new ProgramPhase(null!, RunnersKnee.Routine, default, default);
        var noRoutine = () => new ProgramPhase("treatment", null!, default, default);

        noName.Should().Throw<ArgumentNullException>().WithParameterName("name");
        noRoutine.Should().Throw<ArgumentNullException>().WithParameterName("routine");
    }

    [Fact]
    public void Equality_EqualParts_AreEqual()
    {
        var copy = new Routine(RunnersKnee.Routine.Id, RunnersKnee.Routine.Name, RunnersKnee.Routine.Items.ToList());
        var left = new ProgramPhase("prevention", RunnersKnee.Routine, ScheduleRule.Weekly(DayOfWeek.Monday), PhaseEnd.Open);
        var right = new ProgramPhase("prevention", copy, ScheduleRule.Weekly(DayOfWeek.Monday), default);

        (left == right).Should().BeTrue();
        left.Equals((object)right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equality_AnyPartDiffers_AreNotEqual()
    {
        var shorter = new Routine("runners-knee", RunnersKnee.Routine.Name, RunnersKnee.Routine.Items.Take(3));
        var phase = new ProgramPhase("prevention", RunnersKnee.Routine, ScheduleRule.Weekly(DayOfWeek.Monday), PhaseEnd.Open);

        (phase == new ProgramPhase("maintenance", RunnersKnee.Routine, ScheduleRule.Weekly(DayOfWeek.Monday), PhaseEnd.Open)).Should().BeFalse();
        (phase == new ProgramPhase("prevention", shorter, ScheduleRule.Weekly(DayOfWeek.Monday), PhaseEnd.Open)).Should().BeFalse();
        (phase == new ProgramPhase("prevention", RunnersKnee.Routine, ScheduleRule.Weekly(DayOfWeek.Sunday), PhaseEnd.Open)).Should().BeFalse();
        (phase != new ProgramPhase("prevention", RunnersKnee.Routine, ScheduleRule.Weekly(DayOfWeek.Monday), PhaseEnd.AfterWeeks(4))).Should().BeTrue();
        phase.Equals(null).Should().BeFalse();
        (phase == null).Should().BeFalse();
    }
}
