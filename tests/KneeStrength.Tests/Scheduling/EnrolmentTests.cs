using System;
using System.Collections.Generic;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using static KneeStrength.Tests.TrainingProgramTests;

namespace KneeStrength.Tests.Scheduling;

public class EnrolmentTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    // "r:2026-03-10" is back to running, "t:2026-03-10" back to treatment.
    private static EnrolmentEvent[] Events(string events) =>
        events.Length == 0
            ? []
            : events.Split(' ').Select(e => e[0] == 'r' ? EnrolmentEvent.BackToRunning(D(e[2..])) : EnrolmentEvent.BackToTreatment(D(e[2..]))).ToArray();

    // Each placed phase as "name first..last ending", the way the tables below write them.
    private static string[] Placement(Enrolment enrolment) =>
        enrolment.Phases.Select(p => $"{p.Phase.Name}#{p.Occurrence} {p.FirstDay:yyyy-MM-dd}..{p.LastDay:yyyy-MM-dd} {p.Ending}").ToArray();

    private static Enrolment Enrol(TrainingProgram program, string start, string events = "") =>
        new("ann", program, D(start), Events(events));

    // Phase 0 starts on `start` and ends as `end`; phase 1 follows and is open.
    [Theory]
    [InlineData("2026-03-02", "6w", "", "2026-04-12", "Weeks")]
    [InlineData("2026-03-02", "1w", "", "2026-03-08", "Weeks")]
    [InlineData("2028-02-01", "4w", "", "2028-02-28", "Weeks")]
    [InlineData("2028-02-29", "1w", "", "2028-03-06", "Weeks")]
    [InlineData("2028-02-22", "1w", "", "2028-02-28", "Weeks")]
    [InlineData("2028-02-23", "1w", "", "2028-02-29", "Weeks")]
    [InlineData("2027-02-22", "1w", "", "2027-02-28", "Weeks")]
    [InlineData("2026-12-25", "1w", "", "2026-12-31", "Weeks")]
    [InlineData("2026-01-01", "52w", "", "2026-12-30", "Weeks")]
    [InlineData("2028-01-01", "52w", "", "2028-12-29", "Weeks")]
    [InlineData("2026-03-02", "event", "r:2026-03-02", "2026-03-02", "Event")]
    [InlineData("2028-02-01", "event", "r:2028-02-29", "2028-02-29", "Event")]
    [InlineData("2026-12-31", "event", "r:2026-12-31", "2026-12-31", "Event")]
    [InlineData("2026-03-02", "event+6w", "", "2026-04-12", "Planned")]
    [InlineData("2026-03-02", "event+6w", "r:2026-03-20", "2026-03-20", "Event")]
    [InlineData("2026-03-02", "event+6w", "r:2026-04-12", "2026-04-12", "Event")]
    [InlineData("2026-03-02", "event+6w", "r:2026-04-13", "2026-04-13", "Event")]
    [InlineData("2026-03-02", "event+1w", "r:2026-06-30", "2026-06-30", "Event")]
    public void Phases_TwoPhases_FollowOneAnother(string start, string end, string events, string lastDay, string ending)
    {
        var enrolment = Enrol(Program(Phase("first", End(end)), Phase("second", PhaseEnd.Open)), start, events);

        enrolment.Phases.Should().HaveCount(2);
        enrolment.Phases[0].FirstDay.Should().Be(D(start));
        enrolment.Phases[0].LastDay.Should().Be(D(lastDay));
        enrolment.Phases[0].Ending.Should().Be(Enum.Parse<PhaseEnding>(ending));
        enrolment.Phases[0].EndedBy.Should().Be(ending == "Event" ? Events(events)[0] : null);
        enrolment.Phases[1].FirstDay.Should().Be(D(lastDay).AddDays(1));
        enrolment.Phases[1].LastDay.Should().Be(enrolment.LastPossibleDay);
        enrolment.Phases[1].Ending.Should().Be(PhaseEnding.RunsOn);
        enrolment.LastDay.Should().Be(enrolment.LastPossibleDay);
    }

    [Fact]
    public void Phases_OnEventWithoutPlannedWeeksAndNoEvent_RunsOnToTheTenYearCut()
    {
        var enrolment = Enrol(Program(Phase("first", End("event")), Phase("second", PhaseEnd.Open)), "2026-03-02");

        Placement(enrolment).Should().Equal("first#0 2026-03-02..2036-03-01 RunsOn");
        enrolment.PhaseOn(D("2036-03-01"))!.Value.Phase.Name.Should().Be("first");
    }

    [Fact]
    public void Phases_BackToRunningBeforeThePlannedEnd_EndsTheTreatmentThatDay()
    {
        var enrolment = Enrol(RunnersKnee.Program, "2026-03-02", "r:2026-03-10");

        Placement(enrolment).Should().Equal("treatment#0 2026-03-02..2026-03-10 Event", "prevention#0 2026-03-11..2036-03-01 RunsOn");
    }

    [Theory]
    [InlineData("r:2026-03-10 t:2026-04-01", "treatment#0 2026-03-02..2026-03-10 Event", "prevention#0 2026-03-11..2026-03-31 Relapse", "treatment#1 2026-04-01..2026-05-12 Planned", "prevention#1 2026-05-13..2036-03-01 RunsOn")]
    [InlineData("r:2026-03-10 t:2026-03-11", "treatment#0 2026-03-02..2026-03-10 Event", "treatment#1 2026-03-11..2026-04-21 Planned", "prevention#0 2026-04-22..2036-03-01 RunsOn")]
    [InlineData("r:2026-03-10 t:2026-04-01 r:2026-04-05", "treatment#0 2026-03-02..2026-03-10 Event", "prevention#0 2026-03-11..2026-03-31 Relapse", "treatment#1 2026-04-01..2026-04-05 Event", "prevention#1 2026-04-06..2036-03-01 RunsOn")]
    [InlineData("r:2026-03-10 t:2026-04-01 r:2026-04-05 t:2026-05-01 r:2026-05-02", "treatment#0 2026-03-02..2026-03-10 Event", "prevention#0 2026-03-11..2026-03-31 Relapse", "treatment#1 2026-04-01..2026-04-05 Event", "prevention#1 2026-04-06..2026-04-30 Relapse", "treatment#2 2026-05-01..2026-05-02 Event", "prevention#2 2026-05-03..2036-03-01 RunsOn")]
    [InlineData("t:2026-04-13", "treatment#0 2026-03-02..2026-04-12 Planned", "treatment#1 2026-04-13..2026-05-24 Planned", "prevention#0 2026-05-25..2036-03-01 RunsOn")]
    [InlineData("t:2026-04-20", "treatment#0 2026-03-02..2026-04-12 Planned", "prevention#0 2026-04-13..2026-04-19 Relapse", "treatment#1 2026-04-20..2026-05-31 Planned", "prevention#1 2026-06-01..2036-03-01 RunsOn")]
    [InlineData("r:2036-02-29 t:2036-03-01", "treatment#0 2026-03-02..2036-02-29 Event", "treatment#1 2036-03-01..2036-03-01 Planned")]
    public void Phases_Relapses_StartTheFirstPhaseAgainThatDay(string events, params string[] expected)
    {
        var enrolment = Enrol(RunnersKnee.Program, "2026-03-02", events);

        Placement(enrolment).Should().Equal(expected);
        foreach (var e in enrolment.Events.Where(e => e.Kind == EnrolmentEventKind.BackToTreatment))
        {
            enrolment.PhaseOn(e.Date)!.Value.PhaseIndex.Should().Be(0);
            enrolment.PhaseOn(e.Date)!.Value.FirstDay.Should().Be(e.Date);
        }
    }

    [Fact]
    public void Phases_RelapseInALaterPhase_IsTheEventThatEndedIt()
    {
        var enrolment = Enrol(RunnersKnee.Program, "2026-03-02", "r:2026-03-10 t:2026-04-01");

        enrolment.Phases[1].EndedBy.Should().Be(EnrolmentEvent.BackToTreatment(D("2026-04-01")));
        enrolment.Phases[0].EndedBy.Should().Be(EnrolmentEvent.BackToRunning(D("2026-03-10")));
        enrolment.Phases[2].Occurrence.Should().Be(1);
    }

    [Theory]
    [InlineData("2026-01-01", "2035-12-31")]
    [InlineData("2026-03-02", "2036-03-01")]
    [InlineData("2024-12-31", "2034-12-30")]
    [InlineData("2028-02-29", "2038-02-27")]
    [InlineData("2028-02-28", "2038-02-27")]
    [InlineData("2028-03-01", "2038-02-28")]
    [InlineData("2030-03-01", "2040-02-29")]
    [InlineData("0001-01-01", "0010-12-31")]
    [InlineData("9989-12-31", "9999-12-30")]
    public void LastPossibleDay_Start_IsTenYearsLessADay(string start, string expected)
    {
        var enrolment = Enrol(Program(Phase("only", PhaseEnd.Open)), start);

        enrolment.LastPossibleDay.Should().Be(D(expected));
        enrolment.LastDay.Should().Be(D(expected));
        enrolment.Phases.Single().LastDay.Should().Be(D(expected));
    }

    [Theory]
    [InlineData("6w", "2026-04-12", "Weeks")]
    [InlineData("521w", "2036-02-24", "Weeks")]
    [InlineData("522w", "2036-03-01", "Weeks")]
    [InlineData("event+522w", "2036-03-01", "Planned")]
    [InlineData("event", "2036-03-01", "RunsOn")]
    [InlineData("open", "2036-03-01", "RunsOn")]
    public void LastDay_LastPhaseEnd_IsItsEndCutAtTheTenYears(string end, string expected, string ending)
    {
        var enrolment = new Enrolment("ann", Program(Phase("only", End(end))), Start);

        enrolment.LastPossibleDay.Should().Be(D("2036-03-01"));
        enrolment.LastDay.Should().Be(D(expected));
        enrolment.Phases.Single().Ending.Should().Be(Enum.Parse<PhaseEnding>(ending));
    }

    [Theory]
    [InlineData("522w")]
    [InlineData("event+522w")]
    public void Phases_APhaseBeforeTheLastReachesTheCut_PlacesNoMore(string end)
    {
        var enrolment = new Enrolment("ann", Program(Phase("treatment", End(end)), Phase("prevention", PhaseEnd.Open)), Start);

        Placement(enrolment).Should().Equal($"treatment#0 2026-03-02..2036-03-01 {(end == "522w" ? "Weeks" : "Planned")}");
    }

    [Fact]
    public void Phases_ThreePhases_ChainThem()
    {
        var enrolment = new Enrolment(
            "ann",
            Program(Phase("a", PhaseEnd.AfterWeeks(2)), Phase("b", End("event")), Phase("c", PhaseEnd.AfterWeeks(1))),
            D("2027-12-20"),
            [EnrolmentEvent.BackToRunning(D("2028-02-29"))]);

        Placement(enrolment).Should().Equal(
            "a#0 2027-12-20..2028-01-02 Weeks", "b#0 2028-01-03..2028-02-29 Event", "c#0 2028-03-01..2028-03-07 Weeks");
        enrolment.LastDay.Should().Be(D("2028-03-07"));
    }

    [Theory]
    [InlineData("2028-03-07", "c")]
    [InlineData("2028-03-08", null)]
    [InlineData("2036-01-01", null)]
    [InlineData("2027-12-19", null)]
    [InlineData("2027-12-20", "a")]
    [InlineData("2028-01-03", "b")]
    public void PhaseOn_AfterTheLastAfterWeeksPhase_IsNone(string day, string? phase)
    {
        var enrolment = new Enrolment(
            "ann",
            Program(Phase("a", PhaseEnd.AfterWeeks(2)), Phase("b", End("event")), Phase("c", PhaseEnd.AfterWeeks(1))),
            D("2027-12-20"),
            [EnrolmentEvent.BackToRunning(D("2028-02-29"))]);

        enrolment.PhaseOn(D(day))?.Phase.Name.Should().Be(phase);
        (enrolment.PhaseOn(D(day)) is null).Should().Be(phase is null);
    }

    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("2036-03-02")]
    [InlineData("9999-12-31")]
    public void Constructor_EventOutsideTheEnrolment_ThrowsNamingEvents(string day)
    {
        var act = () => new Enrolment("ann", RunnersKnee.Program, Start, [EnrolmentEvent.BackToRunning(D(day))]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("events")
            .WithMessage($"The event '{day} back to running' falls outside the enrolment, which runs from 2026-03-02 to 2036-03-01.*");
    }

    [Fact]
    public void Constructor_TwoEventsOnADay_ThrowsNamingEvents()
    {
        var act = () => new Enrolment(
            "ann", RunnersKnee.Program, Start, [EnrolmentEvent.BackToRunning(D("2026-03-10")), EnrolmentEvent.BackToTreatment(D("2026-03-10"))]);

        act.Should().Throw<ArgumentException>().WithParameterName("events")
            .WithMessage("Two events are on 2026-03-10; an enrolment holds one a day.*");
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(101, true)]
    public void Constructor_MoreThanAHundredEvents_ThrowsNamingEvents(int count, bool throws)
    {
        var events = Enumerable.Range(0, count).Select(i => i % 2 == 0 ? EnrolmentEvent.BackToRunning(Start.AddDays(2 * i)) : EnrolmentEvent.BackToTreatment(Start.AddDays(2 * i)));

        var act = () => new Enrolment("ann", RunnersKnee.Program, Start, events);

        if (throws)
        {
            act.Should().Throw<ArgumentException>().WithParameterName("events")
                .WithMessage("An enrolment holds at most 100 events; there were 101.*");
        }
        else
        {
            act.Should().NotThrow().Which.Events.Should().HaveCount(100);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(86401)]
    [InlineData(0.5)]
    [InlineData(60.25)]
    public void Constructor_BudgetOutOfRange_ThrowsNamingSessionBudget(double seconds)
    {
        var act = () => new Enrolment("ann", RunnersKnee.Program, Start, sessionBudget: TimeSpan.FromSeconds(seconds));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sessionBudget")
            .WithMessage("A session budget is 1 second to 24 hours, in whole seconds.*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(600)]
    [InlineData(86400)]
    public void Constructor_BudgetInRange_HoldsIt(int seconds) =>
        new Enrolment("ann", RunnersKnee.Program, Start, sessionBudget: TimeSpan.FromSeconds(seconds)).SessionBudget.Should().Be(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData("9990-01-01")]
    [InlineData("9999-12-31")]
    public void Constructor_StartTooLate_ThrowsNamingStart(string day)
    {
        var act = () => new Enrolment("ann", RunnersKnee.Program, D(day));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start")
            .WithMessage("An enrolment must start on or before 9989-12-31, so that its 10 years fit in the calendar.*");
    }

    [Fact]
    public void Constructor_BadArguments_ThrowNamingThem()
    {
        FluentActions.Invoking(() => new Enrolment("Ann B", RunnersKnee.Program, Start)).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new Enrolment("ann", null!, Start)).Should().Throw<ArgumentNullException>().WithParameterName("program");
        FluentActions.Invoking(() => new Enrolment("ann", RunnersKnee.Program, Start, [new EnrolmentEvent(Start, (EnrolmentEventKind)9)]))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_EventsInAnyOrder_AreSortedAndCopied()
    {
        var events = new List<EnrolmentEvent> { EnrolmentEvent.BackToTreatment(D("2026-04-01")), EnrolmentEvent.BackToRunning(D("2026-03-10")) };

        var enrolment = new Enrolment("ann", RunnersKnee.Program, Start, events);
        events.Clear();

        enrolment.Events.Should().Equal(EnrolmentEvent.BackToRunning(D("2026-03-10")), EnrolmentEvent.BackToTreatment(D("2026-04-01")));
    }

    [Fact]
    public void WithEvent_SameDay_ReplacesTheEvent()
    {
        var enrolment = Enrol(RunnersKnee.Program, "2026-03-02", "r:2026-03-10");

        var moved = enrolment.WithEvent(EnrolmentEvent.BackToTreatment(D("2026-03-10"))).WithEvent(EnrolmentEvent.BackToRunning(D("2026-03-12")));

        moved.Events.Should().Equal(EnrolmentEvent.BackToTreatment(D("2026-03-10")), EnrolmentEvent.BackToRunning(D("2026-03-12")));
        enrolment.Events.Should().ContainSingle();
        moved.Phases[0].LastDay.Should().Be(D("2026-03-12"));
    }

    [Fact]
    public void WithSessions_KeepsTheRest()
    {
        var enrolment = Enrol(RunnersKnee.Program, "2026-03-02", "r:2026-03-10");
        var options = new SessionOptions(firstSide: Side.Right);

        var changed = enrolment.WithSessions(TimeSpan.FromMinutes(10), options);

        changed.SessionBudget.Should().Be(TimeSpan.FromMinutes(10));
        changed.Options.FirstSide.Should().Be(Side.Right);
        changed.Events.Should().Equal(enrolment.Events);
        changed.Phases.Should().Equal(enrolment.Phases);
    }

    [Fact]
    public void Equality_EqualParts_AreEqual()
    {
        var left = new Enrolment("ann", Program(Phase("a", End("event")), Phase("b", PhaseEnd.Open)), Start, Events("r:2026-03-10"), TimeSpan.FromMinutes(20));
        var right = new Enrolment("ann", Program(Phase("a", End("event")), Phase("b", PhaseEnd.Open)), Start, Events("r:2026-03-10"), TimeSpan.FromMinutes(20));

        (left == right).Should().BeTrue();
        (left != right).Should().BeFalse();
        left.Equals((object)right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.ToString().Should().Be("ann on test-program from 2026-03-02");
    }

    [Fact]
    public void Equality_AnyPartDiffers_AreNotEqual()
    {
        var program = RunnersKnee.Program;
        var enrolment = new Enrolment("ann", program, Start, Events("r:2026-03-10"), TimeSpan.FromMinutes(20));

        var others = new[]
        {
            new Enrolment("bob", program, Start, Events("r:2026-03-10"), TimeSpan.FromMinutes(20)),
            new Enrolment("ann", RunnersKnee.ProgramWeeklyOn(DayOfWeek.Monday), Start, Events("r:2026-03-10"), TimeSpan.FromMinutes(20)),
            new Enrolment("ann", program, Start.AddDays(1), Events("r:2026-03-10"), TimeSpan.FromMinutes(20)),
            new Enrolment("ann", program, Start, Events("r:2026-03-11"), TimeSpan.FromMinutes(20)),
            new Enrolment("ann", program, Start, Events("t:2026-03-10"), TimeSpan.FromMinutes(20)),
            new Enrolment("ann", program, Start, [], TimeSpan.FromMinutes(20)),
            new Enrolment("ann", program, Start, Events("r:2026-03-10"), TimeSpan.FromMinutes(21)),
            new Enrolment("ann", program, Start, Events("r:2026-03-10")),
            new Enrolment("ann", program, Start, Events("r:2026-03-10"), TimeSpan.FromMinutes(20), new SessionOptions(firstSide: Side.Right)),
        };

        foreach (var other in others)
        {
            (enrolment == other).Should().BeFalse(other.ToString());
            enrolment.Equals((object)other).Should().BeFalse();
        }

        enrolment.Equals(null).Should().BeFalse();
    }
}
