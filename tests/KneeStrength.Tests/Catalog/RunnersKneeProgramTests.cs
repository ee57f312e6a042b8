using System;
using KneeStrength.Catalog;
using static KneeStrength.Tests.TrainingProgramTests;

namespace KneeStrength.Tests.Catalog;

// Tests of RunnersKnee.Program, kept apart from the catalog's other tests.
public class RunnersKneeProgramTests
{
    [Fact]
    public void Program_StartOnly_TreatsDailySixWeeksThenWeeklyOnThatWeekday()
    {
        var program = RunnersKnee.Program(D("2026-03-04"));

        program.Id.Should().Be("runners-knee");
        program.Name.Should().Be("Runner's knee: daily treatment, then weekly prevention");
        program.Start.Should().Be(D("2026-03-04"));
        program.Phases.Should().HaveCount(2);

        var treatment = program.Phases[0];
        treatment.Name.Should().Be("treatment");
        treatment.Routine.Should().BeSameAs(RunnersKnee.Routine);
        treatment.Schedule.Should().Be(ScheduleRule.Daily);
        treatment.End.Should().Be(PhaseEnd.OnDate(D("2026-04-14")));

        var prevention = program.Phases[1];
        prevention.Name.Should().Be("prevention");
        prevention.Routine.Should().BeSameAs(RunnersKnee.Routine);
        prevention.Schedule.Should().Be(ScheduleRule.Weekly(DayOfWeek.Wednesday));
        prevention.End.Should().Be(PhaseEnd.Open);

        program.GetPhaseStart(1).Should().Be(D("2026-04-15"));
        program.LastDay.Should().Be(D("2036-03-03"));
    }

    [Fact]
    public void Program_DefaultBackToRunning_EqualsSixWeeksGivenExplicitly() =>
        RunnersKnee.Program(D("2026-03-04")).Should().Be(RunnersKnee.Program(D("2026-03-04"), D("2026-04-15")));

    [Theory]
    [InlineData("2028-01-18", "2028-02-29", DayOfWeek.Tuesday, "2028-02-28")]
    [InlineData("2026-12-01", "2027-01-01", DayOfWeek.Friday, "2026-12-31")]
    [InlineData("2026-12-31", "2027-01-01", DayOfWeek.Friday, "2026-12-31")]
    [InlineData("2026-03-02", "2026-03-20", DayOfWeek.Friday, "2026-03-19")]
    public void Program_BackToRunning_EndsTreatmentTheDayBefore(string start, string backToRunning, DayOfWeek weekday, string lastTreatmentDay)
    {
        var program = RunnersKnee.Program(D(start), D(backToRunning));

        program.GetPhaseLastDay(0).Should().Be(D(lastTreatmentDay));
        program.GetPhaseStart(1).Should().Be(D(backToRunning));
        program.Phases[1].Schedule.Should().Be(ScheduleRule.Weekly(weekday));
    }

    [Fact]
    public void Program_WeeklyOn_OverridesTheWeekday()
    {
        var program = RunnersKnee.Program(D("2026-03-02"), D("2026-04-01"), DayOfWeek.Sunday);

        program.Phases[1].Schedule.Should().Be(ScheduleRule.Weekly(DayOfWeek.Sunday));
        program.GetPhaseStart(1).Should().Be(D("2026-04-01"));
    }

    [Fact]
    public void Program_BackToRunningOnLastPossibleDay_IsAllowed()
    {
        var program = RunnersKnee.Program(D("2026-03-02"), D("2036-03-01"));

        program.GetPhaseStart(1).Should().Be(D("2036-03-01"));
        program.GetPhaseLastDay(1).Should().Be(D("2036-03-01"));
    }

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-01")]
    [InlineData("2036-03-02")]
    public void Program_BackToRunningOutOfRange_ThrowsNamingBackToRunning(string day)
    {
        var act = () => RunnersKnee.Program(D("2026-03-02"), D(day));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("backToRunning")
            .WithMessage("The first day back to running must be after the start of treatment, 2026-03-02, and on or before the program's last possible day, 2036-03-01.*");
    }

    [Fact]
    public void Program_NotAWeekday_ThrowsNamingWeeklyOn()
    {
        var act = () => RunnersKnee.Program(D("2026-03-02"), weeklyOn: (DayOfWeek)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weeklyOn");
    }

    [Fact]
    public void Program_StartTooLate_ThrowsNamingStart()
    {
        var act = () => RunnersKnee.Program(DateOnly.MaxValue);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
    }
}
