using System;
using System.CommandLine;
using System.Globalization;
using KneeStrength.Coaching;
using KneeStrength.Cli.Views;
using KneeStrength.Samples;

namespace KneeStrength.Cli.Commands;

internal static class ProgressCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock, CliText words)
    {
        var command = new Command("progress", words["help.progress"]);
        var program = new ProgramOptions(words);
        var to = CliOptions.Date("--to", words["help.progress.to"]);
        var json = CliOptions.Json(words["help.progress.json"]);
        program.AddTo(command);
        command.Add(to);
        command.Add(json);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var last = parseResult.GetValue(to) ?? today;
            var context = program.Read(parseResult, terminal);
            var enrolment = context.Required;
            if (last < enrolment.Start)
            {
                throw UsageException.ForOption("--to", words.Say("error.beforeStart", Iso(enrolment.Start), Iso(last)));
            }

            var report = ProgressReport.Create(Coach.Default, enrolment, context.Journal, last);
            var adherence = report.Adherence;
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(report.ToJson());
                return CliAction.Ok;
            }

            terminal.WriteLine(words.Say("progress.header", Iso(enrolment.Start), Iso(last), Sentence.QuotePath(context.File.Path), adherence));
            if (adherence.PainTrendPerWeek is double trend)
            {
                terminal.WriteLine(words.Say(
                    trend <= 0 ? "progress.painEasing" : "progress.painRising",
                    adherence.AveragePainDuring?.ToString("0.0", CultureInfo.InvariantCulture),
                    Math.Abs(trend).ToString("0.0", CultureInfo.InvariantCulture)));
            }

            if (!PainChart.Write(terminal, report, words, PainRules.Default))
            {
                terminal.WriteLine(words["progress.noPain"]);
            }

            return CliAction.Ok;
        }));
        return command;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
