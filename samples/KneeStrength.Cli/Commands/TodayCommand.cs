using System;
using System.CommandLine;
using System.Globalization;
using KneeStrength.Cli.Views;
using KneeStrength.Coaching;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Commands;

internal static class TodayCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock, CliText words)
    {
        var command = new Command("today", words["help.today"]);
        var date = CliOptions.Date("--date", words["help.today.date"]);
        var program = new ProgramOptions(words);
        var json = CliOptions.Json(words["help.today.json"]);
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
                    ? words.Say("error.beforeStart", Iso(enrolment.Start), Iso(day))
                    : words.Say("error.afterEnd", Iso(enrolment.LastPossibleDay), Iso(day)));
            }

            var decided = Coach.Default.Decide(enrolment, context.Journal, day);
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WriteCoachingDay(decided, words.Words));
                return CliAction.Ok;
            }

            terminal.WriteLine(Header(decided, words));
            // The library's words fall back to English for a message its table lacks, so either language's word counts.
            string provisionalWord = words["today.provisionalWord"], englishWord = CliText.English["today.provisionalWord"];
            foreach (var decision in decided.Decisions)
            {
                // Seeing a clinician comes first (the coach puts it there) and stands out; a provisional answer says so.
                // The library's reason may already say so (and what the morning would change).
                string reason = words.Words.Reason(decision);
                if (decision.IsProvisional && !reason.Contains(provisionalWord, StringComparison.OrdinalIgnoreCase) && !reason.Contains(englishWord, StringComparison.OrdinalIgnoreCase))
                {
                    reason = $"{reason} {words["today.provisional"]}";
                }

                if (decision.Kind == DecisionKind.SeeClinician)
                {
                    terminal.WriteWrapped($"{words["today.seeClinician"]} ", reason, Indent, Tables.Alert);
                }
                else
                {
                    terminal.WriteWrapped("- ", reason, Indent);
                }
            }

            terminal.Console.Write(RoutineView.Render(decided.Routine, words));
            return CliAction.Ok;
        }));
        return command;
    }

    /// <summary>How far a decision's later lines are indented: under the first word after <c>- </c>.</summary>
    private const int Indent = 2;

    /// <summary>
    /// The day, whether it is a session day, the phase by its display name, and on a rest day when the next session is:
    /// <c>Thursday 2026-03-05: a rest day (Weekly prevention); the next session is on Wednesday 2026-03-11.</c>
    /// </summary>
    private static string Header(CoachingDay decided, CliText words)
    {
        string day = words.Words.DayAndDate(decided.Date), phase = words.Words.PhaseName(decided.Phase);
        string line = decided.IsSessionDay ? words.Say("today.sessionDay", day, phase)
            : decided.NextSession is DateOnly next ? words.Say("today.restDayNext", day, phase, words.Words.DayAndDate(next))
            : words.Say("today.restDay", day, phase);
        return CliText.UpperFirst(line);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
