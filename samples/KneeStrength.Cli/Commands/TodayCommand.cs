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
            var context = program.Read(parseResult, terminal);
            var enrolment = context.Required;
            if (day < enrolment.Start || day > enrolment.LastPossibleDay)
            {
                throw UsageException.ForOption("--date", day < enrolment.Start
                    ? $"the enrolment starts on {enrolment.Start:yyyy-MM-dd}; {day:yyyy-MM-dd} is before it"
                    : $"the enrolment schedules through {enrolment.LastPossibleDay:yyyy-MM-dd}; {day:yyyy-MM-dd} is after it");
            }

            var decided = Coach.Default.Decide(enrolment, context.Journal, day);
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WriteCoachingDay(decided));
                return CliAction.Ok;
            }

            terminal.WriteLine($"{day:yyyy-MM-dd} {Words.Weekday(day.DayOfWeek)}: {(decided.IsSessionDay ? "a session day" : "a rest day")} in the '{decided.Phase.Name}' phase.");
            foreach (var decision in decided.Decisions)
            {
                // Seeing a clinician comes first (the coach puts it there) and stands out; a provisional answer says so.
                // The library's reason may already say so (and what the morning would change).
                string provisional = decision.IsProvisional && !decision.Reason.Contains("rovisional", StringComparison.Ordinal)
                    ? " (provisional: the next morning's pain may change it)"
                    : string.Empty;
                if (decision.Kind == DecisionKind.SeeClinician)
                {
                    terminal.WriteLine($"! SEE A CLINICIAN: {decision.Reason}{provisional}", Tables.Alert);
                }
                else
                {
                    terminal.WriteLine($"- {decision.Reason}{provisional}");
                }
            }

            terminal.Console.Write(RoutineView.Render(decided.Routine));
            return CliAction.Ok;
        }));
        return command;
    }
}
