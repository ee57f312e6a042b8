using System;
using System.Globalization;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using static KneeStrength.Tests.TrainingProgramTests;

namespace KneeStrength.Tests.Scheduling;

public class ProgramSchedulerTests
{
    private static readonly ProgramScheduler Scheduler = ProgramScheduler.Default;

    // One phase from the start; "2026-03-05" as its end is a back-to-running event on that day.
    private static Enrolment SinglePhase(string rule, string start, string end = "open")
    {
        bool onEvent = end.Contains('-', StringComparison.Ordinal);
        var program = new TrainingProgram(
            "test", "Test", [new ProgramPhase("only", RunnersKnee.Routine, ScheduleRule.Parse(rule).Value, onEvent ? End("event") : End(end))]);
        return new Enrolment("ann", program, D(start), onEvent ? [EnrolmentEvent.BackToRunning(D(end))] : null);
    }

    private static Enrolment Runner(string start = "2026-03-02") => new("ann", RunnersKnee.Program, D(start));

    private static string Dates(Enrolment enrolment, string from, string to) =>
        string.Join(",", Scheduler.GetSessions(enrolment, D(from), D(to)).Select(s => s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    [Theory]
    // Daily, across a leap day and a year end.
    [InlineData("FREQ=DAILY", "2028-02-27", "2028-02-27", "2028-03-02", "2028-02-27,2028-02-28,2028-02-29,2028-03-01")]
    [InlineData("FREQ=DAILY", "2026-12-30", "2026-12-31", "2027-01-02", "2026-12-31,2027-01-01")]
    [InlineData("FREQ=DAILY", "2026-03-02", "2026-03-05", "2026-03-06", "2026-03-05")]
    // Every N days counts from the phase's first day, wherever the range starts.
    [InlineData("FREQ=DAILY;INTERVAL=2", "2028-02-27", "2028-02-28", "2028-03-05", "2028-02-29,2028-03-02,2028-03-04")]
    [InlineData("FREQ=DAILY;INTERVAL=2", "2028-02-27", "2028-02-27", "2028-02-28", "2028-02-27")]
    [InlineData("FREQ=DAILY;INTERVAL=2", "2028-02-27", "2028-02-28", "2028-02-29", "")]
    [InlineData("FREQ=DAILY;INTERVAL=3", "2026-12-30", "2026-12-30", "2027-01-08", "2026-12-30,2027-01-02,2027-01-05")]
    [InlineData("FREQ=DAILY;INTERVAL=3", "2026-12-30", "2027-01-03", "2027-01-12", "2027-01-05,2027-01-08,2027-01-11")]
    [InlineData("FREQ=DAILY;INTERVAL=7", "2026-03-04", "2026-01-01", "2026-03-26", "2026-03-04,2026-03-11,2026-03-18,2026-03-25")]
    [InlineData("FREQ=DAILY;INTERVAL=366", "2027-03-01", "2027-03-01", "2029-03-03", "2027-03-01,2028-03-01,2029-03-02")]
    [InlineData("FREQ=DAILY;INTERVAL=366", "2027-03-01", "2027-03-02", "2028-03-01", "")]
    // Weekly: those weekdays every week, the first on or after the phase's first day.
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TH", "2026-03-04", "2026-03-01", "2026-03-17", "2026-03-05,2026-03-09,2026-03-12,2026-03-16")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TH", "2026-03-05", "2026-03-05", "2026-03-06", "2026-03-05")]
    [InlineData("FREQ=WEEKLY;BYDAY=SU", "2026-12-27", "2026-12-28", "2027-01-11", "2027-01-03,2027-01-10")]
    [InlineData("FREQ=WEEKLY;BYDAY=TU", "2028-02-01", "2028-02-25", "2028-03-10", "2028-02-29,2028-03-07")]
    [InlineData("FREQ=WEEKLY;BYDAY=TU", "2028-02-01", "2028-03-01", "2028-03-07", "")]
    [InlineData("FREQ=WEEKLY;BYDAY=FR,SA", "2026-12-28", "2026-12-28", "2027-01-10", "2027-01-01,2027-01-02,2027-01-08,2027-01-09")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", "2026-12-30", "2026-12-30", "2027-01-02", "2026-12-30,2026-12-31,2027-01-01")]
    // Ranges before the start, and after a closed program's end.
    [InlineData("FREQ=DAILY", "2026-03-02", "2026-01-01", "2026-03-02", "")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO", "2026-03-02", "2025-12-01", "2026-03-03", "2026-03-02")]
    public void GetSessions_OpenPhase_FollowsTheRule(string rule, string start, string from, string to, string expected) =>
        Dates(SinglePhase(rule, start), from, to).Should().Be(expected);

    [Theory]
    [InlineData("FREQ=DAILY", "1w", "2026-03-06", "2026-03-20", "2026-03-06,2026-03-07,2026-03-08")]
    [InlineData("FREQ=DAILY;INTERVAL=2", "2026-03-07", "2026-03-01", "2026-04-01", "2026-03-02,2026-03-04,2026-03-06")]
    [InlineData("FREQ=WEEKLY;BYDAY=SU", "2w", "2026-03-01", "2026-04-01", "2026-03-08,2026-03-15")]
    [InlineData("FREQ=DAILY", "2026-03-02", "2026-03-03", "2036-03-02", "")]
    public void GetSessions_ClosedPhase_StopsOnItsLastDay(string rule, string end, string from, string to, string expected) =>
        Dates(SinglePhase(rule, "2026-03-02", end), from, to).Should().Be(expected);

    // Phase "treatment" from the start until its end, then "prevention", open; each session is "date:phase".
    [Theory]
    [InlineData("2028-02-01", "FREQ=DAILY", "4w", "FREQ=WEEKLY;BYDAY=TU", "2028-02-26", "2028-03-08",
        "2028-02-26:treatment,2028-02-27:treatment,2028-02-28:treatment,2028-02-29:prevention,2028-03-07:prevention")]
    [InlineData("2028-02-01", "FREQ=DAILY", "2028-02-29", "FREQ=WEEKLY;BYDAY=TU", "2028-02-27", "2028-03-08",
        "2028-02-27:treatment,2028-02-28:treatment,2028-02-29:treatment,2028-03-07:prevention")]
    [InlineData("2026-12-01", "FREQ=DAILY;INTERVAL=2", "2026-12-31", "FREQ=WEEKLY;BYDAY=FR", "2026-12-28", "2027-01-09",
        "2026-12-29:treatment,2026-12-31:treatment,2027-01-01:prevention,2027-01-08:prevention")]
    [InlineData("2026-12-01", "FREQ=DAILY;INTERVAL=2", "2026-12-30", "FREQ=DAILY;INTERVAL=2", "2026-12-28", "2027-01-05",
        "2026-12-29:treatment,2026-12-31:prevention,2027-01-02:prevention,2027-01-04:prevention")]
    [InlineData("2026-12-01", "FREQ=DAILY;INTERVAL=3", "2026-12-29", "FREQ=DAILY;INTERVAL=3", "2026-12-27", "2027-01-05",
        "2026-12-28:treatment,2026-12-30:prevention,2027-01-02:prevention")]
    [InlineData("2026-03-02", "FREQ=WEEKLY;BYDAY=MO", "1w", "FREQ=WEEKLY;BYDAY=MO", "2026-03-01", "2026-03-17",
        "2026-03-02:treatment,2026-03-09:prevention,2026-03-16:prevention")]
    [InlineData("2026-03-02", "FREQ=DAILY", "2026-03-02", "FREQ=DAILY", "2026-03-01", "2026-03-04",
        "2026-03-02:treatment,2026-03-03:prevention")]
    public void GetSessions_TwoPhases_ChangesPhaseTheDayAfterTheEnd(
        string start, string firstRule, string firstEnd, string secondRule, string from, string to, string expected)
    {
        bool onEvent = firstEnd.Contains('-', StringComparison.Ordinal);
        var program = new TrainingProgram(
            "test",
            "Test",
            [
                new ProgramPhase("treatment", RunnersKnee.Routine, ScheduleRule.Parse(firstRule).Value, onEvent ? End("event") : End(firstEnd)),
                new ProgramPhase("prevention", RunnersKnee.Routine, ScheduleRule.Parse(secondRule).Value, PhaseEnd.Open),
            ]);
        var enrolment = new Enrolment("ann", program, D(start), onEvent ? [EnrolmentEvent.BackToRunning(D(firstEnd))] : null);

        var sessions = Scheduler.GetSessions(enrolment, D(from), D(to))
            .Select(s => $"{s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{s.PhaseName}");

        string.Join(",", sessions).Should().Be(expected);
    }

    [Fact]
    public void GetSessions_BuiltInProgram_DailySixWeeksThenMondays()
    {
        var program = RunnersKnee.Program;
        var sessions = Scheduler.GetSessions(Runner(), D("2026-03-01"), D("2026-05-01")).ToList();

        sessions.Should().HaveCount(45);
        sessions.Take(42).Select(s => s.Date).Should().Equal(Enumerable.Range(0, 42).Select(i => D("2026-03-02").AddDays(i)));
        sessions.Take(42).Should().OnlyContain(s => s.Phase == program.Phases[0]);
        sessions.Skip(42).Select(s => s.Date).Should().Equal(D("2026-04-13"), D("2026-04-20"), D("2026-04-27"));
        sessions.Skip(42).Should().OnlyContain(s => s.Phase == program.Phases[1] && s.Routine == RunnersKnee.Routine);
    }

    [Fact]
    public void GetSessions_WholeTenYears_YieldsEverySessionOnce()
    {
        var enrolment = Runner();
        var sessions = Scheduler.GetSessions(enrolment, enrolment.Start, enrolment.LastPossibleDay.AddDays(1)).ToList();

        sessions.Should().HaveCount(558);
        sessions.Select(s => s.Date).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        sessions[^1].Date.Should().Be(D("2036-02-25"));
        sessions.Skip(42).Should().OnlyContain(s => s.Date.DayOfWeek == DayOfWeek.Monday);
    }

    [Fact]
    public void GetSessions_LastWeekOfTenYears_YieldsItsSessions() =>
        Dates(Runner(), "2036-02-20", "2036-03-02").Should().Be("2036-02-25");

    [Fact]
    public void GetSessions_ProgramFromDayOne_ReachesDateOnlyLimits()
    {
        var enrolment = SinglePhase("FREQ=DAILY", "9989-12-31");

        Dates(enrolment, "9999-12-28", "9999-12-31").Should().Be("9999-12-28,9999-12-29,9999-12-30");
        Dates(SinglePhase("FREQ=DAILY", "0001-01-01"), "0001-01-01", "0001-01-03").Should().Be("0001-01-01,0001-01-02");
    }

    [Fact]
    public void GetSessions_TenYears_AllocatesNothingPerSession()
    {
        var enrolment = SinglePhase("FREQ=DAILY", "2026-03-02");
        var from = D("2026-03-02");
        var to = D("2036-03-02");
        Count(enrolment, from, to);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = Count(enrolment, from, to);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        count.Should().Be(3653);
        allocated.Should().BeLessThan(1000);

        static int Count(Enrolment enrolment, DateOnly from, DateOnly to)
        {
            int count = 0;
            foreach (var session in Scheduler.GetSessions(enrolment, from, to))
            {
                count += session.Date.Year > 0 ? 1 : 0;
            }

            return count;
        }
    }

    [Fact]
    public void GetSessions_EnumeratedTwice_YieldsTheSameSessions()
    {
        var sessions = Scheduler.GetSessions(Runner(), D("2026-04-01"), D("2026-06-01"));

        sessions.ToList().Should().Equal(sessions.ToList());
    }

    [Fact]
    public void GetSessions_EnumeratedInsideItself_EachEnumerationIsIndependent()
    {
        var sessions = Scheduler.GetSessions(Runner(), D("2026-04-10"), D("2026-04-21"));
        var pairs = new System.Collections.Generic.List<(DateOnly, DateOnly)>();

        foreach (var outer in sessions)
        {
            foreach (var inner in sessions)
            {
                pairs.Add((outer.Date, inner.Date));
            }
        }

        pairs.Should().HaveCount(25);
        pairs.Select(p => p.Item1).Distinct().Should().Equal(D("2026-04-10"), D("2026-04-11"), D("2026-04-12"), D("2026-04-13"), D("2026-04-20"));
        pairs.Take(5).Select(p => p.Item2).Should().Equal(pairs.Select(p => p.Item1).Distinct());
    }

    [Fact]
    public void GetSessions_EnumeratedPastTheEnd_KeepsReturningFalse()
    {
        using var enumerator = Scheduler
            .GetSessions(SinglePhase("FREQ=DAILY", "2026-03-02"), D("2026-03-02"), D("2026-03-03")).GetEnumerator();

        enumerator.MoveNext().Should().BeTrue();
        enumerator.Current.Date.Should().Be(D("2026-03-02"));
        enumerator.MoveNext().Should().BeFalse();
        enumerator.MoveNext().Should().BeFalse();
        enumerator.Invoking(e => e.Reset()).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void GetSessions_EmptyRange_ThrowsNamingTo()
    {
        var enrolment = Runner();

        Scheduler.Invoking(s => s.GetSessions(enrolment, D("2026-04-01"), D("2026-04-01")))
            .Should().Throw<ArgumentException>().WithParameterName("to")
            .WithMessage("The range [from, to) is empty: to must be after from; both were 2026-04-01. (Parameter 'to')");
    }

    [Fact]
    public void GetSessions_ToBeforeFrom_ThrowsNamingTo()
    {
        var enrolment = Runner();

        Scheduler.Invoking(s => s.GetSessions(enrolment, D("2026-04-01"), D("2026-03-31")))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to")
            .WithMessage("The range [from, to) is backwards: to must be after from, 2026-04-01.*");
    }

    [Fact]
    public void GetSessions_ToPastTheTenYearLimit_ThrowsNamingTo()
    {
        var enrolment = Runner();

        Scheduler.Invoking(s => s.GetSessions(enrolment, D("2026-04-01"), D("2036-03-03")))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to")
            .WithMessage("The range reaches past the enrolment's last possible day, 2036-03-01 (10 years from its start); to may be at most 2036-03-02.*");
    }

    [Fact]
    public void GetSessions_FromPastTheTenYearLimit_ThrowsNamingFrom()
    {
        var enrolment = Runner();

        Scheduler.Invoking(s => s.GetSessions(enrolment, D("2036-03-02"), D("2036-03-09")))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("from")
            .WithMessage("The range starts after the enrolment's last possible day, 2036-03-01 (10 years from its start).*");
    }

    [Fact]
    public void GetSessions_BadRange_ThrowsBeforeEnumerating()
    {
        var enrolment = Runner();

        // No enumeration: the exception comes from the call itself.
        Scheduler.Invoking(s => s.GetSessions(enrolment, D("2026-04-01"), D("2026-03-01"))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void GetSessions_DefaultOptions_EstimatesFromTheDefaultPlan()
    {
        Scheduler.GetSessions(Runner(), D("2026-04-10"), D("2026-04-21")).Should()
            .HaveCount(5).And.OnlyContain(s => s.EstimatedDuration == TimeSpan.FromSeconds(1748));
        Scheduler.PlanFor(Runner(), RunnersKnee.Program.Phases[0]).Should().Be(SessionScheduler.Default.Schedule(RunnersKnee.Routine));
    }

    [Fact]
    public void GetSessions_PhasesWithDifferentRoutines_EstimateEachRoutine()
    {
        var short1 = new Routine("short", "Short", RunnersKnee.Routine.Items.Take(2));
        var program = new TrainingProgram(
            "test",
            "Test",
            [
                new ProgramPhase("full", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(1)),
                new ProgramPhase("short", short1, ScheduleRule.Daily, PhaseEnd.Open),
            ]);

        var sessions = Scheduler.GetSessions(new Enrolment("ann", program, D("2026-03-02")), D("2026-03-08"), D("2026-03-10")).ToList();

        sessions.Select(s => (s.PhaseName, s.EstimatedDuration)).Should().Equal(
            ("full", TimeSpan.FromSeconds(1748)),
            ("short", SessionScheduler.Default.Schedule(short1).TotalDuration));
        sessions[1].EstimatedDuration.Should().BeLessThan(TimeSpan.FromSeconds(1748)).And.BePositive();
    }

    [Fact]
    public void GetSessions_EnrolmentPacing_EstimatesWithIt()
    {
        var slow = new SessionOptions(new Pacing(transition: TimeSpan.FromSeconds(40)));
        var enrolment = new Enrolment("ann", RunnersKnee.Program, D("2026-03-02"), options: slow);

        Scheduler.GetSessions(enrolment, D("2026-03-02"), D("2026-03-03")).Single().EstimatedDuration
            .Should().Be(TimeSpan.FromSeconds(1748 + (13 * 30)));
    }

    [Fact]
    public void GetSessions_NullEnrolment_ThrowsNamingEnrolment() =>
        FluentActions.Invoking(() => Scheduler.GetSessions(null!, D("2026-03-02"), D("2026-03-03"))).Should().Throw<ArgumentNullException>().WithParameterName("enrolment");

    [Fact]
    public void GetSessions_WithOptionsAndBudget_EstimatesThePlansThePersonFollows()
    {
        var options = new SessionOptions(equipment: EquipmentSet.None);
        var budget = TimeSpan.FromMinutes(10);
        var enrolment = SinglePhase("FREQ=WEEKLY;BYDAY=MO,WE,FR", "2026-03-02").WithSessions(budget, options);
        var scheduler = new SessionScheduler(options);

        var sessions = Scheduler.GetSessions(enrolment, D("2026-03-02"), D("2026-03-09")).ToList();

        var plan = scheduler.Schedule(RunnersKnee.Routine, budget);
        sessions.Should().HaveCount(3).And.OnlyContain(s => s.EstimatedDuration == plan.TotalDuration);
        Scheduler.PlanFor(enrolment, sessions[0]).Should().Be(plan);
        plan.TotalDuration.Should().BeLessThanOrEqualTo(budget).And.BeLessThan(scheduler.Schedule(RunnersKnee.Routine).TotalDuration);
    }

    [Fact]
    public void PlanFor_BudgetShorterThanTheRoutineAllows_PlansTheShortestSession()
    {
        var enrolment = SinglePhase("FREQ=DAILY", "2026-03-02").WithSessions(TimeSpan.FromSeconds(5), null);

        var plan = Scheduler.PlanFor(enrolment, enrolment.Program.Phases[0]);

        plan.TotalDuration.Should().Be(SessionScheduler.Default.MinimumDuration(RunnersKnee.Routine));
        plan.Should().Be(SessionScheduler.Default.Schedule(RunnersKnee.Routine, SessionScheduler.Default.MinimumDuration(RunnersKnee.Routine)));
        Scheduler.GetSessions(enrolment, D("2026-03-02"), D("2026-03-03")).Single().EstimatedDuration.Should().Be(plan.TotalDuration);
    }

    [Fact]
    public void PlanFor_TwoEnrolmentsWithOtherOptions_PlanEachOwnWay()
    {
        var full = Runner();
        var shortOne = Runner().WithSessions(TimeSpan.FromMinutes(10), null);
        var phase = RunnersKnee.Program.Phases[0];

        Scheduler.PlanFor(full, phase).TotalDuration.Should().Be(TimeSpan.FromSeconds(1748));
        Scheduler.PlanFor(shortOne, phase).TotalDuration.Should().BeLessThanOrEqualTo(TimeSpan.FromMinutes(10));
        Scheduler.PlanFor(full, phase).Should().BeSameAs(Scheduler.PlanFor(Runner(), phase), "plans are shared by equal options");
    }
}
