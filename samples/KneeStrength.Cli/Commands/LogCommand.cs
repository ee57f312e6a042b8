using System;
using System.CommandLine;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;
using Spectre.Console;

namespace KneeStrength.Cli.Commands;

internal static class LogCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock, CliText words)
    {
        var command = new Command("log", words["help.log"]);
        var date = CliOptions.Date("--date", words["help.log.date"]);
        var program = new ProgramOptions(words);
        var completed = new Option<SessionCompletion?>("--completed")
        {
            Description = words["help.log.completed"],
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
        var before = CliOptions.Pain("--pain-before", words["help.log.painBefore"]);
        var during = CliOptions.Pain("--pain-during", words["help.log.painDuring"]);
        var after = CliOptions.Pain("--pain-after", words["help.log.painAfter"]);
        var morning = CliOptions.Pain("--next-morning", words["help.log.nextMorning"]);
        var runMinutes = CliOptions.WholeNumber("--run-minutes", words.Say("help.log.runMinutes", RunLog.MaxMinutes), 1, RunLog.MaxMinutes, "minutes");
        var runningPain = CliOptions.Pain("--running-pain", words["help.log.runningPain"]);
        var sharpPain = new Option<bool>("--sharp-pain") { Description = words["help.log.sharpPain"] };
        var note = new Option<string?>("--note") { Description = words["help.log.note"], HelpName = "TEXT" };
        var noInput = new Option<bool>("--no-input") { Description = words["help.log.noInput"] };
        command.Add(date);
        program.AddTo(command);
        foreach (var option in new Option[] { completed, before, during, after, sharpPain, morning, runMinutes, runningPain, note, noInput })
        {
            command.Add(option);
        }

        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            var context = program.Read(parseResult, terminal);
            var file = context.File;
            var day = parseResult.GetValue(date) ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            int? morningPain = parseResult.GetValue(morning);
            int? minutes = parseResult.GetValue(runMinutes), runPain = parseResult.GetValue(runningPain);
            bool session = parseResult.GetResult(completed) is not null || parseResult.GetResult(before) is not null ||
                parseResult.GetResult(during) is not null || parseResult.GetResult(after) is not null;
            if (morningPain is not null && (session || minutes is not null || parseResult.GetValue(sharpPain)))
            {
                throw UsageException.ForOption("--next-morning", "is logged on its own: the morning after a session, not with a session or a run");
            }

            if ((minutes is null) != (runPain is null))
            {
                throw UsageException.ForOption(minutes is null ? "--running-pain" : "--run-minutes", "goes with --run-minutes and --running-pain together");
            }

            var existing = context.Journal;
            var logDay = morningPain is null ? day : day.AddDays(-1);
            var dayBefore = morningPain is null ? null : existing.Find(logDay);
            if (morningPain is not null && (dayBefore is null || (!dayBefore.HasSession && dayBefore.Run is null)))
            {
                throw UsageException.ForOption("--next-morning", $"no session or run is logged on {logDay:yyyy-MM-dd}, the day before {day:yyyy-MM-dd}; log it first");
            }

            var enrolment = EnrolmentFor(context, logDay);
            SessionLog log;
            if (morningPain is int m)
            {
                var logged = dayBefore!;

                log = logged.WithNextMorningPain(m);
            }
            else if (!session && minutes is int runMinutesValue)
            {
                var run = new RunLog(runMinutesValue, runPain!.Value);
                var had = existing.Find(day);
                log = had is null
                    ? new SessionLog(day, null, SessionCompletion.None, run: run, sharpPain: parseResult.GetValue(sharpPain))
                    : new SessionLog(day, had.RoutineId, had.Completion, had.Exercises, had.PainBefore, had.PainDuring, had.PainAfter, had.PainNextMorning, run, had.Note, had.SharpPain || parseResult.GetValue(sharpPain));
            }
            else
            {
                // What is not given now keeps what the day already has (from 'knee run --log' or an earlier log).
                var earlier = existing.Find(day);
                var had = earlier is { HasSession: true } ? earlier : null;
                bool ask = terminal.IsInteractive && terminal.CanReadKeys && !parseResult.GetValue(noInput);
                var completion = parseResult.GetValue(completed) ?? had?.Completion ?? (ask ? Ask(terminal, words) : SessionCompletion.All);
                int? p0 = parseResult.GetValue(before) ?? had?.PainBefore ?? (ask ? AskPain(terminal, words["log.askBefore"]) : null);
                int? p1 = parseResult.GetValue(during) ?? had?.PainDuring ?? (ask && completion != SessionCompletion.None ? AskPain(terminal, words["log.askDuring"]) : null);
                int? p2 = parseResult.GetValue(after) ?? had?.PainAfter ?? (ask && completion != SessionCompletion.None ? AskPain(terminal, words["log.askAfter"]) : null);
                bool sharp = parseResult.GetValue(sharpPain) || (had?.SharpPain ?? false) || (ask && completion != SessionCompletion.None && AskYes(terminal, words));
                RunLog? run = minutes is int mm ? new RunLog(mm, runPain!.Value) : earlier?.Run;
                string routineId = enrolment.PhaseOn(day)?.Phase.Routine.Id ?? enrolment.Program.Phases[0].Routine.Id;
                log = Build(day, routineId, completion, p0, p1, p2, earlier?.PainNextMorning, run, parseResult.GetValue(note) ?? earlier?.Note, sharp);
            }

            Save(terminal, context, enrolment, words);
            file.Append(log, terminal.Error);
            terminal.WriteLine(words.Say("log.logged", words.Log(log), Sentence.QuotePath(file.Path)));
            return CliAction.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The enrolment a log on <paramref name="day"/> goes with: the one beside the journal, or, before the first
    /// log, a new one on the program starting that day (said on standard output). A day before the start is refused.
    /// </summary>
    internal static Enrolment EnrolmentFor(ProgramOptions.Context context, DateOnly day)
    {
        var enrolment = context.Enrolment ?? new Enrolment(EnrolmentFile.NewId(), context.Program, day);
        if (day < enrolment.Start)
        {
            throw UsageException.ForOption("--date", $"{day:yyyy-MM-dd} is before the enrolment's start, {enrolment.Start:yyyy-MM-dd}; 'knee enrol --start DATE' moves the start");
        }

        return enrolment;
    }

    /// <summary>Keeps a new enrolment beside the journal, saying so; another process may have made one first.</summary>
    internal static void Save(Terminal terminal, ProgramOptions.Context context, Enrolment enrolment, CliText words)
    {
        if (context.Enrolment is not null)
        {
            return;
        }

        var kept = context.Store.Create(enrolment, context.ProgramFile);
        if (ReferenceEquals(kept, enrolment))
        {
            terminal.WriteLine(words.Say("log.enrolledFirst", enrolment.Program.Id, words.Date(enrolment.Start), Sentence.QuotePath(context.Store.Path)));
        }
        else if (enrolment.Start < kept.Start)
        {
            throw UsageException.ForOption("--date", $"{enrolment.Start:yyyy-MM-dd} is before the enrolment's start, {kept.Start:yyyy-MM-dd}; 'knee enrol --start DATE' moves the start");
        }
    }

    /// <summary>Asks whether there was sharp pain, until the answer is yes or no (empty is no), in the language or in English.</summary>
    internal static bool AskYes(Terminal terminal, CliText words)
    {
        while (true)
        {
            string answer = terminal.Console.Prompt(new TextPrompt<string>(words["log.askSharp"]) { AllowEmpty = true }).Trim();
            if (answer.Length == 0 || words.IsAnswer(answer, "answer.no"))
            {
                return false;
            }

            if (words.IsAnswer(answer, "answer.yes"))
            {
                return true;
            }
        }
    }

    private static SessionLog Build(DateOnly day, string routineId, SessionCompletion completion, int? before, int? during, int? after, int? morning, RunLog? run, string? note, bool sharpPain)
    {
        try
        {
            return new SessionLog(day, routineId, completion, null, before, during, after, morning, run, note, sharpPain);
        }
        catch (ArgumentException e) when (e.ParamName == "note")
        {
            throw UsageException.ForOption("--note", Sentence.LibraryMessage(e));
        }
    }

    // The language's answers and the English ones are both taken; the tables' short answers do not clash with English
    // ones of another choice (German "n" is "nichts", none, as in English).
    private static SessionCompletion Ask(Terminal terminal, CliText words)
    {
        while (true)
        {
            string answer = terminal.Console.Prompt(new TextPrompt<string>(words["log.askCompleted"]) { AllowEmpty = true }).Trim();
            if (answer.Length == 0 || words.IsAnswer(answer, "answer.all"))
            {
                return SessionCompletion.All;
            }

            if (words.IsAnswer(answer, "answer.partial"))
            {
                return SessionCompletion.Partial;
            }

            if (words.IsAnswer(answer, "answer.none"))
            {
                return SessionCompletion.None;
            }
        }
    }

    internal static int? AskPain(Terminal terminal, string question)
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
