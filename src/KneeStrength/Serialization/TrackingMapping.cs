using System;
using System.Collections.Generic;
using KneeStrength.Tracking;

namespace KneeStrength.Serialization;

// <summary>Session logs and journals between the model and their documents.</summary>
internal static class TrackingMapping
{
    internal static SessionLogDocument ToDocument(SessionLog log)
    {
        var document = new SessionLogDocument { FormatVersion = Diagnosis.FormatVersion };
        Fill(document, log);
        return document;
    }

    internal static JournalDocument ToDocument(Journal journal)
    {
        var logs = new SessionLogJson[journal.Count];
        for (int i = 0; i < logs.Length; i++)
        {
            logs[i] = new SessionLogJson();
            Fill(logs[i], journal[i]);
        }

        return new JournalDocument { FormatVersion = Diagnosis.FormatVersion, Logs = logs };
    }

    private static void Fill(SessionLogJson json, SessionLog log)
    {
        json.Date = log.Date;
        json.RoutineId = log.RoutineId;
        json.Completion = log.HasSession ? log.Completion : null;
        json.Exercises = log.Exercises.Count == 0 ? null : ConvertAll(log.Exercises);
        json.PainBefore = log.PainBefore;
        json.PainDuring = log.PainDuring;
        json.PainAfter = log.PainAfter;
        json.PainNextMorning = log.PainNextMorning;
        json.Run = log.Run is RunLog run ? new RunJson { Minutes = run.Minutes, Pain = run.Pain } : null;
        json.Note = log.Note;
        json.SharpPain = log.SharpPain ? true : null;
    }

    private static ExerciseLogJson[] ConvertAll(IReadOnlyList<ExerciseLog> exercises)
    {
        var list = new ExerciseLogJson[exercises.Count];
        for (int i = 0; i < list.Length; i++)
        {
            var e = exercises[i];
            bool skipped = e.Outcome == ExerciseOutcome.Skipped;
            list[i] = new ExerciseLogJson { ExerciseId = e.ExerciseId, Outcome = e.Outcome, Sets = skipped ? null : e.Sets, Amount = skipped ? null : e.Amount };
        }

        return list;
    }

    internal static void WriteCoachingDay(System.Text.Json.Utf8JsonWriter writer, Coaching.CoachingDay day, Text.KneeText words)
    {
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", Diagnosis.FormatVersion);
        writer.WriteString("language", words.Language);
        writer.WriteString("date", Text.DateText.Format(day.Date));
        writer.WriteString("phase", day.Phase.Name);
        writer.WriteString("phaseName", words.PhaseName(day.Phase));
        writer.WriteString("phaseStart", Text.DateText.Format(day.PlacedPhase.FirstDay));
        writer.WriteString("phaseEnd", Text.DateText.Format(day.PlacedPhase.LastDay));
        writer.WriteString("phaseEnding", Camel(day.PlacedPhase.Ending.ToString()));
        writer.WriteBoolean("sessionDay", day.IsSessionDay);
        if (day.NextSession is DateOnly next)
        {
            writer.WriteString("nextSession", Text.DateText.Format(next));
        }

        writer.WriteNumber("level", day.Level);
        writer.WriteBoolean("provisional", day.IsProvisional);
        writer.WriteNumber("plannedSeconds", day.Plan.TotalSeconds);
        if (day.LastJudgement is { } judgement)
        {
            writer.WriteStartObject("lastJudgement");
            WriteJudgement(writer, judgement);
            writer.WriteString("reason", words.Reason(judgement));
            writer.WriteEndObject();
        }

        writer.WritePropertyName("routine");
        System.Text.Json.JsonSerializer.Serialize(writer, RoutineMapping.ToDocument(day.Routine, Catalog.RunnersKnee.Catalog), KneeJsonContext.Default.RoutineDocument);
        writer.WriteStartArray("decisions");
        foreach (var decision in day.Decisions)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Camel(decision.Kind.ToString()));
            writer.WriteString("reason", words.Reason(decision));
            WriteDecisionFacts(writer, decision);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // The facts of a judgement, without its words.
    private static void WriteJudgement(System.Text.Json.Utf8JsonWriter writer, Coaching.Judgement judgement)
    {
        writer.WriteString("date", Text.DateText.Format(judgement.Log.Date));
        writer.WriteString("verdict", Camel(judgement.Verdict.ToString()));
        writer.WriteString("rule", Camel(judgement.Rule.ToString()));
        writer.WriteStartArray("brokenRules");
        foreach (var rule in judgement.BrokenRules)
        {
            writer.WriteStringValue(Camel(rule.ToString()));
        }

        writer.WriteEndArray();
        writer.WriteBoolean("provisional", judgement.IsProvisional);
        writer.WriteBoolean("severe", judgement.IsSevere);
        writer.WriteString("reference", Camel(judgement.Reference.ToString()));
        writer.WriteNumber("referenceScore", judgement.ReferenceScore);
    }

    // The facts of a decision, each only when the decision has it.
    private static void WriteDecisionFacts(System.Text.Json.Utf8JsonWriter writer, Coaching.Decision d)
    {
        if (d.Rule != Coaching.CoachingRule.None)
        {
            writer.WriteString("rule", Camel(d.Rule.ToString()));
        }

        if (d.ExerciseId is not null)
        {
            writer.WriteString("exerciseId", d.ExerciseId);
        }

        if (d.Variation is { } variation)
        {
            writer.WriteString("variationId", variation.Id);
        }

        if (d.IsProvisional)
        {
            writer.WriteBoolean("provisional", true);
        }

        if (d.Cause != Coaching.DecisionCause.None)
        {
            writer.WriteString("cause", Camel(d.Cause.ToString()));
        }

        WriteDate(writer, "dayOf", d.Date);
        if (d.Judgement is { } judgement)
        {
            writer.WriteStartObject("judgement");
            WriteJudgement(writer, judgement);
            writer.WriteEndObject();
        }

        WriteNumber(writer, "levelBefore", d.LevelBefore);
        WriteNumber(writer, "levelAfter", d.LevelAfter);
        WriteNumber(writer, "calmSessions", d.CalmSessions);
        WriteNumber(writer, "calmSessionsToProgress", d.CalmSessionsToProgress);
        WriteNumber(writer, "runPain", d.RunPain);
        WriteNumber(writer, "painLimit", d.PainLimit);
        if (d.Phase is { } phase)
        {
            writer.WriteString("phase", phase.Name);
        }

        WriteDate(writer, "phaseStart", d.PhaseStart);
        WriteDate(writer, "nextSession", d.NextSession);
        if (d.DosageBefore is { } before)
        {
            writer.WriteString("dosageBefore", before.ToString());
        }

        if (d.DosageAfter is { } after)
        {
            writer.WriteString("dosageAfter", after.ToString());
        }

        if (d.Omission is { MissingEquipment.Count: > 0 } omission)
        {
            writer.WriteStartArray("missingEquipment");
            foreach (var equipment in omission.MissingEquipment)
            {
                writer.WriteStringValue(equipment.Id);
            }

            writer.WriteEndArray();
        }

        WriteNumber(writer, "sessionBudgetSeconds", d.SessionBudget is TimeSpan budget ? (int)budget.TotalSeconds : null);
        WriteNumber(writer, "shortestSessionSeconds", d.ShortestSession is TimeSpan shortest ? (int)shortest.TotalSeconds : null);
    }

    private static void WriteNumber(System.Text.Json.Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteDate(System.Text.Json.Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is DateOnly date)
        {
            writer.WriteString(name, Text.DateText.Format(date));
        }
    }

    private static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    internal static SessionLog ToLog(SessionLogDocument document, ReadContext context)
    {
        RoutineMapping.CheckVersion(document.FormatVersion, context);
        return ToLog((SessionLogJson)document, context);
    }

    internal static Journal ToJournal(JournalDocument document, ReadContext context)
    {
        RoutineMapping.CheckVersion(document.FormatVersion, context);
        var path = context.Path;
        path.Push("logs");
        var list = context.NoNulls(document.Logs);
        var logs = new SessionLog[list.Count];
        for (int i = 0; i < logs.Length; i++)
        {
            path.Push(i);
            logs[i] = ToLog(list[i], context);
            for (int j = 0; j < i; j++)
            {
                if (logs[j].Date == logs[i].Date)
                {
                    throw context.Fail("date", $"Logs {j} and {i} are both for {Text.DateText.Format(logs[i].Date)}; a journal holds one log a day.");
                }
            }

            path.Pop();
        }

        path.Pop();
        return new Journal(logs);
    }

    private static SessionLog ToLog(SessionLogJson json, ReadContext context)
    {
        if (json.RoutineId is null && json.Completion is not null)
        {
            throw context.Fail("completion", "A day without a session (no routineId) has no completion.");
        }

        if (json.RoutineId is not null && json.Completion is null)
        {
            throw context.Fail("A session (routineId) needs 'completion': all, partial or none.");
        }

        var exercises = ToExercises(json.Exercises, context);
        RunLog? run = null;
        if (json.Run is RunJson r)
        {
            context.Path.Push("run");
            run = context.Model(() => new RunLog(r.Minutes, r.Pain), static p => p);
            context.Path.Pop();
        }

        return context.Model(
            (json, exercises, run),
            static s => new SessionLog(s.json.Date, s.json.RoutineId, s.json.Completion ?? SessionCompletion.None, s.exercises, s.json.PainBefore, s.json.PainDuring, s.json.PainAfter, s.json.PainNextMorning, s.run, s.json.Note, s.json.SharpPain ?? false),
            static p => p switch
            {
                "routineId" or "completion" or "exercises" or "painBefore" or "painDuring" or "painAfter" or "painNextMorning" or "run" or "note" => p,
                _ => null,
            });
    }

    private static List<ExerciseLog>? ToExercises(IReadOnlyList<ExerciseLogJson>? list, ReadContext context)
    {
        if (list is null)
        {
            return null;
        }

        var exercises = new List<ExerciseLog>(list.Count);
        var path = context.Path;
        path.Push("exercises");
        var items = context.NoNulls(list);
        for (int i = 0; i < items.Count; i++)
        {
            path.Push(i);
            var e = items[i];
            exercises.Add(context.Model(
                () => new ExerciseLog(e.ExerciseId, e.Outcome, e.Sets ?? 0, e.Amount ?? 0),
                static p => p switch
                {
                    "exerciseId" or "outcome" or "sets" or "amount" => p,
                    _ => null,
                }));
            path.Pop();
        }

        path.Pop();
        return exercises;
    }
}
