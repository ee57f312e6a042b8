using System;
using System.Collections.Generic;
using KneeStrength.Scheduling;

namespace KneeStrength.Text;

// <summary>
// A plan's notes in words: what a time budget changed and why, each substitution and omission, and one line for a
// group of alike notes.
// </summary>
internal static class PlanNoteWords
{
    // More distinct lengths of one kind of pause than this are told as one ("all rests between sets"), so that a
    // routine of many rests does not make a line of them.
    private const int MaxNamedPauses = 3;

    internal static string Change(Adjustment a, KneeText words)
    {
        switch (a.Kind)
        {
            case AdjustmentKind.PausesCut:
                return words.Say(a.Percent == 100 ? "adjustment.pauses.floor" : "adjustment.pauses", ("pauses", Pauses(a.Pauses, words)));
            case AdjustmentKind.RoundsDropped:
                var names = new string[a.CircuitExercises.Count];
                for (int i = 0; i < names.Length; i++)
                {
                    names[i] = words.FormName(a.CircuitExercises[i], a.CircuitVariations[i]);
                }

                return words.Say(
                    a.SetsAfter == 1 ? "adjustment.rounds.one" : "adjustment.rounds",
                    ("exercises", words.List(names)),
                    ("before", a.SetsBefore),
                    ("after", a.SetsAfter));
            case AdjustmentKind.SetsDropped or AdjustmentKind.DoseScaled:
                return words.Say("adjustment.dosage", ("before", a.DosageBefore), ("after", a.DosageAfter));
            default:
                return words.Say("note.leftOut");
        }
    }

    internal static string Reason(Adjustment a, KneeText words) =>
        words.Say(a.Kind == AdjustmentKind.ExerciseLeftOut ? "adjustment.reason.leftOut" : "adjustment.reason", ("budget", a.TimeBudget));

    internal static string Reason(Substitution s, KneeText words) => words.SubstitutionReason(s.Exercise, s.Variation, s.UnusedSetting);

    internal static string Reason(Omission o, KneeText words) => words.Omission(o.MissingEquipment);

    // <summary>
    // The plan's notes as lines, in the plan's order (substitutions, omissions, adjustments): notes of one kind that
    // say the same for different exercises are one line, at the place of the first of them, naming them all.
    // </summary>
    internal static List<NoteLine> Notes(SessionPlan plan, KneeText words)
    {
        var groups = new List<Group>();
        foreach (var s in plan.Substitutions)
        {
            string change = words.Say("note.doneAs", ("variation", words.VariationName(s.Exercise, s.Variation)));
            Add(groups, new Group(NoteKind.Substitution, change, change, Reason(s, words)), s.Exercise, words.ExerciseName(s.Exercise));
        }

        foreach (var o in plan.Omissions)
        {
            string change = words.Say("note.leftOut");
            Add(groups, new Group(NoteKind.Omission, change, change, Reason(o, words)), o.Exercise, words.ExerciseName(o.Exercise));
        }

        foreach (var a in plan.Adjustments)
        {
            // From the facts, so that a note read from another language's document is worded in this one.
            string change = Change(a, words);
            string reason = Reason(a, words);
            var group = new Group(NoteKind.Adjustment, change, GroupChange(a, words) ?? change, reason) { IsCircuit = a.Kind == AdjustmentKind.RoundsDropped };
            if (a.Exercise is { } exercise)
            {
                Add(groups, group, exercise, words.FormName(exercise, a.Variation));
            }
            else if (a.Kind == AdjustmentKind.RoundsDropped)
            {
                groups.Add(group);
                for (int i = 0; i < a.CircuitExercises.Count; i++)
                {
                    group.Exercises.Add(a.CircuitExercises[i]);
                    group.Names.Add(words.FormName(a.CircuitExercises[i], a.CircuitVariations[i]));
                }
            }
            else
            {
                groups.Add(group);
            }
        }

        var lines = new List<NoteLine>(groups.Count);
        foreach (var g in groups)
        {
            string subject = g.Names.Count == 0 ? words.Say("note.wholeSession") : words.List(g.Names);
            lines.Add(new NoteLine(g.Kind, [.. g.Exercises], subject, g.Exercises.Count > 1 ? g.GroupChange : g.Change, g.Reason));
        }

        return lines;
    }

    // <summary>What alike notes on several exercises say together, or null when only the same words group them.</summary>
    private static string? GroupChange(Adjustment a, KneeText words)
    {
        if (a.Kind == AdjustmentKind.SetsDropped)
        {
            return words.Say(a.SetsAfter == 1 ? "adjustment.group.sets.one" : "adjustment.group.sets", ("before", a.SetsBefore), ("after", a.SetsAfter));
        }

        if (a.Kind == AdjustmentKind.DoseScaled)
        {
            // Scaled with its sets as they were, or down to one set each; any other change of sets is told one by one.
            return a.SetsBefore == a.SetsAfter ? words.Say("adjustment.group.dose", ("percent", a.Percent))
                : a.SetsAfter == 1 ? words.Say("adjustment.group.dose.oneSet", ("after", a.SetsAfter), ("percent", a.Percent))
                : null;
        }

        return null;
    }

    // <summary>Adds a note on an exercise to the group that says the same, or to a new group.</summary>
    private static void Add(List<Group> groups, Group group, Exercise exercise, string name)
    {
        var found = groups.Find(g => g.Exercises.Count > 0 && g.Kind == group.Kind && g.GroupChange == group.GroupChange && g.Reason == group.Reason && !g.IsCircuit);
        if (found is null)
        {
            groups.Add(group);
            found = group;
        }

        found.Exercises.Add(exercise);
        found.Names.Add(name);
    }

    private static string Pauses(IReadOnlyList<PauseChange> pauses, KneeText words)
    {
        var parts = new List<string>(pauses.Count);
        for (int i = 0; i < pauses.Count; i++)
        {
            var kind = pauses[i].Kind;
            int count = 1;
            while (i + count < pauses.Count && pauses[i + count].Kind == kind)
            {
                count++;
            }

            if (count > MaxNamedPauses)
            {
                parts.Add(words.Say(PauseKey(kind) + ".many"));
                i += count - 1;
                continue;
            }

            parts.Add(words.Say("adjustment.pause", ("pause", words.Say(PauseKey(kind))), ("before", (int)pauses[i].Before.TotalSeconds), ("after", (int)pauses[i].After.TotalSeconds)));
        }

        return words.List(parts);
    }

    private static string PauseKey(PauseKind kind) => kind switch
    {
        PauseKind.LeadIn => "adjustment.pause.leadIn",
        PauseKind.Transition => "adjustment.pause.transition",
        PauseKind.Setup => "adjustment.pause.setup",
        PauseKind.RestBetweenSets => "adjustment.pause.restBetweenSets",
        PauseKind.RestAfterRound => "adjustment.pause.restAfterRound",
        _ => "adjustment.pause.betweenCircuitItems",
    };

    // One line in the making: its notes' exercises and their names in the language.
    private sealed class Group(NoteKind kind, string change, string groupChange, string reason)
    {
        internal NoteKind Kind { get; } = kind;

        internal string Change { get; } = change;

        internal string GroupChange { get; } = groupChange;

        internal string Reason { get; } = reason;

        internal bool IsCircuit { get; init; }

        internal List<Exercise> Exercises { get; } = [];

        internal List<string> Names { get; } = [];
    }
}
