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

    public static Command Create(Terminal terminal, CliText words)
    {
        var command = new Command("run", words["help.run"]);
        var session = new SessionOptionsBinder(words);
        session.AddTo(command);
        var speed = CliOptions.Speed(words);
        var noInput = CliOptions.NoInput(words);
        var log = new Option<bool>("--log") { Description = words["help.run.log"] };
        var journal = CliOptions.Journal(words);
        var date = CliOptions.Date("--date", words["help.run.date"]);
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
                ? await RunLinesAsync(terminal, run, plan, keysEnabled, words, token).ConfigureAwait(false)
                : await RunLiveAsync(terminal, run, keysEnabled, words, token).ConfigureAwait(false);
            var output = terminal.Console.Profile.Out.Writer;
            await output.WriteLineAsync(Summary(outcome, words)).ConfigureAwait(false);
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
                    during ??= LogCommand.AskPain(terminal, words["run.askDuring"]);
                    sharp = sharp || LogCommand.AskYes(terminal, words);
                    after ??= LogCommand.AskPain(terminal, words["run.askAfter"]);
                }

                var entry = new Tracking.SessionLog(today, plan.Routine.Id, completion, null, logged?.PainBefore, during, after, logged?.PainNextMorning, logged?.Run, logged?.Note, sharp);
                LogCommand.Save(terminal, context, enrolment, words);
                file.Append(entry, terminal.Error);
                await output.WriteLineAsync(words.Say("log.logged", words.Log(entry), Sentence.QuotePath(file.Path))).ConfigureAwait(false);
            }

            return token.IsCancellationRequested ? CliAction.Interrupted : CliAction.Ok;
        }, cancellationToken));
        return command;
    }

    private static Task<RunOutcome> RunLinesAsync(Terminal terminal, SessionRun run, SessionPlan plan, bool keysEnabled, CliText words, CancellationToken token)
    {
        var output = terminal.Console.Profile.Out.Writer;
        string speed = run.Speed == 1 ? string.Empty : words.Say("run.speed", run.Speed.ToString("0.##", CultureInfo.InvariantCulture));
        string keys = keysEnabled ? words["run.keys"] : string.Empty;
        output.WriteLine(words.Say("run.header", words.Words.RoutineName(plan.Routine), Words.Duration(plan.TotalDuration), words.Count(plan.Steps.Count, "step"), speed, keys));
        return run.RunAsync(new LineObserver(output, Words.Clock(plan.TotalSeconds).Length, new PlanShape(plan, words), words), token);
    }

    private static Task<RunOutcome> RunLiveAsync(Terminal terminal, SessionRun run, bool keysEnabled, CliText words, CancellationToken token) =>
        terminal.Console.Live(new Spectre.Console.Text(string.Empty))
            .AutoClear(false)
            .Overflow(VerticalOverflow.Ellipsis)
            .StartAsync(context => run.RunAsync(new LiveObserver(context, keysEnabled, new PlanShape(run.Plan, words), words), token));

    /// <summary>One line that says how far the run got.</summary>
    internal static string Summary(RunOutcome outcome, CliText words)
    {
        var plan = outcome.Plan;
        string total = Words.Clock(plan.TotalSeconds);
        string skipped = outcome.SkippedSteps > 0 ? words.Say("run.skipped", words.Count(outcome.SkippedSteps, "skippedStep")) : string.Empty;
        if (outcome.Completed)
        {
            return words.Say("run.done", words.Count(plan.Steps.Count, "step"), words.Count(outcome.Exercises, "exercise"), total, skipped);
        }

        int at = Math.Min(plan.TotalSeconds, (int)Math.Floor(outcome.Position + 1e-9));
        var step = plan.Steps[outcome.StepIndex];
        return words.Say(
            "run.stopped",
            Words.Clock(at),
            total,
            outcome.StepIndex + 1,
            plan.Steps.Count,
            words.ExerciseName(step),
            outcome.ExercisesDone,
            words.Count(outcome.Exercises, "exercise"),
            skipped);
    }
}
