using System;
using System.Collections.Generic;
using System.CommandLine;
using KneeStrength.Catalog;
using KneeStrength.Cli.Views;
using KneeStrength.Export.Calendar;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Cli.Commands;

internal static class ScheduleCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var command = new Command("schedule", "Show the dated sessions of the runner's-knee program: daily treatment, then weekly once back to running.");
        var start = CliOptions.Date("--start", "The first day of treatment, as YYYY-MM-DD. Default: today.");
        var backToRunning = CliOptions.Date("--back-to-running", "The first day back to running, when the weekly sessions begin, as YYYY-MM-DD. Default: six weeks after --start.");
        var weeks = CliOptions.Weeks();
        var weeklyOn = CliOptions.WeeklyOn();
        var json = CliOptions.Json("the scheduled-sessions document");
        var ics = CliOptions.OutputFile("--ics", "the whole program as an iCalendar file for calendar apps");
        var time = CliOptions.TimeOfDay();
        var timeZone = CliOptions.TimeZone();
        command.Add(start);
        command.Add(backToRunning);
        command.Add(weeks);
        command.Add(weeklyOn);
        command.Add(json);
        command.Add(ics);
        command.Add(time);
        command.Add(timeZone);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            string? icsFile = parseResult.GetValue(ics);
            var calendar = CalendarWriterFor(icsFile, parseResult.GetValue(json), parseResult.GetValue(time), parseResult.GetValue(timeZone));

            // The sample may read the clock; the library never does.
            var first = parseResult.GetValue(start) ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var program = CreateProgram(first, parseResult.GetValue(backToRunning), parseResult.GetValue(weeklyOn));
            if (calendar is not null)
            {
                byte[] bytes = calendar.Write(program, clock.GetUtcNow());
                if (OutputFile.Write(terminal, "--ics", icsFile!, bytes))
                {
                    terminal.WriteLine($"Wrote the calendar of '{program.Id}' from {first:yyyy-MM-dd} ({bytes.Length} bytes) to {Sentence.QuotePath(icsFile!)}.");
                }

                return CliAction.Ok;
            }

            var to = first.AddDays(7 * parseResult.GetValue(weeks));
            var sessions = new List<ScheduledSession>(new ProgramScheduler(program).GetSessions(first, to));
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WriteScheduledSessions(sessions));
                return CliAction.Ok;
            }

            terminal.Console.Write(ScheduleView.Render(program, sessions, first, to));
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

    internal static TrainingProgram CreateProgram(DateOnly start, DateOnly? backToRunning, DayOfWeek? weeklyOn)
    {
        try
        {
            return RunnersKnee.Program(start, backToRunning, weeklyOn);
        }
        catch (ArgumentOutOfRangeException e)
        {
            string option = e.ParamName switch
            {
                "backToRunning" => "--back-to-running",
                "weeklyOn" => "--weekly-on",
                _ => "--start",
            };
            throw UsageException.ForOption(option, Sentence.LibraryMessage(e));
        }
    }
}
