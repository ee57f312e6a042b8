using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;
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
            var (file, journal, plan) = program.Read(parseResult, terminal, last);
            if (last < plan.Start)
            {
                throw UsageException.ForOption("--to", $"the program starts on {plan.Start:yyyy-MM-dd}; {last:yyyy-MM-dd} is before it");
            }

            // The calendar the journal's events imply: back to running moves the weekly phase earlier.
            var calendar = new ProgramScheduler(new Coach(plan).ProgramFor(journal));
            var end = last.AddDays(1);
            var adherence = journal.Adherence(calendar, plan.Start, end);
            var weeks = Weeks(journal, plan.Start, end);
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(Document(plan.Start, last, adherence, weeks));
                return CliAction.Ok;
            }

            terminal.WriteLine($"{plan.Start:yyyy-MM-dd} to {last:yyyy-MM-dd} ({Sentence.QuotePath(file.Path)}): {adherence}.");
            if (adherence.PainTrendPerWeek is double trend)
            {
                terminal.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pain during sessions: {adherence.AveragePainDuring:0.0}/10 on average, {(trend <= 0 ? "easing" : "rising")} {Math.Abs(trend):0.0} a week."));
            }

            var chart = new BarChart().Label("Worst pain during sessions, weekly average (0-10)").WithMaxValue(10).Width(Math.Min(80, terminal.Console.Profile.Width));
            foreach (var week in weeks)
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

    internal readonly record struct Week(DateOnly Start, int Sessions, double? AveragePain);

    /// <summary>The weeks from <paramref name="from"/>, each with its sessions done and their mean worst pain during.</summary>
    internal static List<Week> Weeks(Journal journal, DateOnly from, DateOnly to)
    {
        var weeks = new List<Week>();
        for (var start = from; start < to; start = start.AddDays(7))
        {
            var end = start.AddDays(7) < to ? start.AddDays(7) : to;
            int sessions = 0, scores = 0, sum = 0;
            foreach (var log in journal.Between(start, end))
            {
                sessions += log.HasSession && log.Completion != SessionCompletion.None ? 1 : 0;
                if (log.PainDuring is int pain)
                {
                    scores++;
                    sum += pain;
                }
            }

            weeks.Add(new Week(start, sessions, scores == 0 ? null : sum / (double)scores));
        }

        return weeks;
    }

    /// <summary>The <c>progress</c> document; schema: samples/KneeStrength.Cli/Schemas/progress.schema.json.</summary>
    internal static string Document(DateOnly from, DateOnly to, Adherence adherence, List<Week> weeks)
    {
        return JsonDocuments.Object(writer =>
        {
            writer.WriteString("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteNumber("planned", adherence.Planned);
            writer.WriteNumber("doneFully", adherence.DoneFully);
            writer.WriteNumber("donePartly", adherence.DonePartly);
            writer.WriteNumber("missed", adherence.Missed);
            writer.WriteNumber("unplanned", adherence.Unplanned);
            writer.WriteNumber("longestStreak", adherence.LongestStreak);
            writer.WriteNumber("currentStreak", adherence.CurrentStreak);
            WriteNumberOrNull(writer, "averagePainDuring", adherence.AveragePainDuring);
            WriteNumberOrNull(writer, "painTrendPerWeek", adherence.PainTrendPerWeek);
            writer.WriteStartArray("weeks");
            foreach (var week in weeks)
            {
                writer.WriteStartObject();
                writer.WriteString("start", week.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteNumber("sessions", week.Sessions);
                WriteNumberOrNull(writer, "averagePainDuring", week.AveragePain);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double v)
        {
            writer.WriteNumber(name, Math.Round(v, 2));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
