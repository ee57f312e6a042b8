using System;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using static KneeStrength.Tests.TrainingProgramTests;

namespace KneeStrength.Tests.Catalog;

// Tests of RunnersKnee.Program, kept apart from the catalog's other tests.
public class RunnersKneeProgramTests
{
    [Fact]
    public void Program_IsADefinition_TreatsDailyUntilBackToRunningThenEverySevenDays()
    {
        var program = RunnersKnee.Program;

        program.Id.Should().Be("runners-knee");
        program.Name.Should().Be("Runner's knee: daily treatment, then weekly prevention");
        program.Phases.Should().HaveCount(2);

        var treatment = program.Phases[0];
        treatment.Name.Should().Be("treatment");
        treatment.Routine.Should().BeSameAs(RunnersKnee.Routine);
        treatment.Schedule.Should().Be(ScheduleRule.Daily);
        treatment.End.Should().Be(PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, RunnersKnee.TreatmentWeeks));
        RunnersKnee.TreatmentWeeks.Should().Be(6);

        var prevention = program.Phases[1];
        prevention.Name.Should().Be("prevention");
        prevention.Routine.Should().BeSameAs(RunnersKnee.Routine);
        prevention.Schedule.Should().Be(ScheduleRule.EveryNDays(7));
        prevention.End.Should().Be(PhaseEnd.Open);
    }

    [Fact]
    public void Program_IsOneInstance_SharedByEveryEnrolment()
    {
        RunnersKnee.Program.Should().BeSameAs(RunnersKnee.Program);
        var a = new Enrolment("ann", RunnersKnee.Program, D("2026-03-04"));
        var b = new Enrolment("bob", RunnersKnee.Program, D("2026-05-01"));

        a.Program.Should().BeSameAs(b.Program);
    }

    [Fact]
    public void Program_NoEvent_TreatsSixWeeksThenPreventsOnTheStartsWeekday()
    {
        var enrolment = new Enrolment("ann", RunnersKnee.Program, D("2026-03-04"));

        enrolment.Phases.Should().HaveCount(2);
        enrolment.Phases[0].LastDay.Should().Be(D("2026-04-14"));
        enrolment.Phases[0].Ending.Should().Be(PhaseEnding.Planned);
        enrolment.Phases[1].FirstDay.Should().Be(D("2026-04-15"));
        enrolment.Phases[1].NextSessionDay(D("2026-04-16")).Should().Be(D("2026-04-22"));
        enrolment.LastDay.Should().Be(D("2036-03-03"));
    }

    [Theory]
    [InlineData("2028-01-18", "2028-02-28", "2028-02-29", "2028-03-07")]
    [InlineData("2026-12-01", "2026-12-31", "2027-01-01", "2027-01-08")]
    [InlineData("2026-12-30", "2026-12-31", "2027-01-01", "2027-01-08")]
    [InlineData("2026-03-02", "2026-03-19", "2026-03-20", "2026-03-27")]
    public void Program_BackToRunning_IsTreatmentsLastDay(string start, string backToRunning, string preventionStart, string secondPrevention)
    {
        var enrolment = new Enrolment("ann", RunnersKnee.Program, D(start), [EnrolmentEvent.BackToRunning(D(backToRunning))]);

        enrolment.Phases[0].LastDay.Should().Be(D(backToRunning));
        enrolment.Phases[0].Ending.Should().Be(PhaseEnding.Event);
        enrolment.Phases[1].FirstDay.Should().Be(D(preventionStart));
        enrolment.Phases[1].NextSessionDay(D(preventionStart).AddDays(1)).Should().Be(D(secondPrevention));
    }

    [Fact]
    public void ProgramWeeklyOn_SetsThePreventionWeekday()
    {
        var program = RunnersKnee.ProgramWeeklyOn(DayOfWeek.Sunday);

        program.Phases[1].Schedule.Should().Be(ScheduleRule.Weekly(DayOfWeek.Sunday));
        program.Phases[0].Should().Be(RunnersKnee.Program.Phases[0]);
        var enrolment = new Enrolment("ann", program, D("2026-03-02"), [EnrolmentEvent.BackToRunning(D("2026-03-31"))]);
        enrolment.Phases[1].NextSessionDay(D("2026-04-01")).Should().Be(D("2026-04-05"));
    }

    [Fact]
    public void Program_BackToRunningOnLastPossibleDay_EndsTreatmentThere()
    {
        var enrolment = new Enrolment("ann", RunnersKnee.Program, D("2026-03-02"), [EnrolmentEvent.BackToRunning(D("2036-03-01"))]);

        enrolment.Phases.Should().ContainSingle();
        enrolment.Phases[0].LastDay.Should().Be(D("2036-03-01"));
        enrolment.LastPossibleDay.Should().Be(D("2036-03-01"));
    }

    [Fact]
    public void ProgramWeeklyOn_NotAWeekday_ThrowsNamingWeeklyOn()
    {
        var act = () => RunnersKnee.ProgramWeeklyOn((DayOfWeek)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weeklyOn");
    }

    [Fact]
    public void Enrolment_StartTooLate_ThrowsNamingStart()
    {
        var act = () => new Enrolment("ann", RunnersKnee.Program, DateOnly.MaxValue);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
    }
}
