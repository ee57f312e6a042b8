using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Benchmarks;

/// <summary>
/// Deciding today's session from a journal of daily logs, one year and ten years long. Goals: the cost grows
/// linearly with the journal (ten years at most 12x one year), and one year costs at most 10x scheduling one
/// session of the built-in routine (the baseline).
/// </summary>
[MemoryDiagnoser]
public class CoachingBenchmarks
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private readonly Coach _coach = Coach.Default;
    private readonly Enrolment _enrolment = new("benchmark", RunnersKnee.Program, Start);
    private Journal _oneYear = Journal.Empty;
    private Journal _tenYears = Journal.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _oneYear = Journals.Daily(Start, 365, new Random(20261201));
        _tenYears = Journals.Daily(Start, 3640, new Random(20261201));
    }

    [Benchmark(Baseline = true)]
    public SessionPlan ScheduleRunnersKnee() => SessionScheduler.Default.Schedule(RunnersKnee.Routine);

    [Benchmark]
    public CoachingDay DecideAfterOneYear() => _coach.Decide(_enrolment, _oneYear, Start.AddDays(365));

    [Benchmark]
    public CoachingDay DecideAfterTenYears() => _coach.Decide(_enrolment, _tenYears, Start.AddDays(3640));
}

/// <summary>
/// A clinic: one program shared by 10,000 enrolments, each with a year of daily logs, and today decided for all of
/// them. Goals: deciding for everyone on the shared program costs at most 1.2x deciding for everyone on a program
/// built for each person alone (the baseline, the shape before enrolments: a program object per person), and an
/// enrolment costs at most 1 KB beyond its journal (<c>Enrol</c>: the bytes allocated making 10,000 of them, per
/// enrolment).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class ClinicBenchmarks
{
    /// <summary>The people in the clinic.</summary>
    public const int People = 10_000;

    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly DateOnly Today = Start.AddDays(365);

    private readonly Coach _coach = Coach.Default;
    private Journal[] _journals = [];
    private Enrolment[] _shared = [];
    private Enrolment[] _own = [];
    private TimeSpan?[] _budgets = [];
    private SessionOptions[] _options = [];
    private DateOnly[] _starts = [];

    [GlobalSetup]
    public void Setup()
    {
        // Seeded: every run measures the same clinic. People start over four weeks, have one of four budgets and
        // one of three equipment sets, and some are back to running.
        var random = new Random(20261202);
        TimeSpan?[] budgets = [null, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(30)];
        SessionOptions[] options =
        [
            SessionOptions.Default,
            new(equipment: EquipmentSet.None),
            new(equipment: new EquipmentSet([Equipment.LoopBand, Equipment.Wall]), firstSide: Side.Right),
        ];
        _journals = new Journal[People];
        _shared = new Enrolment[People];
        _own = new Enrolment[People];
        _budgets = new TimeSpan?[People];
        _options = new SessionOptions[People];
        _starts = new DateOnly[People];
        for (int i = 0; i < People; i++)
        {
            _starts[i] = Start.AddDays(random.Next(28));
            _budgets[i] = budgets[random.Next(budgets.Length)];
            _options[i] = options[random.Next(options.Length)];
            _journals[i] = Journals.Daily(_starts[i], (Today.DayNumber - _starts[i].DayNumber), random);
            EnrolmentEvent[] events = random.Next(3) == 0 ? [EnrolmentEvent.BackToRunning(_starts[i].AddDays(20 + random.Next(40)))] : [];
            string id = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _shared[i] = new Enrolment(id, RunnersKnee.Program, _starts[i], events, _budgets[i], _options[i]);
            _own[i] = new Enrolment(id, OwnProgram(), _starts[i], events, _budgets[i], _options[i]);
        }

        if (DecideOnOwnPrograms() != DecideOnSharedProgram())
        {
            throw new InvalidOperationException("The shared and the own programs decide differently.");
        }
    }

    // The built-in program as a person's own copy: its own phases and routine objects, equal by value.
    private static TrainingProgram OwnProgram()
    {
        var routine = new Routine(RunnersKnee.Routine.Id, RunnersKnee.Routine.Name, [.. RunnersKnee.Routine.Items]);
        var phases = new List<ProgramPhase>();
        foreach (var phase in RunnersKnee.Program.Phases)
        {
            phases.Add(new ProgramPhase(phase.Name, routine, phase.Schedule, phase.End));
        }

        return new TrainingProgram(RunnersKnee.Program.Id, RunnersKnee.Program.Name, phases);
    }

    [Benchmark(Baseline = true)]
    public long DecideOnOwnPrograms() => DecideAll(_own);

    [Benchmark]
    public long DecideOnSharedProgram() => DecideAll(_shared);

    [Benchmark]
    public Enrolment[] Enrol()
    {
        var enrolments = new Enrolment[People];
        for (int i = 0; i < People; i++)
        {
            enrolments[i] = new Enrolment(_shared[i].Id, RunnersKnee.Program, _starts[i], _shared[i].Events, _budgets[i], _options[i]);
        }

        return enrolments;
    }

    private long DecideAll(Enrolment[] enrolments)
    {
        long checksum = 0;
        for (int i = 0; i < enrolments.Length; i++)
        {
            var day = _coach.Decide(enrolments[i], _journals[i], Today);
            checksum += day.Level + day.Plan.TotalSeconds + day.Decisions.Count;
        }

        return checksum;
    }
}

/// <summary>Seeded journals of daily logs for the coaching benchmarks.</summary>
internal static class Journals
{
    // Daily logs, most calm, some with pain during above the target, some with a next morning that broke the rule,
    // some skipped.
    public static Journal Daily(DateOnly start, int days, Random random)
    {
        var logs = new List<SessionLog>(days);
        for (int day = 0; day < days; day++)
        {
            int roll = random.Next(20);
            logs.Add(roll switch
            {
                0 => new SessionLog(start.AddDays(day), "runners-knee", SessionCompletion.None),
                1 => new SessionLog(start.AddDays(day), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 3, painAfter: 2, painNextMorning: 3),
                2 or 3 => new SessionLog(start.AddDays(day), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 4, painAfter: 2, painNextMorning: 2),
                _ => new SessionLog(start.AddDays(day), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 1, painAfter: 1, painNextMorning: 1),
            });
        }

        return new Journal(logs);
    }
}
