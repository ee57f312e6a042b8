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
        var log = new Option<bool>("--log") { Description = "When the session ends, log it in your journal (done in full, or in part when stopped early); add pain scores with 'knee log'." };
        var journal = CliOptions.Journal();
        var date = CliOptions.Date("--date", "With --log: the day to log the session on, as YYYY-MM-DD. Default: today.");
        command.Add(speed);
        command.Add(noInput);
        command.Add(log);
        command.Add(journal);
        command.Add(date);
        command.SetAction((parseResult, cancellationToken) => CliAction.RunAsync(terminal, async token =>
        {
            var file = parseResult.GetValue(log) ? JournalFile.Resolve(parseResult.GetValue(journal)) : null;
            ProgramOptions.Context? context = null;
            Enrolment? enrolment = null;
            var today = parseResult.GetValue(date) ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            if (file is not null)
            {
                // Checked before the session, so that a log refused (before the enrolment's start) is said at once.
                var store = new EnrolmentFile(file);
                var program = store.Program(null);
                context = new ProgramOptions.Context(file, file.Read(terminal.Error), store, program, null, store.Read(program, null));
                enrolment = LogCommand.EnrolmentFor(context, today);
            }

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
            if (file is not null && context is not null && enrolment is not null && !token.IsCancellationRequested)
            {
                var completion = outcome.Completed && outcome.SkippedSteps == 0 ? Tracking.SessionCompletion.All : Tracking.SessionCompletion.Partial;
                var logged = file.Read(terminal.Error).Find(today);
                int? during = logged?.PainDuring, after = logged?.PainAfter;
                bool sharp = logged?.SharpPain ?? false;
                if (terminal.IsInteractive && terminal.CanReadKeys && !parseResult.GetValue(noInput))
                {
                    // With a terminal, the pain scores the coach needs are asked now; the hour-after one can wait.
                    during ??= LogCommand.AskPain(terminal, "Worst knee pain during the session (0-10, empty to skip)");
                    sharp = sharp || LogCommand.AskYes(terminal, "Any sharp pain (a stab or a catch)? (y/N)");
                    after ??= LogCommand.AskPain(terminal, "Knee pain an hour after (0-10; empty to log it later with 'knee log --pain-after N')");
                }

                var entry = new Tracking.SessionLog(today, plan.Routine.Id, completion, null, logged?.PainBefore, during, after, logged?.PainNextMorning, logged?.Run, logged?.Note, sharp);
                LogCommand.Save(terminal, context, enrolment);
                file.Append(entry, terminal.Error);
                await output.WriteLineAsync($"Logged {entry} in {Sentence.QuotePath(file.Path)}.").ConfigureAwait(false);
            }

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
        return run.RunAsync(new LineObserver(output, Words.Clock(plan.TotalSeconds).Length, new PlanShape(plan)), token);
    }

    private static Task<RunOutcome> RunLiveAsync(Terminal terminal, SessionRun run, bool keysEnabled, CancellationToken token) =>
        terminal.Console.Live(new Spectre.Console.Text(string.Empty))
            .AutoClear(false)
            .Overflow(VerticalOverflow.Ellipsis)
            .StartAsync(context => run.RunAsync(new LiveObserver(context, keysEnabled, new PlanShape(run.Plan)), token));
}
