using System;
using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Cli.Running;
using KneeStrength.Scheduling;
using Spectre.Console;

namespace KneeStrength.Cli.Commands;

internal static class RunCommand
{
    /// <summary>How often the live display redraws and keys are read.</summary>
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    public static Command Create(Terminal terminal)
    {
        var command = new Command("run", "Run today's session live: the current step and its countdown, progress, and what comes next. Keys: space pauses and resumes, n skips, q quits.");
        var session = new SessionOptionsBinder();
        session.AddTo(command);
        var speed = CliOptions.Speed();
        var noInput = CliOptions.NoInput();
        command.Add(speed);
        command.Add(noInput);
        command.SetAction((parseResult, cancellationToken) => CliAction.RunAsync(terminal, async token =>
        {
            var (plan, _) = session.Plan(parseResult);
            if (plan.Steps.Count == 0)
            {
                throw UsageException.ForOption("--equipment", $"every exercise of '{plan.Routine.Id}' needs equipment that is not on hand, so there is nothing to run");
            }

            bool lines = parseResult.GetValue(noInput) || !terminal.IsInteractive;
            bool keysEnabled = !parseResult.GetValue(noInput) && terminal.CanReadKeys;
            IKeySource keys = keysEnabled ? new ConsoleKeys() : NoKeys.Instance;
            var run = new SessionRun(plan, parseResult.GetValue(speed), TimeProvider.System, keys, Tick);
            var outcome = lines
                ? await RunLinesAsync(terminal, run, plan, keysEnabled, token).ConfigureAwait(false)
                : await RunLiveAsync(terminal, run, keysEnabled, token).ConfigureAwait(false);
            var output = terminal.Console.Profile.Out.Writer;
            await output.WriteLineAsync(outcome.Summary()).ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            return token.IsCancellationRequested ? CliAction.Interrupted : CliAction.Ok;
        }, cancellationToken));
        return command;
    }

    private static Task<RunOutcome> RunLinesAsync(Terminal terminal, SessionRun run, SessionPlan plan, bool keysEnabled, CancellationToken token)
    {
        var output = terminal.Console.Profile.Out.Writer;
        string speed = run.Speed == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", at {run.Speed:0.##}x speed");
        string keys = keysEnabled ? " Keys: space pauses and resumes, n skips, q quits." : string.Empty;
        output.WriteLine($"{plan.Routine.Name}: {Words.Duration(plan.TotalDuration)} in {Words.Count(plan.Steps.Count, "step")}{speed}.{keys}");
        return run.RunAsync(new LineObserver(output, Words.Clock(plan.TotalSeconds).Length), token);
    }

    private static Task<RunOutcome> RunLiveAsync(Terminal terminal, SessionRun run, bool keysEnabled, CancellationToken token) =>
        terminal.Console.Live(new Spectre.Console.Text(string.Empty))
            .AutoClear(false)
            .Overflow(VerticalOverflow.Ellipsis)
            .StartAsync(context => run.RunAsync(new LiveObserver(context, keysEnabled), token));
}
