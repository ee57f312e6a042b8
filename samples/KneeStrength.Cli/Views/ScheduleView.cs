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
    public static IRenderable Render(Enrolment enrolment, IReadOnlyList<ScheduledSession> sessions, DateOnly from, DateOnly to, CliText words)
    {
        var program = enrolment.Program;
        var parts = new List<IRenderable>
        {
            Tables.Plain($"{words.Words.ProgramName(program)} ({program.Id})", Tables.Heading),
        };
        foreach (var placed in enrolment.Phases)
        {
            parts.Add(Tables.Plain(PhaseLine(placed, words)));
        }

        parts.Add(Calendar(sessions, from, to, words));
        parts.Add(Tables.Plain(Totals(sessions, from, to, words)));
        return new Rows(parts);
    }

    /// <summary>A placed phase in words: <c>treatment: daily from 2025-03-03 through 2025-04-13, planned ('runners-knee')</c>.</summary>
    public static string PhaseLine(PlacedPhase placed, CliText words)
    {
        var phase = placed.Phase;
        string name = words.PhaseName(phase), rule = words.Rule(phase.Schedule), first = words.Date(placed.FirstDay), id = phase.Routine.Id;
        return placed.Ending switch
        {
            PhaseEnding.RunsOn => words.Say("phase.withNoEnd", name, rule, first, id),
            PhaseEnding.Planned => words.Say("phase.planned", name, rule, first, words.Date(placed.LastDay), id),
            PhaseEnding.Event => words.Say("phase.backToRunning", name, rule, first, words.Date(placed.LastDay), id),
            PhaseEnding.Relapse => words.Say("phase.backToTreatment", name, rule, first, words.Date(placed.LastDay), id),
            _ => words.Say("phase.through", name, rule, first, words.Date(placed.LastDay), id),
        };
    }

    // The grid keeps ISO dates in every language: ten columns each, and the row and column already say week and weekday.
    private static Table Calendar(IReadOnlyList<ScheduledSession> sessions, DateOnly from, DateOnly to, CliText words)
    {
        var table = Tables.Create(
            words["column.week"],
            words.ShortWeekday(DayOfWeek.Monday),
            words.ShortWeekday(DayOfWeek.Tuesday),
            words.ShortWeekday(DayOfWeek.Wednesday),
            words.ShortWeekday(DayOfWeek.Thursday),
            words.ShortWeekday(DayOfWeek.Friday),
            words.ShortWeekday(DayOfWeek.Saturday),
            words.ShortWeekday(DayOfWeek.Sunday));
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
                        Tables.Plain(IsoDate(day), Tables.Bold),
                        Tables.Plain(words.PhaseName(session.Phase)),
                        Tables.Plain(Words.Minutes(session.EstimatedDuration)));
                }
                else
                {
                    cells[d + 1] = Tables.Plain(IsoDate(day), Tables.Dim);
                }
            }

            table.AddRow(cells);
        }

        return table;
    }

    private static string Totals(IReadOnlyList<ScheduledSession> sessions, DateOnly from, DateOnly to, CliText words)
    {
        var total = TimeSpan.Zero;
        foreach (var session in sessions)
        {
            total += session.EstimatedDuration;
        }

        return words.Say("schedule.totals", words.Count(sessions.Count, "session"), words.Date(from), words.Date(to.AddDays(-1)), Words.Duration(total));
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
