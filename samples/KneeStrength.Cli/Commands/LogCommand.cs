using System;
using System.CommandLine;
using KneeStrength.Catalog;
using KneeStrength.Tracking;
using Spectre.Console;

namespace KneeStrength.Cli.Commands;

internal static class LogCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var command = new Command("log", "Log a session and its knee pain (0-10), the next morning's pain, or a run, in your journal.");
        var date = CliOptions.Date("--date", "The day of the session or run, as YYYY-MM-DD; with --next-morning, the morning itself. Default: today.");
        var journal = CliOptions.Journal();
        var completed = new Option<SessionCompletion?>("--completed")
        {
            Description = "How much of the session you did: all, partial or none. Default: all, or asked when a terminal is attached.",
            HelpName = "all|partial|none",
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                switch (text.Trim().ToLowerInvariant())
                {
                    case "all": return SessionCompletion.All;
                    case "partial": return SessionCompletion.Partial;
                    case "none": return SessionCompletion.None;
                    default:
                        result.AddError($"--completed: expected all, partial or none, but got {Text.DisplayText.Quote(text)}");
                        return null;
                }
            },
        };
        var before = CliOptions.Pain("--pain-before", "before the session");
        var during = CliOptions.Pain("--pain-during", "during the session, the worst");
        var after = CliOptions.Pain("--pain-after", "about an hour after the session");
        var morning = CliOptions.Pain("--next-morning", "this morning, added to the session of the day before --date");
        var runMinutes = CliOptions.WholeNumber("--run-minutes", "A run that day, in minutes (1 to 600); needs --running-pain.", 1, RunLog.MaxMinutes, "minutes");
        var runningPain = CliOptions.Pain("--running-pain", "during the run, the worst");
        var note = new Option<string?>("--note") { Description = "A free note, up to 500 characters.", HelpName = "TEXT" };
        var noInput = new Option<bool>("--no-input") { Description = "Ask nothing: what is not given is left out." };
        foreach (var option in new Option[] { date, journal, completed, before, during, after, morning, runMinutes, runningPain, note, noInput })
        {
            command.Add(option);
        }

        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            var file = JournalFile.Resolve(parseResult.GetValue(journal));
            var day = parseResult.GetValue(date) ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            int? morningPain = parseResult.GetValue(morning);
            int? minutes = parseResult.GetValue(runMinutes), runPain = parseResult.GetValue(runningPain);
            bool session = parseResult.GetResult(completed) is not null || parseResult.GetResult(before) is not null ||
                parseResult.GetResult(during) is not null || parseResult.GetResult(after) is not null;
            if (morningPain is not null && (session || minutes is not null))
            {
                throw UsageException.ForOption("--next-morning", "is logged on its own: the morning after a session, not with a session or a run");
            }

            if ((minutes is null) != (runPain is null))
            {
                throw UsageException.ForOption(minutes is null ? "--running-pain" : "--run-minutes", "goes with --run-minutes and --running-pain together");
            }

            var existing = file.Read(terminal.Error);
            SessionLog log;
            if (morningPain is int m)
            {
                var sessionDay = day.AddDays(-1);
                var logged = existing.Find(sessionDay);
                if (logged is not { HasSession: true })
                {
                    throw UsageException.ForOption("--next-morning", $"no session is logged on {sessionDay:yyyy-MM-dd}, the day before {day:yyyy-MM-dd}; log it first");
                }

                log = logged.WithNextMorningPain(m);
            }
            else if (!session && minutes is int runMinutesValue)
            {
                var run = new RunLog(runMinutesValue, runPain!.Value);
                log = existing.Find(day)?.WithRun(run) ?? new SessionLog(day, null, SessionCompletion.None, run: run);
            }
            else
            {
                // What is not given now keeps what the day already has (from 'knee run --log' or an earlier log).
                var earlier = existing.Find(day);
                var had = earlier is { HasSession: true } ? earlier : null;
                bool ask = terminal.IsInteractive && terminal.CanReadKeys && !parseResult.GetValue(noInput);
                var completion = parseResult.GetValue(completed) ?? had?.Completion ?? (ask ? Ask(terminal, "Did you do all of it? (all/partial/none)") : SessionCompletion.All);
                int? p0 = parseResult.GetValue(before) ?? had?.PainBefore ?? (ask ? AskPain(terminal, "Knee pain before the session (0-10, empty to skip)") : null);
                int? p1 = parseResult.GetValue(during) ?? had?.PainDuring ?? (ask && completion != SessionCompletion.None ? AskPain(terminal, "Worst knee pain during it (0-10, empty to skip)") : null);
                int? p2 = parseResult.GetValue(after) ?? had?.PainAfter ?? (ask && completion != SessionCompletion.None ? AskPain(terminal, "Knee pain about an hour after (0-10, empty to skip)") : null);
                RunLog? run = minutes is int mm ? new RunLog(mm, runPain!.Value) : earlier?.Run;
                log = Build(day, completion, p0, p1, p2, earlier?.PainNextMorning, run, parseResult.GetValue(note) ?? earlier?.Note);
            }

            file.Append(log, terminal.Error);
            terminal.WriteLine($"Logged {log} in {Sentence.QuotePath(file.Path)}.");
            return CliAction.Ok;
        }));
        return command;
    }

    private static SessionLog Build(DateOnly day, SessionCompletion completion, int? before, int? during, int? after, int? morning, RunLog? run, string? note)
    {
        try
        {
            return new SessionLog(day, RunnersKnee.Routine.Id, completion, null, before, during, after, morning, run, note);
        }
        catch (ArgumentException e) when (e.ParamName == "note")
        {
            throw UsageException.ForOption("--note", Sentence.LibraryMessage(e));
        }
    }

    private static SessionCompletion Ask(Terminal terminal, string question)
    {
        while (true)
        {
            string answer = terminal.Console.Prompt(new TextPrompt<string>(question) { AllowEmpty = true }).Trim().ToLowerInvariant();
            switch (answer)
            {
                case "all" or "a" or "": return SessionCompletion.All;
                case "partial" or "p": return SessionCompletion.Partial;
                case "none" or "n": return SessionCompletion.None;
            }
        }
    }

    private static int? AskPain(Terminal terminal, string question)
    {
        while (true)
        {
            string answer = terminal.Console.Prompt(new TextPrompt<string>(question) { AllowEmpty = true }).Trim();
            if (answer.Length == 0)
            {
                return null;
            }

            if (int.TryParse(answer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int pain) && pain <= 10)
            {
                return pain;
            }
        }
    }
}
