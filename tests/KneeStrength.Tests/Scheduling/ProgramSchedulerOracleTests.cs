using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests.Scheduling;

// Ical.Net, an independent RFC 5545 implementation, is the oracle: each phase becomes an event that starts on the
// phase's first day and recurs by the phase's rule (our RRULE text) until its last day.
public class ProgramSchedulerOracleTests
{
    private static readonly DateOnly Epoch = new(2024, 1, 1);

    private static readonly Gen<ScheduleRule> GenRule = Gen.OneOf(
        Gen.Int[1, 40].Select(ScheduleRule.EveryNDays),
        Gen.Const(ScheduleRule.Daily),
        Gen.Int[1, 127].Select(mask =>
            ScheduleRule.Weekly(Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0).ToArray())));

    // A phase's end as weeks (positive) or as a back-to-running event that many days after its start (negative, -1
    // is the first day); the event phases plan some weeks that the event overrides, before or after them.
    private static readonly Gen<(ScheduleRule Rule, int End)> GenPhase = Gen.Select(
        GenRule, Gen.OneOf(Gen.Int[1, 12], Gen.Int[-90, -1]));

    private static readonly Gen<Case> GenCase = Gen.Select(
        Gen.Int[0, 2500],
        GenPhase.Array[1, 3],
        Gen.Bool,
        Gen.Int[-30, 600],
        Gen.Int[1, 200],
        (startOffset, phases, lastOpen, fromOffset, length) => new Case(Epoch.AddDays(startOffset), phases, lastOpen, fromOffset, length));

    [Fact]
    public void GetSessions_GeneratedProgramsAndRanges_MatchIcalNet() =>
        GenCase.Sample(
            c =>
            {
                var (enrolment, bounds) = c.ToEnrolment();
                var from = enrolment.Start.AddDays(c.FromOffset);
                var to = from.AddDays(c.Length);

                var ours = ProgramScheduler.Default.GetSessions(enrolment, from, to).Select(s => (s.Date, s.PhaseName)).ToList();
                var theirs = Expand(enrolment.Program, bounds, from, to);

                ours.Should().Equal(theirs, $"{c} over [{from:yyyy-MM-dd}, {to:yyyy-MM-dd})");
            },
            iter: 300);

    [Fact]
    public void GetSessions_BuiltInProgramOverTwoYears_MatchesIcalNet()
    {
        var program = RunnersKnee.ProgramWeeklyOn(DayOfWeek.Saturday);
        var enrolment = new Enrolment("ann", program, new DateOnly(2027, 12, 20), [EnrolmentEvent.BackToRunning(new DateOnly(2028, 2, 28))]);
        var from = new DateOnly(2027, 12, 1);
        var to = new DateOnly(2030, 1, 1);
        (DateOnly, DateOnly)[] bounds = [(new DateOnly(2027, 12, 20), new DateOnly(2028, 2, 28)), (new DateOnly(2028, 2, 29), new DateOnly(2037, 12, 19))];

        var ours = ProgramScheduler.Default.GetSessions(enrolment, from, to).Select(s => (s.Date, s.PhaseName)).ToList();

        ours.Should().HaveCount(71 + 96).And.Equal(Expand(program, bounds, from, to));
    }

    // The phases' first and last days come from the test's own arithmetic, not from Enrolment.
    private static List<(DateOnly Date, string PhaseName)> Expand(TrainingProgram program, (DateOnly First, DateOnly Last)[] bounds, DateOnly from, DateOnly to)
    {
        var occurrences = new List<(DateOnly, string)>();
        for (int i = 0; i < bounds.Length; i++)
        {
            var phase = program.Phases[i];
            string rule = phase.Schedule.ToString() + ";UNTIL=" + bounds[i].Last.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

            var calendarEvent = new CalendarEvent
            {
                DtStart = new CalDateTime(bounds[i].First),
                RecurrenceRule = new RecurrenceRule(rule),
            };
            occurrences.AddRange(
                calendarEvent.GetOccurrences(new CalDateTime(from))
                    .TakeWhileBefore(new CalDateTime(to))
                    .Select(o => (o.Period.StartTime.Date, phase.Name)));
        }

        return occurrences.OrderBy(o => o.Item1).ToList();
    }

    private sealed record Case(DateOnly Start, (ScheduleRule Rule, int End)[] Phases, bool LastOpen, int FromOffset, int Length)
    {
        public (Enrolment Enrolment, (DateOnly First, DateOnly Last)[] Bounds) ToEnrolment()
        {
            var limit = Start.AddYears(10).AddDays(-1);
            var phases = new List<ProgramPhase>();
            var events = new List<EnrolmentEvent>();
            var bounds = new List<(DateOnly, DateOnly)>();
            var first = Start;
            for (int i = 0; i < Phases.Length; i++)
            {
                var (rule, endCode) = Phases[i];
                bool open = i == Phases.Length - 1 && LastOpen;
                var end = open ? PhaseEnd.Open
                    : endCode > 0 ? PhaseEnd.AfterWeeks(endCode)
                    : PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, endCode % 3 == 0 ? -endCode % 5 + 1 : null);
                phases.Add(new ProgramPhase($"phase-{i}", RunnersKnee.Routine, rule, end));
                if (first > limit)
                {
                    continue;
                }

                var last = open ? limit : endCode > 0 ? first.AddDays((7 * endCode) - 1) : first.AddDays(-endCode - 1);
                last = last > limit ? limit : last;
                if (!open && endCode < 0)
                {
                    events.Add(EnrolmentEvent.BackToRunning(last));
                }

                bounds.Add((first, i == Phases.Length - 1 ? (open ? limit : last) : last));
                first = last == limit ? limit.AddDays(1) : last.AddDays(1);
            }

            var program = new TrainingProgram("generated", "Generated", phases);
            return (new Enrolment("generated", program, Start, events), bounds.ToArray());
        }

        public override string ToString() =>
            $"start {Start:yyyy-MM-dd}, phases [{string.Join("; ", Phases.Select((p, i) => $"{p.Rule} end {p.End}"))}], last open {LastOpen}";
    }
}
