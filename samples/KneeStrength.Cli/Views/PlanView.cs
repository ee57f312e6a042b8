using System;
using System.Collections.Generic;
using KneeStrength.Scheduling;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KneeStrength.Cli.Views;

/// <summary>
/// A session plan as a table of timed steps (time, exercise, side, direction, reps or hold, cue), then totals and
/// what was substituted, left out or adjusted.
/// </summary>
internal static class PlanView
{
    public static IRenderable Render(SessionPlan plan, SessionOptions options)
    {
        var parts = new List<IRenderable>
        {
            Tables.Plain($"{plan.Routine.Name} ({plan.Routine.Id})", Tables.Heading),
            Tables.Plain(Summary(plan, options)),
        };

        if (plan.Steps.Count > 0)
        {
            parts.Add(StepTable(plan));
        }

        parts.Add(Tables.Plain(Totals(plan)));
        if (plan.Substitutions.Count + plan.Omissions.Count + plan.Adjustments.Count > 0)
        {
            parts.Add(NoteTable(plan));
        }

        return new Rows(parts);
    }

    private static string Summary(SessionPlan plan, SessionOptions options)
    {
        string budget = plan.TimeBudget is TimeSpan b ? $", budget {Words.Duration(b)}" : string.Empty;
        return $"Equipment: {options.Equipment}; {Words.Side(options.FirstSide)} side first{budget}.";
    }

    private static Table StepTable(SessionPlan plan)
    {
        var shape = new PlanShape(plan);
        bool rounds = false;
        foreach (var step in plan.Steps)
        {
            rounds |= shape.Round(step) is not null;
        }

        // A plain routine keeps its six columns; a routine with circuits says each circuit step's round in a seventh.
        var table = rounds
            ? Tables.Create("Time", "Exercise", "Side", "Direction", "Reps/hold", "Circuit", "Cue")
            : Tables.Create("Time", "Exercise", "Side", "Direction", "Reps/hold", "Cue");
        table.Columns[0].NoWrap();

        // A name shows once per exercise and wraps well; the cue is what a runner reads, so it gets the room.
        table.Columns[1].Width(18);
        if (rounds)
        {
            table.Columns[5].NoWrap();
        }

        int width = Words.Clock(plan.TotalSeconds).Length;
        string? previousName = null;
        TimedStep? previous = null;
        foreach (var step in plan.Steps)
        {
            if (shape.SectionBegun(step, previous) is { } heading)
            {
                // A row of its own, the heading in the first column, and the next name shown again under it.
                var cells = new IRenderable[table.Columns.Count];
                cells[0] = Tables.Plain(heading, Tables.Heading);
                for (int c = 1; c < cells.Length; c++)
                {
                    cells[c] = Tables.Plain(string.Empty);
                }

                table.AddRow(cells);
                previousName = null;
            }

            bool active = step.Kind is StepKind.Work or StepKind.Hold;
            var style = active ? Style.Plain : Tables.Dim;
            string name = step.ExerciseName ?? string.Empty;
            var row = new List<IRenderable>(7)
            {
                Tables.Plain($"{Words.Clock(step.StartSeconds).PadLeft(width)}-{Words.Clock(step.StartSeconds + step.DurationSeconds).PadLeft(width)}", style),
                Tables.Plain(name == previousName ? string.Empty : name, Tables.Bold),
                Tables.Plain(Words.Side(step.Side), style),
                Tables.Plain(Words.Direction(step.Direction), style),
                Tables.Plain(Words.Amount(step), style),
            };
            if (rounds)
            {
                row.Add(Tables.Plain(shape.Round(step) ?? string.Empty, style));
            }

            row.Add(Tables.Plain(step.Cue, style));
            table.AddRow(row);
            previousName = name;
            previous = step;
        }

        return table;
    }

    private static string Totals(SessionPlan plan)
    {
        int work = 0, holds = 0;
        var exercises = new HashSet<int>();
        foreach (var step in plan.Steps)
        {
            if (step.Kind == StepKind.Work)
            {
                work += step.DurationSeconds;
            }
            else if (step.Kind == StepKind.Hold)
            {
                holds += step.DurationSeconds;
            }

            exercises.Add(step.ItemIndex);
        }

        int pauses = plan.TotalSeconds - work - holds;
        return $"Total {Words.Duration(plan.TotalDuration)}: work {Words.Duration(TimeSpan.FromSeconds(work))}, holds {Words.Duration(TimeSpan.FromSeconds(holds))}, " +
            $"pauses {Words.Duration(TimeSpan.FromSeconds(pauses))}; {Words.Count(exercises.Count, "exercise")} in {Words.Count(plan.Steps.Count, "step")}.";
    }

    private static Table NoteTable(SessionPlan plan)
    {
        var table = Tables.Create("Note", "Exercise", "Change", "Why");
        table.Columns[0].NoWrap();
        foreach (var note in plan.Substitutions)
        {
            table.AddRow(Tables.Plain("substituted"), Tables.Plain(note.Exercise.Name, Tables.Bold), Tables.Plain($"done as {note.Variation.Name}"), Tables.Plain(note.Reason));
        }

        foreach (var note in plan.Omissions)
        {
            table.AddRow(Tables.Plain("left out"), Tables.Plain(note.Exercise.Name, Tables.Bold), Tables.Plain("left out"), Tables.Plain(note.Reason));
        }

        foreach (var note in plan.Adjustments)
        {
            table.AddRow(Tables.Plain("adjusted"), Tables.Plain(note.Exercise?.Name ?? "whole session", Tables.Bold), Tables.Plain(note.Change), Tables.Plain(note.Reason));
        }

        return table;
    }
}
