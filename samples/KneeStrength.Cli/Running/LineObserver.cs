using System.IO;

namespace KneeStrength.Cli.Running;

/// <summary>
/// The run as plain lines, for output that is not a terminal or for <c>--no-input</c>: one line per step as it begins,
/// <c>m:ss  cue</c>, with the plan's own times.
/// </summary>
internal sealed class LineObserver(TextWriter output, int clockWidth) : IRunObserver
{
    public void StepStarted(RunState state)
    {
        output.WriteLine($"{Words.Clock(state.Step.StartSeconds).PadLeft(clockWidth)}  {state.Step.Cue}");
        output.Flush();
    }

    public void PauseChanged(RunState state)
    {
        output.WriteLine(state.IsPaused
            ? $"Paused at {Words.Clock(state.SessionSeconds)}; press space to go on."
            : $"Going on from {Words.Clock(state.SessionSeconds)}.");
        output.Flush();
    }

    public void Tick(RunState state)
    {
    }
}
