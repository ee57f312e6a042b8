using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Benchmarks;

/// <summary>
/// One year of the built-in runner's-knee program (89 sessions: six weeks daily, then 47 Mondays), every session consumed.
/// Baseline: Ical.Net expanding the program's two rules. Floor: a plain loop over the days that builds the same
/// sessions. Goal: <see cref="OneYear"/> at least 100x faster than the baseline and within 3x of the floor, with
/// allocations to match the floor's (none per session).
/// </summary>
[MemoryDiagnoser]
public class ProgramSchedulerBenchmarks
{
    private static readonly DateOnly From = new(2026, 3, 2);
    private static readonly DateOnly To = From.AddYears(1);

    private readonly TrainingProgram _program = RunnersKnee.ProgramWeeklyOn(From.DayOfWeek);
    private Enrolment _enrolment = null!;
    private ProgramScheduler _scheduler = null!;
    private CalendarEvent[] _events = [];
    private TimeSpan _duration;

    [GlobalSetup]
    public void Setup()
    {
        // Built once, outside the measurement: the scheduler's duration estimate, and the events Ical.Net expands.
        _enrolment = new Enrolment("benchmark", _program, From);
        _scheduler = new ProgramScheduler();
        _duration = SessionScheduler.Default.Schedule(RunnersKnee.Routine).TotalDuration;
        var events = new List<CalendarEvent>();
        for (int i = 0; i < _program.Phases.Count; i++)
        {
            string rule = _program.Phases[i].Schedule.ToString();
            if (i < _program.Phases.Count - 1)
            {
                rule += ";UNTIL=" + _enrolment.Phases[i].LastDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            }

            events.Add(new CalendarEvent
            {
                DtStart = new CalDateTime(_enrolment.Phases[i].FirstDay),
                RecurrenceRule = new RecurrenceRule(rule),
                Summary = _program.Phases[i].Name,
            });
        }

        _events = [.. events];
        if (IcalNetOneYear() != OneYear() || NaiveDateLoopOneYear() != OneYear())
        {
            throw new InvalidOperationException("The three ways disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public long IcalNetOneYear()
    {
        long checksum = 0;
        var from = new CalDateTime(From);
        var to = new CalDateTime(To);
        for (int i = 0; i < _events.Length; i++)
        {
            var phase = _program.Phases[i];
            foreach (var occurrence in _events[i].GetOccurrences(from).TakeWhileBefore(to))
            {
                checksum += Consume(new ScheduledSession(occurrence.Period.StartTime.Date, phase, _duration));
            }
        }

        return checksum;
    }

    [Benchmark]
    public long NaiveDateLoopOneYear()
    {
        long checksum = 0;
        var treatment = _program.Phases[0];
        var prevention = _program.Phases[1];
        var lastTreatmentDay = _enrolment.Phases[0].LastDay;
        var weekday = prevention.Schedule.Weekdays[0];
        for (var day = From; day < To; day = day.AddDays(1))
        {
            if (day <= lastTreatmentDay)
            {
                checksum += Consume(new ScheduledSession(day, treatment, _duration));
            }
            else if (day.DayOfWeek == weekday)
            {
                checksum += Consume(new ScheduledSession(day, prevention, _duration));
            }
        }

        return checksum;
    }

    [Benchmark]
    public long OneYear()
    {
        long checksum = 0;
        foreach (var session in _scheduler.GetSessions(_enrolment, From, To))
        {
            checksum += Consume(session);
        }

        return checksum;
    }

    private static long Consume(ScheduledSession session) =>
        session.Date.DayNumber + session.Phase.Name.Length + session.EstimatedDuration.Ticks;
}
