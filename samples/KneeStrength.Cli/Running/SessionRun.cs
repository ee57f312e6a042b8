using System;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Running;

/// <summary>What a display does as a run goes: each event happens on the run's own thread, in order.</summary>
internal interface IRunObserver
{
    /// <summary>A step began; called once for every step, in order, skipped ones included.</summary>
    void StepStarted(RunState state);

    /// <summary>The run was paused or resumed.</summary>
    void PauseChanged(RunState state);

    /// <summary>Time passed; for displays that redraw.</summary>
    void Tick(RunState state);
}

/// <summary>
/// Plays a <see cref="SessionPlan"/> against a clock: a session clock that runs <see cref="Speed"/> times faster than
/// the <see cref="TimeProvider"/>, stops while paused, and jumps to the end of a step when it is skipped. An open step
/// ("as long as you can") holds the clock at its expected end until the person presses next, when keys can be read;
/// without keys it lasts what the plan expects.
/// </summary>
/// <remarks>
/// The plan's own times drive everything shown, so what is printed is the same on every run; only when it is
/// printed depends on the clock.
/// </remarks>
internal sealed class SessionRun(SessionPlan plan, double speed, TimeProvider time, IKeySource keys, TimeSpan tick)
{
    public double Speed => speed;

    public SessionPlan Plan => plan;

    public async Task<RunOutcome> RunAsync(IRunObserver observer, CancellationToken cancellationToken)
    {
        var steps = plan.Steps;
        if (steps.Count == 0)
        {
            return new RunOutcome(plan, Completed: true, 0, 0, 0);
        }

        int index = 0;
        int skipped = 0;
        double position = 0;
        bool paused = false;
        bool released = false;
        bool waiting = false;
        long last = time.GetTimestamp();
        observer.StepStarted(new RunState(plan, index, position, paused, speed));
        while (true)
        {
            long now = time.GetTimestamp();
            if (!paused)
            {
                position += time.GetElapsedTime(last, now).TotalSeconds * speed;
            }

            last = now;
            switch (keys.Read())
            {
                case RunKey.PauseOrResume:
                    paused = !paused;
                    observer.PauseChanged(new RunState(plan, index, position, paused, speed));
                    break;
                case RunKey.Skip when waiting:
                    // Next, pressed at the end of an open step: the person is done, nothing was skipped.
                    released = true;
                    break;
                case RunKey.Skip:
                    position = Math.Max(position, End(steps[index]));
                    released = true;
                    skipped++;
                    break;
                case RunKey.Quit:
                    return new RunOutcome(plan, Completed: false, index, position, skipped);
            }

            // Every step begins in turn, however far the clock moved since the last look; an open step waits at its end.
            while (position >= End(steps[index]))
            {
                if (steps[index].IsOpen && keys.CanWait && !released)
                {
                    position = End(steps[index]);
                    waiting = true;
                    break;
                }

                if (index + 1 == steps.Count)
                {
                    return new RunOutcome(plan, Completed: true, index, plan.TotalSeconds, skipped);
                }

                index++;
                (released, waiting) = (false, false);
                observer.StepStarted(new RunState(plan, index, position, paused, speed));
            }

            observer.Tick(new RunState(plan, index, position, paused, speed, waiting));
            if (cancellationToken.IsCancellationRequested)
            {
                return new RunOutcome(plan, Completed: false, index, position, skipped);
            }

            // Wake for the next step's start or the next redraw, whichever comes first.
            var untilNext = paused || waiting ? tick : TimeSpan.FromSeconds((End(steps[index]) - position) / speed);
            var wait = untilNext < tick ? untilNext : tick;
            try
            {
                await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return new RunOutcome(plan, Completed: false, index, position, skipped);
            }
        }
    }

    private static double End(in TimedStep step) => step.StartSeconds + step.DurationSeconds;
}
