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

    private Coach _coach = null!;
    private Journal _oneYear = Journal.Empty;
    private Journal _tenYears = Journal.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _coach = new Coach(RunnersKnee.Program(Start));
        _oneYear = Daily(365);
        _tenYears = Daily(3640);
    }

    // Daily logs, most calm, some with pain during above the target, some with a next morning that broke the rule,
    // some skipped; seeded, so every run measures the same journal.
    private static Journal Daily(int days)
    {
        var random = new Random(20261201);
        var logs = new List<SessionLog>(days);
        for (int day = 0; day < days; day++)
        {
            int roll = random.Next(20);
            logs.Add(roll switch
            {
                0 => new SessionLog(Start.AddDays(day), "runners-knee", SessionCompletion.None),
                1 => new SessionLog(Start.AddDays(day), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 3, painAfter: 2, painNextMorning: 3),
                2 or 3 => new SessionLog(Start.AddDays(day), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 4, painAfter: 2, painNextMorning: 2),
                _ => new SessionLog(Start.AddDays(day), "runners-knee", SessionCompletion.All, painBefore: 1, painDuring: 1, painAfter: 1, painNextMorning: 1),
            });
        }

        return new Journal(logs);
    }

    [Benchmark(Baseline = true)]
    public SessionPlan ScheduleRunnersKnee() => SessionScheduler.Default.Schedule(RunnersKnee.Routine);

    [Benchmark]
    public CoachingDay DecideAfterOneYear() => _coach.Decide(Start.AddDays(365), _oneYear);

    [Benchmark]
    public CoachingDay DecideAfterTenYears() => _coach.Decide(Start.AddDays(3640), _tenYears);
}
