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

    // A phase's end as weeks (positive) or as days after its start for a date (negative, -1 is the first day).
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
                var program = c.ToProgram();
                var from = program.Start.AddDays(c.FromOffset);
                var to = from.AddDays(c.Length);

                var ours = new ProgramScheduler(program).GetSessions(from, to).Select(s => (s.Date, s.PhaseName)).ToList();
                var theirs = Expand(program, from, to);

                ours.Should().Equal(theirs, $"{c} over [{from:yyyy-MM-dd}, {to:yyyy-MM-dd})");
            },
            iter: 300);

    [Fact]
    public void GetSessions_BuiltInProgramOverTwoYears_MatchesIcalNet()
    {
        var program = RunnersKnee.Program(new DateOnly(2027, 12, 20), new DateOnly(2028, 2, 29), DayOfWeek.Saturday);
        var from = new DateOnly(2027, 12, 1);
        var to = new DateOnly(2030, 1, 1);

        var ours = new ProgramScheduler(program).GetSessions(from, to).Select(s => (s.Date, s.PhaseName)).ToList();

        ours.Should().HaveCount(71 + 96).And.Equal(Expand(program, from, to));
    }

    private static List<(DateOnly Date, string PhaseName)> Expand(TrainingProgram program, DateOnly from, DateOnly to)
    {
        var occurrences = new List<(DateOnly, string)>();
        for (int i = 0; i < program.Phases.Count; i++)
        {
            var phase = program.Phases[i];
            string rule = phase.Schedule.ToString();
            var lastDay = program.GetPhaseLastDay(i);
            if (i < program.Phases.Count - 1 || !phase.End.IsOpen)
            {
                rule += ";UNTIL=" + lastDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            }

            var calendarEvent = new CalendarEvent
            {
                DtStart = new CalDateTime(program.GetPhaseStart(i)),
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
        public TrainingProgram ToProgram()
        {
            var phases = new List<ProgramPhase>();
            var phaseStart = Start;
            for (int i = 0; i < Phases.Length; i++)
            {
                var (rule, endCode) = Phases[i];
                var end = i == Phases.Length - 1 && LastOpen ? PhaseEnd.Open
                    : endCode > 0 ? PhaseEnd.AfterWeeks(endCode)
                    : PhaseEnd.OnDate(phaseStart.AddDays(-endCode - 1));
                phases.Add(new ProgramPhase($"phase-{i}", RunnersKnee.Routine, rule, end));
                phaseStart = end.LastDay?.AddDays(1) ?? phaseStart.AddDays(7 * endCode);
            }

            return new TrainingProgram("generated", "Generated", Start, phases);
        }

        public override string ToString() =>
            $"start {Start:yyyy-MM-dd}, phases [{string.Join("; ", Phases.Select((p, i) => $"{p.Rule} end {p.End}"))}], last open {LastOpen}";
    }
}
