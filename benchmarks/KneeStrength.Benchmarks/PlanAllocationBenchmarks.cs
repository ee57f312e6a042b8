using System;
using BenchmarkDotNet.Attributes;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Benchmarks;

/// <summary>
/// What planning allocates with no words asked for, to compare builds (issue 21: the facts cost nothing when no words
/// are asked for): the built-in session in 20 minutes with only a wall on hand (substitutions, omissions and
/// adjustments), by a scheduler that keeps its plans (<see cref="KeptPlan"/>) and by a new one each time
/// (<see cref="NewPlan"/>, everything worked out).
/// </summary>
[MemoryDiagnoser]
public class PlanAllocationBenchmarks
{
    private static readonly SessionOptions Options = new(equipment: EquipmentSet.Parse("wall").Value);

    private static readonly SessionScheduler Scheduler = new(Options);

    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(20);

    /// <summary>The plan from a scheduler that has planned it before.</summary>
    [Benchmark(Baseline = true)]
    public SessionPlan KeptPlan() => Scheduler.Schedule(RunnersKnee.Routine, Budget);

    /// <summary>The plan from a new scheduler: every step and note worked out.</summary>
    [Benchmark]
    public SessionPlan NewPlan() => new SessionScheduler(Options).Schedule(RunnersKnee.Routine, Budget);
}
