using System;
using System.Collections.Generic;
using KneeStrength.Scheduling;
using KneeStrength.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KneeStrength.Cli.Views;

/// <summary>
/// A session plan as a table of timed steps (time, exercise, side, direction, reps or hold, cue), then totals and
/// what was substituted, left out or adjusted.
/// </summary>
internal static class PlanView
{
    public static IRenderable Render(SessionPlan plan, SessionOptions options, CliText words)
    {
        var parts = new List<IRenderable>
        {
            Tables.Plain($"{words.Words.RoutineName(plan.Routine)} ({plan.Routine.Id})", Tables.Heading),
            Tables.Plain(Summary(plan, options, words)),
        };

        if (plan.Steps.Count > 0)
        {
            parts.Add(StepTable(plan, words));
        }

        parts.Add(Tables.Plain(Totals(plan, words)));
        if (plan.Substitutions.Count + plan.Omissions.Count + plan.Adjustments.Count > 0)
        {
            parts.Add(NoteTable(plan, words));
        }

        return new Rows(parts);
    }

    private static string Summary(SessionPlan plan, SessionOptions options, CliText words)
    {
        // The equipment as --equipment takes it (ids), the same in every language.
        string side = words[options.FirstSide == Side.Right ? "plan.rightFirst" : "plan.leftFirst"];
        return plan.TimeBudget is TimeSpan budget
            ? words.Say("plan.summaryBudget", options.Equipment, side, Words.Duration(budget))
            : words.Say("plan.summary", options.Equipment, side);
    }

    private static Table StepTable(SessionPlan plan, CliText words)
    {
        var shape = new PlanShape(plan, words);
        bool rounds = false;
        foreach (var step in plan.Steps)
        {
            rounds |= shape.Round(step) is not null;
        }

        // A plain routine keeps its six columns; a routine with circuits says each circuit step's round in a seventh.
        var table = rounds
            ? Tables.Create(words["column.time"], words["column.exercise"], words["column.side"], words["column.direction"], words["column.amount"], words["column.circuit"], words["column.cue"])
            : Tables.Create(words["column.time"], words["column.exercise"], words["column.side"], words["column.direction"], words["column.amount"], words["column.cue"]);
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
            string name = step.Exercise is not { } exercise ? string.Empty
                : step.Variation is { } variation ? words.Words.VariationName(exercise, variation)
                : words.Words.ExerciseName(exercise);
            var row = new List<IRenderable>(7)
            {
                Tables.Plain($"{Words.Clock(step.StartSeconds).PadLeft(width)}-{Words.Clock(step.StartSeconds + step.DurationSeconds).PadLeft(width)}", style),
                Tables.Plain(name == previousName ? string.Empty : name, Tables.Bold),
                Tables.Plain(words.Side(step.Side), style),
                Tables.Plain(step.Exercise is { } done && step.Direction is { } direction ? words.Words.DirectionName(done, direction) : string.Empty, style),
                Tables.Plain(words.Amount(step), style),
            };
            if (rounds)
            {
                row.Add(Tables.Plain(shape.Round(step) ?? string.Empty, style));
            }

            row.Add(Tables.Plain(words.Words.Cue(step), style));
            table.AddRow(row);
            previousName = name;
            previous = step;
        }

        return table;
    }

    private static string Totals(SessionPlan plan, CliText words)
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
        return words.Say(
            "plan.totals",
            Words.Duration(plan.TotalDuration),
            Words.Duration(TimeSpan.FromSeconds(work)),
            Words.Duration(TimeSpan.FromSeconds(holds)),
            Words.Duration(TimeSpan.FromSeconds(pauses)),
            words.Count(exercises.Count, "exercise"),
            words.Count(plan.Steps.Count, "step"));
    }

    // The library words the notes in the language and tells alike notes (exercises left out for one reason, the same
    // cut to each exercise's reps) in one line naming the exercises.
    private static Table NoteTable(SessionPlan plan, CliText words)
    {
        var table = Tables.Create(words["column.note"], words["column.exercise"], words["column.change"], words["column.why"]);
        table.Columns[0].NoWrap();
        foreach (var line in words.Words.Notes(plan))
        {
            string note = line.Kind switch
            {
                NoteKind.Substitution => words["note.substituted"],
                NoteKind.Omission => words["note.leftOut"],
                _ => words["note.adjusted"],
            };
            table.AddRow(Tables.Plain(note), Tables.Plain(line.Subject, Tables.Bold), Tables.Plain(line.Change), Tables.Plain(line.Reason));
        }

        return table;
    }
}
