using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Benchmarks;

/// <summary>
/// How close scheduling comes to the floor of producing the same output: allocating a step array and copying a
/// precomputed plan's steps into it. Goal (issue 20): <see cref="ScheduleRunnersKnee"/> at most 3x the baseline's
/// time and at most 1.3x its allocations; <see cref="ScheduleRunnersKneeFirstTime"/> is the expansion from nothing
/// (no resolution or steps kept on the routine); <see cref="ScheduleCircuitRoutine"/> shows what sections and circuits
/// cost.
/// </summary>
[MemoryDiagnoser]
public class SessionSchedulerBenchmarks
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    private TimedStep[] _precomputed = [];
    private Routine _twoHundredItems = RunnersKnee.Routine;
    private Routine _circuits = RunnersKnee.Routine;

    // Two schedulers of equal options that take turns, so neither finds its work on the routine: the first-time cost.
    private readonly SessionScheduler[] _takingTurns = [new SessionScheduler(), new SessionScheduler()];
    private int _turn;

    [GlobalSetup]
    public void Setup()
    {
        _precomputed = [.. SessionScheduler.Default.Schedule(RunnersKnee.Routine).Steps];
        var items = Enumerable.Range(0, Routine.MaxItems).Select(i => RunnersKnee.Routine.Items[i % RunnersKnee.Routine.Items.Count]);
        _twoHundredItems = new Routine("two-hundred", "Two hundred items", items);

        // The built-in exercises as a clinic might group them: a warm-up stretch, two circuits of three rounds, the
        // rest one by one, and a cool-down.
        RoutineItem One(Exercise exercise, string dosage) => new(exercise, Dosage.Parse(dosage, exercise).Value);
        _circuits = new Routine("circuits", "Circuits", [
            new RoutineSection(RoutineSectionKind.WarmUp, [One(RunnersKnee.StandingCalfStretch, "30 s hold")]),
            new RoutineSection(RoutineSectionKind.Main, [
                new Circuit(3, [One(RunnersKnee.SideSteps, "15 reps"), One(RunnersKnee.Clamshell, "12 reps"), One(RunnersKnee.SideLegRaise, "12 reps")], TimeSpan.FromSeconds(60)),
                new Circuit(3, [One(RunnersKnee.StepUp, "10 reps"), One(RunnersKnee.HipDip, "10 reps")], TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(5)),
                One(RunnersKnee.SidePlank, "30 s hold, as long as you can"),
                One(RunnersKnee.StandingLegExtension, "10 reps"),
            ]),
            new RoutineSection(RoutineSectionKind.CoolDown, [One(RunnersKnee.StandingItBandStretch, "30 s hold"), One(RunnersKnee.SeatedHamstringStretch, "30 s hold")]),
        ]);
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
    public SessionPlan ScheduleRunnersKneeFirstTime() => _takingTurns[_turn ^= 1].Schedule(RunnersKnee.Routine);

    [Benchmark]
    public SessionPlan ScheduleRunnersKneeTenMinutes() => SessionScheduler.Default.Schedule(RunnersKnee.Routine, TenMinutes);

    [Benchmark]
    public SessionPlan ScheduleCircuitRoutine() => SessionScheduler.Default.Schedule(_circuits);

    [Benchmark]
    public SessionPlan ScheduleTwoHundredItems() => SessionScheduler.Default.Schedule(_twoHundredItems);
}
