using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Cli.Running;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Tests;

/// <summary>The run's clock with an open step: it waits for the person, bounded by events, never by wall-clock time.</summary>
public class SessionRunTests
{
    private static readonly SessionPlan Plan = SessionScheduler.Default.Schedule(new Routine("open", "Open", [
        new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(5), Laterality.PerSide).WithOpen(true)),
        new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(2, Laterality.PerSide)),
    ]));

    [Fact]
    public async Task RunAsync_OpenStepWithKeys_WaitsAtItsEndUntilNextIsPressed()
    {
        var observer = new Recorder();
        var keys = new PressNextAfterWaiting(observer, ticksToWait: 5);
        var run = new SessionRun(Plan, 10_000, TimeProvider.System, keys, TimeSpan.FromMilliseconds(1));

        var outcome = await run.RunAsync(observer, CancellationToken.None);

        outcome.Completed.Should().BeTrue();
        outcome.SkippedSteps.Should().Be(0, "next at the end of an open step ends it; it skips nothing");
        int firstOpen = Plan.Steps.ToList().FindIndex(s => s.IsOpen);
        observer.Events.Should().ContainInOrder($"start {firstOpen}", $"waiting {firstOpen}", $"start {firstOpen + 1}");
        observer.WaitingTicks(firstOpen).Should().BeGreaterThanOrEqualTo(5, "the run held the open step until next was pressed");
        observer.Events.Count(e => e.StartsWith("start", StringComparison.Ordinal)).Should().Be(Plan.Steps.Count);
    }

    [Fact]
    public async Task RunAsync_OpenStepWithoutKeys_LastsWhatThePlanExpects()
    {
        var observer = new Recorder();
        var run = new SessionRun(Plan, 10_000, TimeProvider.System, NoKeys.Instance, TimeSpan.FromMilliseconds(1));

        var outcome = await run.RunAsync(observer, CancellationToken.None);

        outcome.Completed.Should().BeTrue();
        observer.Events.Should().NotContain(e => e.StartsWith("waiting", StringComparison.Ordinal));
    }

    private sealed class Recorder : IRunObserver
    {
        private readonly Dictionary<int, int> _waiting = [];

        public List<string> Events { get; } = [];

        public int WaitingTicks(int step) => _waiting.GetValueOrDefault(step);

        public void StepStarted(RunState state) => Events.Add($"start {state.StepIndex}");

        public void PauseChanged(RunState state) => Events.Add($"pause {state.StepIndex}");

        public void Tick(RunState state)
        {
            if (state.IsWaiting)
            {
                if (!_waiting.ContainsKey(state.StepIndex))
                {
                    Events.Add($"waiting {state.StepIndex}");
                }

                _waiting[state.StepIndex] = _waiting.GetValueOrDefault(state.StepIndex) + 1;
            }
        }
    }

    // Presses next once the run has waited a few ticks at an open step; nothing otherwise.
    private sealed class PressNextAfterWaiting(Recorder observer, int ticksToWait) : IKeySource
    {
        public bool CanWait => true;

        public RunKey Read()
        {
            foreach (var (step, ticks) in Enumerable.Range(0, Plan.Steps.Count).Select(i => (i, observer.WaitingTicks(i))))
            {
                if (ticks >= ticksToWait && !_pressed.Contains(step))
                {
                    _pressed.Add(step);
                    return RunKey.Skip;
                }
            }

            return RunKey.None;
        }

        private readonly HashSet<int> _pressed = [];
    }
}
