using System;
using System.CommandLine;
using System.Globalization;
using KneeStrength.Coaching;
using KneeStrength.Samples;
using Spectre.Console;

namespace KneeStrength.Cli.Commands;

internal static class ProgressCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var command = new Command("progress", "Show how you kept to the program, and your knee pain week by week as a chart.");
        var program = new ProgramOptions();
        var to = CliOptions.Date("--to", "The last day to count, as YYYY-MM-DD. Default: today.");
        var json = CliOptions.Json("the figures and the weekly pain");
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
                throw UsageException.ForOption("--to", $"the enrolment starts on {enrolment.Start:yyyy-MM-dd}; {last:yyyy-MM-dd} is before it");
            }

            var report = ProgressReport.Create(Coach.Default, enrolment, context.Journal, last);
            var adherence = report.Adherence;
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(report.ToJson());
                return CliAction.Ok;
            }

            terminal.WriteLine($"{enrolment.Start:yyyy-MM-dd} to {last:yyyy-MM-dd} ({Sentence.QuotePath(context.File.Path)}): {adherence}.");
            if (adherence.PainTrendPerWeek is double trend)
            {
                terminal.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pain during sessions: {adherence.AveragePainDuring:0.0}/10 on average, {(trend <= 0 ? "easing" : "rising")} {Math.Abs(trend):0.0} a week."));
            }

            var chart = new BarChart().Label("Worst pain during sessions, weekly average (0-10)").WithMaxValue(10).Width(Math.Min(80, terminal.Console.Profile.Width));
            foreach (var week in report.Weeks)
            {
                if (week.AveragePain is double pain)
                {
                    chart.AddItem(week.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Math.Round(pain, 1), pain <= 2 ? Color.Green : pain <= 5 ? Color.Yellow : Color.Red);
                }
            }

            if (chart.Data.Count > 0)
            {
                terminal.Console.Write(chart);
            }
            else
            {
                terminal.WriteLine("No pain scores logged yet: 'knee log --pain-during N' adds them.");
            }

            return CliAction.Ok;
        }));
        return command;
    }
}
