using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Benchmarks;

/// <summary>
/// How close scheduling comes to the floor of producing the same output: allocating a step array and copying a
/// precomputed plan's steps into it. Goal: <see cref="ScheduleRunnersKnee"/> at most 5x the baseline's time and
/// at most 2x its allocations.
/// </summary>
[MemoryDiagnoser]
public class SessionSchedulerBenchmarks
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    private TimedStep[] _precomputed = [];
    private Routine _twoHundredItems = RunnersKnee.Routine;

    [GlobalSetup]
    public void Setup()
    {
        _precomputed = [.. SessionScheduler.Default.Schedule(RunnersKnee.Routine).Steps];
        var items = Enumerable.Range(0, Routine.MaxItems).Select(i => RunnersKnee.Routine.Items[i % RunnersKnee.Routine.Items.Count]);
        _twoHundredItems = new Routine("two-hundred", "Two hundred items", items);
    }

    [Benchmark(Baseline = true)]
    public TimedStep[] CopySteps()
    {
        var copy = new TimedStep[_precomputed.Length];
        Array.Copy(_precomputed, copy, _precomputed.Length);
        return copy;
    }

    [Benchmark]
    public SessionPlan ScheduleRunnersKnee() => SessionScheduler.Default.Schedule(RunnersKnee.Routine);

    [Benchmark]
    public SessionPlan ScheduleRunnersKneeTenMinutes() => SessionScheduler.Default.Schedule(RunnersKnee.Routine, TenMinutes);

    [Benchmark]
    public SessionPlan ScheduleTwoHundredItems() => SessionScheduler.Default.Schedule(_twoHundredItems);
}
