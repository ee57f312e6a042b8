using System;
using System.Collections.Generic;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Running;

/// <summary>
/// Where a run is: the step, the session clock, whether it is paused, and whether an open step has passed its expected
/// time and waits for the person to press next. A snapshot, for displays.
/// </summary>
internal readonly record struct RunState(SessionPlan Plan, int StepIndex, double Position, bool IsPaused, double Speed, bool IsWaiting = false)
{
    public TimedStep Step => Plan.Steps[StepIndex];

    public TimedStep? Previous => StepIndex > 0 ? Plan.Steps[StepIndex - 1] : null;

    public TimedStep? Next => StepIndex + 1 < Plan.Steps.Count ? Plan.Steps[StepIndex + 1] : null;

    /// <summary>Whole seconds left in the current step, counted down as a clock does: 30 until the first second has passed.</summary>
    public int StepSecondsLeft => Math.Max(0, (int)Math.Ceiling(Step.StartSeconds + Step.DurationSeconds - Position - 1e-9));

    /// <summary>The share of the current step done, 0 to 1.</summary>
    public double StepFraction => Math.Clamp((Position - Step.StartSeconds) / Step.DurationSeconds, 0, 1);

    /// <summary>The share of the session done, 0 to 1.</summary>
    public double SessionFraction => Plan.TotalSeconds == 0 ? 1 : Math.Clamp(Position / Plan.TotalSeconds, 0, 1);

    /// <summary>Whole seconds of the session passed.</summary>
    public int SessionSeconds => Math.Min(Plan.TotalSeconds, (int)Math.Floor(Position + 1e-9));
}

/// <summary>How a run ended.</summary>
internal readonly record struct RunOutcome(SessionPlan Plan, bool Completed, int StepIndex, double Position, int SkippedSteps)
{
    /// <summary>The exercises whose every step has passed: a circuit's items count once, when their last round has passed.</summary>
    public int ExercisesDone
    {
        get
        {
            int done = 0;
            var steps = Plan.Steps;
            var last = LastOfItem(steps);
            for (int i = 0; i < steps.Count; i++)
            {
                if (last[i] && steps[i].StartSeconds + steps[i].DurationSeconds <= Position + 1e-9)
                {
                    done++;
                }
            }

            return done;
        }
    }

    /// <summary>The exercises the plan holds, each item of a circuit once.</summary>
    public int Exercises
    {
        get
        {
            int count = 0;
            foreach (bool last in LastOfItem(Plan.Steps))
            {
                count += last ? 1 : 0;
            }

            return count;
        }
    }

    // Whether each step is the last of its item. A circuit's items come back round after round, so an item's last
    // step is the last step with its index, not the last before the index changes.
    private static bool[] LastOfItem(IReadOnlyList<TimedStep> steps)
    {
        var last = new bool[steps.Count];
        var seen = new HashSet<int>();
        for (int i = steps.Count - 1; i >= 0; i--)
        {
            last[i] = seen.Add(steps[i].ItemIndex);
        }

        return last;
    }
}
