using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Tests.Repository;

namespace KneeStrength.Tests.Serialization;

/// <summary>
/// What the library writes validates against the JSON Schemas it ships, checked by a real validator: Ajv (draft
/// 2020-12) under Node, installed by <c>tests/schema-check/install.sh</c>. Documents the reader refuses for their
/// shape are refused by the schemas too.
/// </summary>
public class KneeJsonSchemaTests
{
    private static readonly KneeStrength.Tracking.SessionLog LogWithEverything = new(
        new DateOnly(2026, 3, 2),
        "runners-knee",
        KneeStrength.Tracking.SessionCompletion.Partial,
        [
            new KneeStrength.Tracking.ExerciseLog("clamshell", KneeStrength.Tracking.ExerciseOutcome.Completed, 1, 20),
            new KneeStrength.Tracking.ExerciseLog("single-leg-hop", KneeStrength.Tracking.ExerciseOutcome.Skipped, 0, 0),
        ],
        painBefore: 1,
        painDuring: 3,
        painAfter: 2,
        painNextMorning: 1,
        run: new KneeStrength.Tracking.RunLog(25, 2),
        note: "Windy.",
        sharpPain: true);

    private const string Seed = "bAQQlQp15-r3";

    private static readonly TrainingProgram Program = RunnersKnee.Program;

    private static readonly Enrolment Enrolment = new(
        "ann", Program, new DateOnly(2026, 3, 2), [EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20)), EnrolmentEvent.BackToTreatment(new DateOnly(2026, 5, 1))],
        TimeSpan.FromMinutes(20), new SessionOptions(equipment: EquipmentSet.Parse("step,wall").Value, firstSide: Side.Right, rangeBound: RangeBound.Upper));

    private static readonly Enrolment Plain = new("bob", Program, new DateOnly(2026, 3, 2));

    [Fact]
    public void Schemas_DocumentsTheLibraryWrites_Validate()
    {
        var documents = new List<(string Kind, string Json)>
        {
            ("routine", KneeJson.WriteRoutine(RunnersKnee.Routine)),
            ("routine", KneeJson.WriteRoutine(RunnersKnee.Routine, new ExerciseCatalog([]))),
            ("catalog", KneeJson.WriteCatalog(RunnersKnee.Catalog)),
            ("plan", KneeJson.WritePlan(SessionScheduler.Default.Schedule(RunnersKnee.Routine))),
            ("plan", KneeJson.WritePlan(new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("step").Value)).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12)))),
            ("program", KneeJson.WriteProgram(Program)),
            ("scheduled-sessions", KneeJson.WriteScheduledSessions(ProgramScheduler.Default.GetSessions(Plain, Plain.Start, Plain.Start.AddDays(100)))),
            ("enrolment", KneeJson.WriteEnrolment(Enrolment)),
            ("enrolment", KneeJson.WriteEnrolment(Plain)),

            ("session-log", KneeJson.WriteSessionLog(LogWithEverything)),
            ("session-log", KneeJson.WriteSessionLogLine(new KneeStrength.Tracking.SessionLog(Plain.Start, null, KneeStrength.Tracking.SessionCompletion.None, run: new KneeStrength.Tracking.RunLog(20, 1)))),
            ("journal", KneeJson.WriteJournal(new KneeStrength.Tracking.Journal([LogWithEverything, new KneeStrength.Tracking.SessionLog(Plain.Start.AddDays(1), null, KneeStrength.Tracking.SessionCompletion.None, note: "Rest day.")]))),

            ("coaching-day", KneeJson.WriteCoachingDay(KneeStrength.Coaching.Coach.Default.Decide(Plain, new KneeStrength.Tracking.Journal([LogWithEverything]), Plain.Start.AddDays(3)))),
            ("coaching-day", KneeJson.WriteCoachingDay(KneeStrength.Coaching.Coach.Default.Decide(Enrolment, new KneeStrength.Tracking.Journal([Calm(new DateOnly(2026, 3, 2))]), new DateOnly(2026, 3, 3)))),
            ("coaching-day", KneeJson.WriteCoachingDay(KneeStrength.Coaching.Coach.Default.Decide(Plain, new KneeStrength.Tracking.Journal([]), new DateOnly(2036, 3, 1)))),

            // Written by hand: the README's routine, which points editors at the schema with $schema.
            ("routine", File.ReadAllText(ProcessTools.Repository("samples/KneeStrength.BringYourOwn/maintenance.routine.json"))),
        };
        documents.AddRange(DocumentGenerators.RoutineWithCatalog.Array[40].Single(_ => true, Seed).Select(rc => ("routine", KneeJson.WriteRoutine(rc.Routine, rc.Catalog))));
        documents.AddRange(DocumentGenerators.Catalog.Array[40].Single(_ => true, Seed).Select(c => ("catalog", KneeJson.WriteCatalog(c))));
        documents.AddRange(DocumentGenerators.Plan.Array[40].Single(_ => true, Seed).Select(p => ("plan", KneeJson.WritePlan(p))));
        documents.AddRange(DocumentGenerators.ProgramWithCatalog.Array[40].Single(_ => true, Seed).Select(pc => ("program", KneeJson.WriteProgram(pc.Program, pc.Catalog))));
        documents.AddRange(DocumentGenerators.EnrolmentWithSessions.Array[20].Single(_ => true, Seed).Select(ps => ("scheduled-sessions", KneeJson.WriteScheduledSessions(ps.Sessions))));
        documents.AddRange(DocumentGenerators.EnrolmentWithCatalog.Array[30].Single(_ => true, Seed).Select(ec => ("enrolment", KneeJson.WriteEnrolment(ec.Enrolment))));

        Validate(documents, valid: true);
    }

    [Fact]
    public void Schemas_DocumentsTheReaderRefusesForTheirShape_DoNotValidate()
    {
        string routine = KneeJson.WriteRoutine(RunnersKnee.Routine);
        string plan = KneeJson.WritePlan(SessionScheduler.Default.Schedule(RunnersKnee.Routine));
        string program = KneeJson.WriteProgram(Program);
        string sessions = KneeJson.WriteScheduledSessions(ProgramScheduler.Default.GetSessions(Plain, Plain.Start, Plain.Start.AddDays(100)));
        string enrolment = KneeJson.WriteEnrolment(Enrolment);
        var documents = new List<(string Kind, string Json)>
        {
            ("routine", routine.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal)),
            ("routine", routine.Replace("\"reps\": 10,", "\"reps\": 10, \"rep\": 10,", StringComparison.Ordinal)),
            ("routine", routine.Replace("\"reps\": 10,", "\"reps\": 1001,", StringComparison.Ordinal)),
            ("routine", routine.Replace("\"reps\": 10,", "\"reps\": \"10\",", StringComparison.Ordinal)),
            ("routine", routine.Replace("\"kind\": \"hold\",", "\"kind\": \"Hold\",", StringComparison.Ordinal)),
            ("routine", routine.Replace("\"kind\": \"hold\",", "\"kind\": \"repetitions\",", StringComparison.Ordinal)),
            ("routine", routine.Replace("\"name\": \"Knee strengthening for runners\",", string.Empty, StringComparison.Ordinal)),
            ("routine", routine.Replace("\"sets\": 1", "\"sets\": 1, \"restSeconds\": 30", StringComparison.Ordinal)),
            ("plan", plan.Replace("\"reps\": null,", "\"reps\": 3,", StringComparison.Ordinal)),
            ("plan", plan.Replace("\"side\": null,", "\"side\": \"up\",", StringComparison.Ordinal)),
            ("plan", plan.Replace("\"kind\": \"getReady\",", "\"kind\": 0,", StringComparison.Ordinal)),
            ("plan", plan.Replace("\"cue\": ", "\"cues\": ", StringComparison.Ordinal)),
            ("catalog", "{ \"formatVersion\": 1 }"),
            ("program", program.Replace("\"frequency\": \"daily\"", "\"frequency\": \"weekly\"", StringComparison.Ordinal)),
            ("program", program.Replace("\"kind\": \"open\"", "\"kind\": \"afterWeeks\"", StringComparison.Ordinal)),
            ("program", program.Replace("\"name\": \"Runner's knee", "\"start\": \"2026-03-02\", \"name\": \"Runner's knee", StringComparison.Ordinal)),
            ("program", program.Replace("\"event\": \"backToRunning\"", "\"event\": \"backToTreatment\"", StringComparison.Ordinal)),
            ("program", program.Replace("\"plannedWeeks\": 6", "\"plannedWeeks\": 0", StringComparison.Ordinal)),
            ("enrolment", enrolment.Replace("\"start\": \"2026-03-02\"", "\"start\": \"2026-3-2\"", StringComparison.Ordinal)),
            ("enrolment", enrolment.Replace("\"kind\": \"backToRunning\"", "\"kind\": \"BackToRunning\"", StringComparison.Ordinal)),
            ("enrolment", enrolment.Replace("\"sessionSeconds\": 1200", "\"sessionSeconds\": 0", StringComparison.Ordinal)),
            ("enrolment", enrolment.Replace("\"firstSide\": \"right\"", "\"firstSide\": \"up\"", StringComparison.Ordinal)),
            ("enrolment", enrolment.Replace("\"programId\"", "\"program\"", StringComparison.Ordinal)),
            ("enrolment", enrolment.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal)),
            ("session-log", KneeJson.WriteSessionLog(LogWithEverything).Replace("\"sharpPain\": true", "\"sharpPain\": \"yes\"", StringComparison.Ordinal)),
            ("program", KneeJson.WriteProgram(RunnersKnee.ProgramWeeklyOn(DayOfWeek.Monday)).Replace("\"monday\"", "\"Monday\"", StringComparison.Ordinal)),
            ("scheduled-sessions", sessions.Replace("\"estimatedSeconds\": 1748", "\"estimatedSeconds\": \"1748\"", StringComparison.Ordinal)),
            ("scheduled-sessions", sessions.Replace("\"routineId\"", "\"routine\"", StringComparison.Ordinal)),
            ("session-log", KneeJson.WriteSessionLog(LogWithEverything).Replace("\"painDuring\": 3", "\"painDuring\": 11", StringComparison.Ordinal)),
            ("session-log", KneeJson.WriteSessionLog(LogWithEverything).Replace("\"partial\"", "\"maybe\"", StringComparison.Ordinal)),
            ("session-log", KneeJson.WriteSessionLog(LogWithEverything).Replace("\"note\"", "\"notes\"", StringComparison.Ordinal)),
            ("journal", KneeJson.WriteJournal(new KneeStrength.Tracking.Journal([LogWithEverything])).Replace("\"logs\"", "\"entries\"", StringComparison.Ordinal)),
        };

        foreach (var (kind, json) in documents)
        {
            var read = () => _ = kind switch
            {
                "plan" => KneeJson.ReadPlan(json),
                "catalog" => KneeJson.ReadCatalog(json),
                "program" => KneeJson.ReadProgram(json),
                "scheduled-sessions" => KneeJson.ReadScheduledSessions(json, Program),
                "enrolment" => KneeJson.ReadEnrolment(json, Program),
                "session-log" => KneeJson.ReadSessionLog(json),
                "journal" => KneeJson.ReadJournal(json),
                _ => (object)KneeJson.ReadRoutine(json),
            };
            read.Should().Throw<KneeJsonException>(json);
        }

        Validate(documents, valid: false);
    }

    private static KneeStrength.Tracking.SessionLog Calm(DateOnly date) =>
        new(date, "runners-knee", KneeStrength.Tracking.SessionCompletion.All, painDuring: 1, painAfter: 1);

    private static void Validate(List<(string Kind, string Json)> documents, bool valid)
    {
        var report = NodeTool.RunOnFiles(
            "tests/schema-check",
            "validate.mjs",
            [ProcessTools.Repository("src/KneeStrength/Serialization/Schemas")],
            [.. documents.Select((d, i) => ($"{i:D3}.{d.Kind}.json", Encoding.UTF8.GetBytes(d.Json)))],
            (path, i) => $"{(valid ? string.Empty : "!")}{documents[i].Kind}={path}");

        report.Should().HaveCount(documents.Count).And.OnlyContain(line => line.StartsWith("ok ", StringComparison.Ordinal));
    }
}
