using System.IO;

namespace KneeStrength.Cli.Running;

/// <summary>
/// The run as plain lines, for output that is not a terminal or for <c>--no-input</c>: one line per step as it begins,
/// <c>m:ss  cue</c>, with the plan's own times; a circuit's step adds its round, and a routine with a warm-up or a
/// cool-down has a heading line where each section begins.
/// </summary>
internal sealed class LineObserver(TextWriter output, int clockWidth, PlanShape shape, CliText words) : IRunObserver
{
    private int _waitedAt = -1;

    public void StepStarted(RunState state)
    {
        var step = state.Step;
        if (shape.SectionBegun(step, state.Previous) is { } heading)
        {
            output.WriteLine($"{heading}:");
        }

        string round = shape.Round(step) is { } r ? $" ({r})" : string.Empty;
        output.WriteLine($"{Words.Clock(step.StartSeconds).PadLeft(clockWidth)}  {words.Words.Cue(step)}{round}");
        output.Flush();
    }

    public void PauseChanged(RunState state)
    {
        output.WriteLine(words.Say(state.IsPaused ? "run.paused" : "run.resumed", Words.Clock(state.SessionSeconds)));
        output.Flush();
    }

    public void Tick(RunState state)
    {
        // Said once, when an open step reaches its expected end and waits for the person.
        if (state.IsWaiting && _waitedAt != state.StepIndex)
        {
            _waitedAt = state.StepIndex;
            output.WriteLine($"{new string(' ', clockWidth)}  {words["run.keepGoing"]}");
            output.Flush();
        }
    }
}
