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
internal sealed class LiveObserver(LiveDisplayContext context, bool keysEnabled, PlanShape shape, CliText words) : IRunObserver
{
    private const int BarWidth = 50;

    public void StepStarted(RunState state) => context.UpdateTarget(Render(state, keysEnabled, shape, words));

    public void PauseChanged(RunState state) => context.UpdateTarget(Render(state, keysEnabled, shape, words));

    public void Tick(RunState state) => context.UpdateTarget(Render(state, keysEnabled, shape, words));

    public static IRenderable Render(RunState state, bool keysEnabled, PlanShape shape, CliText words)
    {
        var step = state.Step;
        var culture = CultureInfo.InvariantCulture;
        string routine = words.Words.RoutineName(state.Plan.Routine);
        var accent = state.IsPaused ? Color.Yellow : Color.Green;
        var body = new Rows(
            new Spectre.Console.Text(words.Words.Cue(step), new Style(accent, decoration: Decoration.Bold)),
            new FigletText(Words.Clock(state.StepSecondsLeft)).Color(accent),
            Bar(state.StepFraction, accent, $"{Words.Clock(state.SessionSeconds - step.StartSeconds)} / {Words.Clock(step.DurationSeconds)}"));
        var panel = new Panel(body)
        {
            Header = new PanelHeader(Markup.Escape($" {words.ExerciseName(step) ?? routine}{Round(shape, step)} ")),
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(accent),
            Expand = true,
        };

        string next = state.Next is { } following
            ? words.Say("live.next", Words.Clock(following.StartSeconds), words.Words.Cue(following), Round(shape, following))
            : words["live.nextDone"];
        string speed = state.Speed == 1 ? string.Empty : words.Say("live.speed", state.Speed.ToString("0.##", culture));
        string keys = words[state.IsWaiting ? "live.waiting" : keysEnabled ? "live.keys" : "live.noKeys"];
        string status = state.IsPaused ? words["live.paused"] : string.Empty;
        string section = shape.HasSections ? $" · {words.Section(step.Section)}" : string.Empty;
        return new Rows(
            new Spectre.Console.Text(words.Say("live.title", routine, state.StepIndex + 1, state.Plan.Steps.Count, speed, section), new Style(Color.Aqua, decoration: Decoration.Bold)),
            panel,
            Bar(state.SessionFraction, Color.Aqua, words.Say("live.session", Words.Clock(state.SessionSeconds), Words.Clock(state.Plan.TotalSeconds))),
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
