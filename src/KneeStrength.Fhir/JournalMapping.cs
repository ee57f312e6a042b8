using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Hl7.Fhir.Model;
using KneeStrength.Tracking;

namespace KneeStrength.Fhir;

// A journal as Observations, and back.
// - Each knee pain score is its own Observation: LOINC 72514-3 (0-10 numeric rating, https://loinc.org/72514-3),
//   valueInteger, body site the knee (SNOMED CT 72696002), the moment in Observation.method (before, during, after,
//   next-morning) and the day in effectiveDateTime; the next morning's score is dated the next day.
// - A day's log (the session's routine and completion, each exercise's outcome, sharp pain, the note) is one
//   Observation coded knee-log, valueCodeableConcept the completion; CarePlan.activity.outcomeReference points at it.
// - A run is an Observation of LOINC 55411-3 "Exercise duration" in minutes, with its worst pain as a 72514-3 component.
internal static class JournalMapping
{
    internal const string KneeLogCode = "knee-log";

    private static readonly (string Code, string Display)[] Moments =
    [
        ("before", "Before the session"),
        ("during", "Worst during the session"),
        ("after", "About an hour after the session"),
        ("next-morning", "The next morning"),
    ];

    // An observation with the day of the log it came from and its identifier's value (unique per series and day).
    public sealed record Written(Observation Observation, DateOnly Day, string Identifier, bool IsSessionLog);

    public static List<Written> Write(Journal journal, ResourceReference patient, string seriesId)
    {
        var written = new List<Written>();
        foreach (var log in journal)
        {
            string day = TimingMapping.Date(log.Date);
            if (log.HasSession || log.Note is not null || log.SharpPain)
            {
                string identifier = $"{seriesId}/{day}/{KneeLogCode}";
                written.Add(new(KneeLog(log, patient, identifier), log.Date, identifier, true));
            }

            int?[] scores = [log.PainBefore, log.PainDuring, log.PainAfter, log.PainNextMorning];
            for (int m = 0; m < Moments.Length; m++)
            {
                if (scores[m] is int score)
                {
                    var effective = m == 3 ? log.Date.AddDays(1) : log.Date;
                    string identifier = $"{seriesId}/{day}/pain-{Moments[m].Code}";
                    written.Add(new(Pain(score, m, effective, patient, identifier), log.Date, identifier, false));
                }
            }

            if (log.Run is RunLog run)
            {
                string identifier = $"{seriesId}/{day}/run";
                written.Add(new(Run(run, log.Date, patient, identifier), log.Date, identifier, false));
            }
        }

        return written;
    }

    private static Observation New(string category, CodeableConcept code, DateOnly effective, ResourceReference patient, string identifier) => new()
    {
        Identifier = [new Identifier(FhirCodes.IdentifierSystem, identifier)],
        Status = ObservationStatus.Final,
        Category = [new CodeableConcept(FhirCodes.ObservationCategorySystem, category, category == "survey" ? "Survey" : "Activity")],
        Code = code,
        Subject = new ResourceReference(patient.Reference, patient.Display),
        Effective = new FhirDateTime(TimingMapping.Date(effective)),
    };

    private static CodeableConcept PainCode() =>
        ProgramMapping.Coded(FhirCodes.Loinc, FhirCodes.PainSeverityCode, "Pain severity - 0-10 verbal numeric rating [Score] - Reported");

    private static Observation Pain(int score, int moment, DateOnly effective, ResourceReference patient, string identifier)
    {
        var observation = New("survey", PainCode(), effective, patient, identifier);
        observation.Value = new Integer(score);
        observation.BodySite = ProgramMapping.Coded(FhirCodes.Snomed, FhirCodes.KneeRegionCode, "Knee region structure");
        observation.Method = ProgramMapping.Coded(FhirCodes.PainMomentSystem, Moments[moment].Code, Moments[moment].Display);
        return observation;
    }

    private static Observation Run(RunLog run, DateOnly date, ResourceReference patient, string identifier)
    {
        var code = ProgramMapping.Coded(FhirCodes.Loinc, FhirCodes.ExerciseDurationCode, "Exercise duration");
        code.Text = "Run";
        var observation = New("activity", code, date, patient, identifier);
        observation.Value = new Quantity { Value = run.Minutes, Unit = "min", System = FhirCodes.Ucum, Code = "min" };
        observation.Component.Add(new Observation.ComponentComponent { Code = PainCode(), Value = new Integer(run.Pain) });
        return observation;
    }

    private static Observation KneeLog(SessionLog log, ResourceReference patient, string identifier)
    {
        var observation = New("activity", ProgramMapping.Coded(FhirCodes.LogSystem, KneeLogCode, "Knee strengthening log of the day"), log.Date, patient, identifier);
        if (log.RoutineId is string routineId)
        {
            string completion = CompletionCode(log.Completion);
            observation.Value = ProgramMapping.Coded(FhirCodes.CompletionSystem, completion, completion == "all" ? "All of the session" : completion == "partial" ? "Part of the session" : "None of the session");
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = ProgramMapping.Coded(FhirCodes.LogSystem, "routine", "Routine"),
                Value = new CodeableConcept(FhirCodes.RoutineSystem, routineId),
            });
        }

        foreach (var exercise in log.Exercises)
        {
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = new CodeableConcept(FhirCodes.ExerciseSystem, exercise.ExerciseId),
                Value = new FhirString(ExerciseText(exercise)),
            });
        }

        if (log.SharpPain)
        {
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = ProgramMapping.Coded(FhirCodes.LogSystem, "sharp-pain", "Sharp pain (a stab or a catch)"),
                Value = new FhirBoolean(true),
            });
        }

        if (log.Note is string note)
        {
            observation.Note.Add(new Annotation { Text = note });
        }

        return observation;
    }

    private static string CompletionCode(SessionCompletion completion) => completion switch
    {
        SessionCompletion.All => "all",
        SessionCompletion.Partial => "partial",
        _ => "none",
    };

    private static string ExerciseText(ExerciseLog log) => log.Outcome switch
    {
        ExerciseOutcome.Skipped => "skipped",
        ExerciseOutcome.Completed => string.Create(CultureInfo.InvariantCulture, $"completed, {log.Sets} x {log.Amount}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"stopped early, {log.Sets} x {log.Amount}"),
    };

    // What one day's observations say, gathered before the log is made.
    private sealed class Day
    {
        public string Path = string.Empty;
        public bool HasKneeLog;
        public string? RoutineId;
        public SessionCompletion Completion = SessionCompletion.None;
        public List<ExerciseLog> Exercises = [];
        public int?[] Pain = new int?[4];
        public RunLog? Run;
        public string? Note;
        public bool SharpPain;
    }

    public static Journal Read(IEnumerable<(Observation Observation, string Path)> observations)
    {
        var days = new SortedDictionary<DateOnly, Day>();
        foreach (var (observation, path) in observations)
        {
            var effective = ReadDate(observation, path);
            if (Has(observation.Code, FhirCodes.Loinc, FhirCodes.PainSeverityCode))
            {
                var method = ProgramMapping.SingleCoding(observation.Method is null ? [] : [observation.Method], FhirCodes.PainMomentSystem, path + ".method");
                int moment = Array.FindIndex(Moments, m => m.Code == method.Code);
                if (moment < 0)
                {
                    throw new FhirReadException(path + ".method.coding[0].code", $"must be before, during, after or next-morning; it was '{method.Code}'.", null);
                }

                var day = DayOf(days, moment == 3 ? effective.AddDays(-1) : effective, path);
                if (day.Pain[moment] is not null)
                {
                    throw new FhirReadException(path, $"is a second '{method.Code}' pain score for the same day.", null);
                }

                day.Pain[moment] = Score(observation.Value, path + ".valueInteger");
            }
            else if (Has(observation.Code, FhirCodes.Loinc, FhirCodes.ExerciseDurationCode))
            {
                var day = DayOf(days, effective, path);
                if (day.Run is not null)
                {
                    throw new FhirReadException(path, "is a second run on the same day.", null);
                }

                if (observation.Value is not Quantity { Value: decimal minutes, System: FhirCodes.Ucum, Code: "min" } ||
                    minutes != decimal.Truncate(minutes) || minutes < 1 || minutes > RunLog.MaxMinutes)
                {
                    throw new FhirReadException(path + ".valueQuantity", $"must be 1 to {RunLog.MaxMinutes} whole minutes (UCUM 'min').", null);
                }

                if (observation.Component.Count != 1 || !Has(observation.Component[0].Code, FhirCodes.Loinc, FhirCodes.PainSeverityCode))
                {
                    throw new FhirReadException(path + ".component", "must be one pain score (LOINC 72514-3), the run's worst.", null);
                }

                day.Run = new RunLog((int)minutes, Score(observation.Component[0].Value, path + ".component[0].valueInteger"));
            }
            else if (Has(observation.Code, FhirCodes.LogSystem, KneeLogCode))
            {
                var day = DayOf(days, effective, path);
                if (day.HasKneeLog)
                {
                    throw new FhirReadException(path, "is a second knee-log for the same day.", null);
                }

                day.HasKneeLog = true;
                day.Path = path;
                ReadKneeLog(observation, path, day);
            }
            else
            {
                throw new FhirReadException(path + ".code", "is not a KneeStrength observation: knee pain (LOINC 72514-3), a run (LOINC 55411-3) or a knee-log.", null);
            }
        }

        var logs = new List<SessionLog>(days.Count);
        foreach (var (date, day) in days)
        {
            logs.Add(ProgramMapping.Build(day.Path, () => new SessionLog(
                date, day.RoutineId, day.Completion, day.Exercises, day.Pain[0], day.Pain[1], day.Pain[2], day.Pain[3], day.Run, day.Note, day.SharpPain)));
        }

        return new Journal(logs);
    }

    private static void ReadKneeLog(Observation observation, string path, Day day)
    {
        for (int i = 0; i < observation.Component.Count; i++)
        {
            var component = observation.Component[i];
            string componentPath = ProgramMapping.Index(path + ".component", i);
            if (Has(component.Code, FhirCodes.LogSystem, "routine"))
            {
                if (component.Value is not CodeableConcept routine)
                {
                    throw new FhirReadException(componentPath + ".valueCodeableConcept", "is missing: the routine done.", null);
                }

                day.RoutineId = ProgramMapping.SingleCoding([routine], FhirCodes.RoutineSystem, componentPath + ".valueCodeableConcept").Code;
            }
            else if (Has(component.Code, FhirCodes.LogSystem, "sharp-pain"))
            {
                day.SharpPain = component.Value is FhirBoolean { Value: true }
                    ? true
                    : throw new FhirReadException(componentPath + ".valueBoolean", "must be true: sharp pain is only recorded when felt.", null);
            }
            else if (component.Code?.Coding.FirstOrDefault(c => c.System == FhirCodes.ExerciseSystem) is { Code: string exerciseId })
            {
                string valuePath = componentPath + ".valueString";
                day.Exercises.Add(ProgramMapping.Build(valuePath, () => ReadExercise(exerciseId, component.Value, valuePath)));
            }
            else
            {
                throw new FhirReadException(componentPath + ".code", "must be the routine, sharp pain or an exercise.", null);
            }
        }

        if (observation.Value is CodeableConcept completion)
        {
            day.Completion = ProgramMapping.SingleCoding([completion], FhirCodes.CompletionSystem, path + ".valueCodeableConcept").Code switch
            {
                "all" => SessionCompletion.All,
                "partial" => SessionCompletion.Partial,
                "none" => SessionCompletion.None,
                var other => throw new FhirReadException(path + ".valueCodeableConcept.coding[0].code", $"must be all, partial or none; it was '{other}'.", null),
            };
        }
        else if (observation.Value is not null)
        {
            throw new FhirReadException(path + ".value[x]", "must be a CodeableConcept: the session's completion.", null);
        }

        if ((day.RoutineId is null) != (observation.Value is null))
        {
            throw new FhirReadException(path + ".valueCodeableConcept", "and the routine component go together: a session has both, a day without one neither.", null);
        }

        if (observation.Note.Count > 1)
        {
            throw new FhirReadException(path + ".note", "holds more than one note.", null);
        }

        day.Note = observation.Note.Count == 1 ? ProgramMapping.Required(observation.Note[0].Text, path + ".note[0].text") : null;
    }

    private static ExerciseLog ReadExercise(string exerciseId, DataType? value, string path)
    {
        if (value is not FhirString { Value: string text })
        {
            throw new FhirReadException(path, "is missing: what was done of the exercise.", null);
        }

        if (text == "skipped")
        {
            return new ExerciseLog(exerciseId, ExerciseOutcome.Skipped, 0, 0);
        }

        var outcome = text.StartsWith("completed, ", StringComparison.Ordinal) ? ExerciseOutcome.Completed
            : text.StartsWith("stopped early, ", StringComparison.Ordinal) ? ExerciseOutcome.StoppedEarly
            : throw new FhirReadException(path, $"must read 'skipped', 'completed, SETS x AMOUNT' or 'stopped early, SETS x AMOUNT'; it was '{text}'.", null);
        string amounts = text[(text.IndexOf(", ", StringComparison.Ordinal) + 2)..];
        int x = amounts.IndexOf(" x ", StringComparison.Ordinal);
        if (x < 0 ||
            !int.TryParse(amounts.AsSpan(0, x), NumberStyles.None, CultureInfo.InvariantCulture, out int sets) ||
            !int.TryParse(amounts.AsSpan(x + 3), NumberStyles.None, CultureInfo.InvariantCulture, out int amount))
        {
            throw new FhirReadException(path, $"must read 'skipped', 'completed, SETS x AMOUNT' or 'stopped early, SETS x AMOUNT'; it was '{text}'.", null);
        }

        return new ExerciseLog(exerciseId, outcome, sets, amount);
    }

    private static Day DayOf(SortedDictionary<DateOnly, Day> days, DateOnly date, string path)
    {
        if (!days.TryGetValue(date, out var day))
        {
            day = new Day { Path = path };
            days.Add(date, day);
        }

        return day;
    }

    private static DateOnly ReadDate(Observation observation, string path)
    {
        if (observation.Effective is not FhirDateTime { Value: string value } ||
            !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FhirReadException(path + ".effectiveDateTime", "must be a day, as YYYY-MM-DD.", null);
        }

        return date;
    }

    private static int Score(DataType? value, string path) =>
        value is Integer { Value: int score } && score is >= 0 and <= PainScale.Max
            ? score
            : throw new FhirReadException(path, "must be a pain score from 0 to 10.", null);

    private static bool Has(CodeableConcept? concept, string system, string code) =>
        concept is not null && concept.Coding.Any(c => c.System == system && c.Code == code);
}
