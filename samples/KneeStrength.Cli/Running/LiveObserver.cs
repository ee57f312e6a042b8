using System;
using System.Globalization;
using KneeStrength.Scheduling;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KneeStrength.Cli.Running;

/// <summary>
/// The run as a live display: the current step large with its countdown, a progress bar for the step and one for
/// the session, and what comes next; the section the step is in (when the routine has a warm-up or a cool-down) and
/// a circuit step's round.
/// </summary>
internal sealed class LiveObserver(LiveDisplayContext context, bool keysEnabled, PlanShape shape) : IRunObserver
{
    private const int BarWidth = 50;

    public void StepStarted(RunState state) => context.UpdateTarget(Render(state, keysEnabled, shape));

    public void PauseChanged(RunState state) => context.UpdateTarget(Render(state, keysEnabled, shape));

    public void Tick(RunState state) => context.UpdateTarget(Render(state, keysEnabled, shape));

    public static IRenderable Render(RunState state, bool keysEnabled, PlanShape shape)
    {
        var step = state.Step;
        var culture = CultureInfo.InvariantCulture;
        var accent = state.IsPaused ? Color.Yellow : Color.Green;
        var body = new Rows(
            new Spectre.Console.Text(step.Cue, new Style(accent, decoration: Decoration.Bold)),
            new FigletText(Words.Clock(state.StepSecondsLeft)).Color(accent),
            Bar(state.StepFraction, accent, $"{Words.Clock(state.SessionSeconds - step.StartSeconds)} / {Words.Clock(step.DurationSeconds)}"));
        var panel = new Panel(body)
        {
            Header = new PanelHeader(Markup.Escape($" {step.ExerciseName ?? state.Plan.Routine.Name}{Round(shape, step)} ")),
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(accent),
            Expand = true,
        };

        string next = state.Next is { } following
            ? $"Next ({Words.Clock(following.StartSeconds)}): {following.Cue}{Round(shape, following)}"
            : "Next: done.";
        string speed = state.Speed == 1 ? string.Empty : string.Create(culture, $" at {state.Speed:0.##}x");
        string keys = state.IsWaiting ? "as long as you can: n when you are done · q quit"
            : keysEnabled ? "space pause/resume · n skip · q quit" : "Ctrl+C stops";
        string status = state.IsPaused ? "PAUSED · " : string.Empty;
        string section = shape.HasSections ? $" · {CliText.English.Section(step.Section)}" : string.Empty;
        return new Rows(
            new Spectre.Console.Text($"{state.Plan.Routine.Name}: step {state.StepIndex + 1} of {state.Plan.Steps.Count}{speed}{section}", new Style(Color.Aqua, decoration: Decoration.Bold)),
            panel,
            Bar(state.SessionFraction, Color.Aqua, $"session {Words.Clock(state.SessionSeconds)} / {Words.Clock(state.Plan.TotalSeconds)}"),
            new Spectre.Console.Text(next, new Style(Color.Grey)),
            new Spectre.Console.Text($"{status}{keys}", new Style(state.IsPaused ? Color.Yellow : state.IsWaiting ? Color.Green : Color.Grey)));
    }

    private static string Round(PlanShape shape, in TimedStep step) => shape.Round(step) is { } round ? $" · {round}" : string.Empty;

    /// <summary>A bar of <see cref="BarWidth"/> cells, filled to <paramref name="fraction"/>, then a label.</summary>
    private static Paragraph Bar(double fraction, Color color, string label)
    {
        int filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * BarWidth);
        var bar = new Paragraph();
        bar.Append(new string('━', filled), new Style(color));
        bar.Append(new string('━', BarWidth - filled), new Style(Color.Grey23));
        bar.Append($"  {label}", Style.Plain);
        return bar;
    }
}
