using System;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Scheduling;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KneeStrength.Cli.Views;

/// <summary>
/// Dated sessions as a calendar: a row per week, Monday to Sunday, each day with its date and, on a session day, the
/// phase and the estimated minutes; then the program's phases and totals.
/// </summary>
internal static class ScheduleView
{
    public static IRenderable Render(Enrolment enrolment, IReadOnlyList<ScheduledSession> sessions, DateOnly from, DateOnly to)
    {
        var program = enrolment.Program;
        var parts = new List<IRenderable>
        {
            Tables.Plain($"{program.Name} ({program.Id})", Tables.Heading),
        };
        foreach (var placed in enrolment.Phases)
        {
            parts.Add(Tables.Plain(PhaseLine(placed)));
        }

        parts.Add(Calendar(sessions, from, to));
        parts.Add(Tables.Plain(Totals(sessions, from, to)));
        return new Rows(parts);
    }

    /// <summary>A placed phase in words: <c>treatment: daily from 2025-03-03 through 2025-04-13, planned ('runners-knee')</c>.</summary>
    public static string PhaseLine(PlacedPhase placed)
    {
        var phase = placed.Phase;
        string end = placed.Ending switch
        {
            PhaseEnding.RunsOn => ", with no end",
            PhaseEnding.Planned => $" through {Date(placed.LastDay)}, planned (back to running ends it)",
            PhaseEnding.Event => $" through {Date(placed.LastDay)}, back to running",
            PhaseEnding.Relapse => $" through {Date(placed.LastDay)}, then back to treatment",
            _ => $" through {Date(placed.LastDay)}",
        };
        return $"{phase.Name}: {Rule(phase.Schedule)} from {Date(placed.FirstDay)}{end} ('{phase.Routine.Id}')";
    }

    private static string Rule(ScheduleRule rule)
    {
        if (rule.Frequency == ScheduleFrequency.Daily)
        {
            return rule.Interval == 1 ? "daily" : string.Create(CultureInfo.InvariantCulture, $"every {rule.Interval} days");
        }

        var days = new string[rule.Weekdays.Count];
        for (int i = 0; i < days.Length; i++)
        {
            days[i] = Words.Weekday(rule.Weekdays[i]);
        }

        return days.Length == 1
            ? $"weekly on {days[0]}"
            : $"weekly on {string.Join(", ", days[..^1])} and {days[^1]}";
    }

    private static Table Calendar(IReadOnlyList<ScheduledSession> sessions, DateOnly from, DateOnly to)
    {
        var table = Tables.Create("Week", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        table.ShowRowSeparators = true;
        table.Columns[0].RightAligned();
        int next = 0;
        var monday = from.AddDays(-(((int)from.DayOfWeek + 6) % 7));
        for (int week = 1; monday < to; week++, monday = monday.AddDays(7))
        {
            var cells = new IRenderable[8];
            cells[0] = Tables.Plain(week.ToString(CultureInfo.InvariantCulture));
            for (int d = 0; d < 7; d++)
            {
                var day = monday.AddDays(d);
                if (day < from || day >= to)
                {
                    cells[d + 1] = Tables.Plain(string.Empty);
                }
                else if (next < sessions.Count && sessions[next].Date == day)
                {
                    var session = sessions[next++];
                    cells[d + 1] = new Rows(
                        Tables.Plain(Date(day), Tables.Bold),
                        Tables.Plain(session.PhaseName),
                        Tables.Plain(Words.Minutes(session.EstimatedDuration)));
                }
                else
                {
                    cells[d + 1] = Tables.Plain(Date(day), Tables.Dim);
                }
            }

            table.AddRow(cells);
        }

        return table;
    }

    private static string Totals(IReadOnlyList<ScheduledSession> sessions, DateOnly from, DateOnly to)
    {
        var total = TimeSpan.Zero;
        foreach (var session in sessions)
        {
            total += session.EstimatedDuration;
        }

        return $"{Words.Count(sessions.Count, "session")} from {Date(from)} through {Date(to.AddDays(-1))}, about {Words.Duration(total)} of exercise in all.";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
