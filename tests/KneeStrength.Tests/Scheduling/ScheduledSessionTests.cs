using System;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests.Scheduling;

public class ScheduledSessionTests
{
    private static readonly ProgramPhase Treatment = new("treatment", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(6));

    [Fact]
    public void Constructor_ValidArguments_HoldsThem()
    {
        var session = new ScheduledSession(new DateOnly(2028, 2, 29), Treatment, TimeSpan.FromMinutes(25));

        session.Date.Should().Be(new DateOnly(2028, 2, 29));
        session.Phase.Should().BeSameAs(Treatment);
        session.PhaseName.Should().Be("treatment");
        session.Routine.Should().BeSameAs(RunnersKnee.Routine);
        session.EstimatedDuration.Should().Be(TimeSpan.FromMinutes(25));
        session.ToString().Should().Be("2028-02-29 treatment: runners-knee, 00:25:00");
    }

    [Fact]
    public void Constructor_BadArguments_ThrowNamingThem()
    {
        var noPhase = () => new ScheduledSession(default, null!, TimeSpan.Zero);
        var negative = () => new ScheduledSession(default, Treatment, TimeSpan.FromTicks(-1));

        noPhase.Should().Throw<ArgumentNullException>().WithParameterName("phase");
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("estimatedDuration");
    }

    [Fact]
    public void Default_IsNoSession()
    {
        var session = default(ScheduledSession);

        session.Date.Should().Be(DateOnly.MinValue);
        session.EstimatedDuration.Should().Be(TimeSpan.Zero);
        session.ToString().Should().Be("0001-01-01 (no session)");
        session.Invoking(s => s.Phase).Should().Throw<InvalidOperationException>()
            .WithMessage("This is default(ScheduledSession), which belongs to no phase.");
        session.Invoking(s => s.Routine).Should().Throw<InvalidOperationException>();
        session.Invoking(s => s.PhaseName).Should().Throw<InvalidOperationException>();
        (session == default(ScheduledSession)).Should().BeTrue();
        (session == new ScheduledSession(DateOnly.MinValue, Treatment, TimeSpan.Zero)).Should().BeFalse();
    }

    [Fact]
    public void Equality_ComparesDatePhaseByValueAndDuration()
    {
        var day = new DateOnly(2026, 12, 31);
        var session = new ScheduledSession(day, Treatment, TimeSpan.FromMinutes(20));
        var equalPhase = new ProgramPhase("treatment", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(6));
        var otherPhase = new ProgramPhase("treatment", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(5));

        (session == new ScheduledSession(day, equalPhase, TimeSpan.FromMinutes(20))).Should().BeTrue();
        session.Equals((object)new ScheduledSession(day, equalPhase, TimeSpan.FromMinutes(20))).Should().BeTrue();
        session.GetHashCode().Should().Be(new ScheduledSession(day, equalPhase, TimeSpan.FromMinutes(20)).GetHashCode());
        (session != new ScheduledSession(day.AddDays(1), Treatment, TimeSpan.FromMinutes(20))).Should().BeTrue();
        (session != new ScheduledSession(day, otherPhase, TimeSpan.FromMinutes(20))).Should().BeTrue();
        (session != new ScheduledSession(day, Treatment, TimeSpan.FromMinutes(21))).Should().BeTrue();
    }
}
