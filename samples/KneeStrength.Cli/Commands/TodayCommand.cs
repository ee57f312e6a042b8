using System;
using System.CommandLine;
using KneeStrength.Cli.Views;
using KneeStrength.Coaching;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Commands;

internal static class TodayCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var command = new Command("today", "Say what to do today and why: the phase, the session adapted to how your knee responded, and each decision.");
        var date = CliOptions.Date("--date", "The day to decide for, as YYYY-MM-DD. Default: today.");
        var program = new ProgramOptions();
        var json = CliOptions.Json("the decision (date, phase, routine, decisions)");
        command.Add(date);
        program.AddTo(command);
        command.Add(json);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var day = parseResult.GetValue(date) ?? today;
            var (_, journal, plan) = program.Read(parseResult, terminal, day);
            if (day < plan.Start)
            {
                throw UsageException.ForOption("--date", $"the program starts on {plan.Start:yyyy-MM-dd}; {day:yyyy-MM-dd} is before it");
            }

            var decided = new Coach(plan).Decide(day, journal);
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WriteCoachingDay(decided));
                return CliAction.Ok;
            }

            terminal.WriteLine($"{day:yyyy-MM-dd} {Words.Weekday(day.DayOfWeek)}: {(decided.IsSessionDay ? "a session day" : "a rest day")} in the '{decided.Phase.Name}' phase.");
            foreach (var decision in decided.Decisions)
            {
                terminal.WriteLine($"- {decision.Reason}");
            }

            terminal.Console.Write(RoutineView.Render(decided.Routine));
            return CliAction.Ok;
        }));
        return command;
    }
}
