using System;
using System.Collections.Generic;
using System.CommandLine;
using KneeStrength.Coaching;
using KneeStrength.Cli.Views;
using KneeStrength.Export.Calendar;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Cli.Commands;

internal static class ScheduleCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock, CliText words)
    {
        var command = new Command("schedule", words["help.schedule"]);
        var program = new ProgramOptions(words);
        var weeks = CliOptions.Weeks(words);
        var json = CliOptions.Json(words["help.schedule.json"]);
        var ics = CliOptions.OutputFile("--ics", words["help.schedule.ics"]);
        var time = CliOptions.TimeOfDay(words);
        var timeZone = CliOptions.TimeZone(words);
        program.AddTo(command);
        command.Add(weeks);
        command.Add(json);
        command.Add(ics);
        command.Add(time);
        command.Add(timeZone);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            string? icsFile = parseResult.GetValue(ics);
            var calendar = CalendarWriterFor(icsFile, parseResult.GetValue(json), parseResult.GetValue(time), parseResult.GetValue(timeZone));
            var context = program.Read(parseResult, terminal);

            // What 'knee today' goes by: a run within the pain rules ends the phase that waits for back to running.
            var enrolment = Coach.Default.Shape(context.Required, context.Journal);
            var first = enrolment.Start;
            if (calendar is not null)
            {
                // The revision kept beside the enrolment: a re-export raises SEQUENCE only for the events that changed.
                var revision = calendar.Revise(enrolment, context.Store.ReadRevision());
                byte[] bytes = calendar.Write(enrolment, clock.GetUtcNow(), revision);
                if (OutputFile.Write(terminal, "--ics", icsFile!, bytes))
                {
                    terminal.WriteLine(words.Say("schedule.wroteCalendar", enrolment.Program.Id, words.Date(first), bytes.Length, Sentence.QuotePath(icsFile!)));
                }

                context.Store.WriteRevision(revision);
                return CliAction.Ok;
            }

            var to = first.AddDays(7 * parseResult.GetValue(weeks));
            if (to > enrolment.LastPossibleDay.AddDays(1))
            {
                to = enrolment.LastPossibleDay.AddDays(1);
            }

            var sessions = new List<ScheduledSession>(ProgramScheduler.Default.GetSessions(enrolment, first, to));
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WriteScheduledSessions(sessions));
                return CliAction.Ok;
            }

            terminal.Console.Write(ScheduleView.Render(enrolment, sessions, first, to, words));
            return CliAction.Ok;
        }));
        return command;
    }

    // The calendar writer --ics asks for, or null without --ics; --time and --time-zone belong to it.
    private static CalendarWriter? CalendarWriterFor(string? file, bool json, TimeOnly? time, string? zone)
    {
        if (file is null)
        {
            string? stray = time is not null ? "--time" : zone is not null ? "--time-zone" : null;
            return stray is null ? null : throw UsageException.ForOption(stray, "only goes with --ics FILE");
        }

        if (json)
        {
            throw UsageException.ForOption("--ics", "cannot be combined with --json; choose one");
        }

        if (zone is not null && time is null)
        {
            throw UsageException.ForOption("--time-zone", "needs --time: all-day events have no time zone");
        }

        OutputFile.Check("--ics", file);
        try
        {
            return new CalendarWriter(new CalendarOptions { TimeOfDay = time, TimeZone = time is null ? null : zone ?? LocalZone() });
        }
        catch (ArgumentException e) when (e.ParamName == "options.TimeZone")
        {
            throw zone is null
                ? UsageException.ForOption("--time", $"this machine's time zone is not an IANA one; name it with --time-zone, such as Europe/Berlin")
                : UsageException.ForOption("--time-zone", $"expected an IANA time zone such as Europe/Berlin, but got {DisplayText.Quote(zone)}");
        }
    }

    // This machine's time zone as an IANA id; UTC when it has none.
    private static string LocalZone()
    {
        var local = TimeZoneInfo.Local;
        if (local.HasIanaId)
        {
            return local.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(local.Id, out string? iana) ? iana : "UTC";
    }
}
