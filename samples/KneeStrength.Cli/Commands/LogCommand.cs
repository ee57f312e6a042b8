using System;
using System.CommandLine;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;
using Spectre.Console;

namespace KneeStrength.Cli.Commands;

internal static class LogCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var command = new Command("log", "Log a session and its knee pain (0-10), the next morning's pain, or a run, in your journal.");
        var date = CliOptions.Date("--date", "The day of the session or run, as YYYY-MM-DD; with --next-morning, the morning itself. Default: today.");
        var program = new ProgramOptions();
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
        var sharpPain = new Option<bool>("--sharp-pain") { Description = "You felt sharp pain (a stab or a catch, not a dull ache): the coach then says to pause what hurts and see a clinician." };
        var note = new Option<string?>("--note") { Description = "A free note, up to 500 characters.", HelpName = "TEXT" };
        var noInput = new Option<bool>("--no-input") { Description = "Ask nothing: what is not given is left out." };
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
                var completion = parseResult.GetValue(completed) ?? had?.Completion ?? (ask ? Ask(terminal, "Did you do all of it? (all/partial/none)") : SessionCompletion.All);
                int? p0 = parseResult.GetValue(before) ?? had?.PainBefore ?? (ask ? AskPain(terminal, "Knee pain before the session (0-10, empty to skip)") : null);
                int? p1 = parseResult.GetValue(during) ?? had?.PainDuring ?? (ask && completion != SessionCompletion.None ? AskPain(terminal, "Worst knee pain during it (0-10, empty to skip)") : null);
                int? p2 = parseResult.GetValue(after) ?? had?.PainAfter ?? (ask && completion != SessionCompletion.None ? AskPain(terminal, "Knee pain about an hour after (0-10, empty to skip)") : null);
                bool sharp = parseResult.GetValue(sharpPain) || (had?.SharpPain ?? false) || (ask && completion != SessionCompletion.None && AskYes(terminal, "Any sharp pain (a stab or a catch)? (y/N)"));
                RunLog? run = minutes is int mm ? new RunLog(mm, runPain!.Value) : earlier?.Run;
                string routineId = enrolment.PhaseOn(day)?.Phase.Routine.Id ?? enrolment.Program.Phases[0].Routine.Id;
                log = Build(day, routineId, completion, p0, p1, p2, earlier?.PainNextMorning, run, parseResult.GetValue(note) ?? earlier?.Note, sharp);
            }

            Save(terminal, context, enrolment);
            file.Append(log, terminal.Error);
            terminal.WriteLine($"Logged {log} in {Sentence.QuotePath(file.Path)}.");
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
    internal static void Save(Terminal terminal, ProgramOptions.Context context, Enrolment enrolment)
    {
        if (context.Enrolment is not null)
        {
            return;
        }

        var kept = context.Store.Create(enrolment, context.ProgramFile);
        if (ReferenceEquals(kept, enrolment))
        {
            terminal.WriteLine($"Enrolled on '{enrolment.Program.Id}' from {enrolment.Start:yyyy-MM-dd} in {Sentence.QuotePath(context.Store.Path)}; 'knee enrol' changes the start, the events and the minutes.");
        }
        else if (enrolment.Start < kept.Start)
        {
            throw UsageException.ForOption("--date", $"{enrolment.Start:yyyy-MM-dd} is before the enrolment's start, {kept.Start:yyyy-MM-dd}; 'knee enrol --start DATE' moves the start");
        }
    }

    internal static bool AskYes(Terminal terminal, string question)
    {
        while (true)
        {
            string answer = terminal.Console.Prompt(new TextPrompt<string>(question) { AllowEmpty = true }).Trim().ToLowerInvariant();
            switch (answer)
            {
                case "y" or "yes": return true;
                case "n" or "no" or "": return false;
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
