using System;
using System.Collections.Generic;
using System.CommandLine;
using KneeStrength.Catalog;
using KneeStrength.Cli.Views;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Commands;

internal static class ScheduleCommand
{
    public static Command Create(Terminal terminal, TimeProvider time)
    {
        var command = new Command("schedule", "Show the dated sessions of the runner's-knee program: daily treatment, then weekly once back to running.");
        var start = CliOptions.Date("--start", "The first day of treatment, as YYYY-MM-DD. Default: today.");
        var backToRunning = CliOptions.Date("--back-to-running", "The first day back to running, when the weekly sessions begin, as YYYY-MM-DD. Default: six weeks after --start.");
        var weeks = CliOptions.Weeks();
        var weeklyOn = CliOptions.WeeklyOn();
        var json = CliOptions.Json("the scheduled-sessions document");
        command.Add(start);
        command.Add(backToRunning);
        command.Add(weeks);
        command.Add(weeklyOn);
        command.Add(json);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            // The sample may read the clock; the library never does.
            var first = parseResult.GetValue(start) ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            var program = CreateProgram(first, parseResult.GetValue(backToRunning), parseResult.GetValue(weeklyOn));
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

    private static TrainingProgram CreateProgram(DateOnly start, DateOnly? backToRunning, DayOfWeek? weeklyOn)
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
