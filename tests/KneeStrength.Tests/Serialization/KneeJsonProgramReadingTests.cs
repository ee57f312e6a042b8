using System;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using static KneeStrength.Tests.Serialization.KneeJsonStrictReadingTests;

namespace KneeStrength.Tests.Serialization;

/// <summary>The rules of program and scheduled-session documents beyond their shape, each at its exact place.</summary>
public class KneeJsonProgramReadingTests
{
    private static readonly TrainingProgram Program = RunnersKnee.Program;

    private static readonly Enrolment Enrolment = new("ann", Program, new DateOnly(2026, 3, 2));

    // Line 7 holds the phases; the first one's schedule object starts at column 54.
    private static string ProgramWithPhases(string phases) => $$"""
        {
          "formatVersion": 1,
          "id": "knees",
          "name": "Knees",
          "routines": [{ "id": "short", "name": "Short", "items": [{ "exerciseId": "clamshell", "dosage": { "kind": "repetitions", "reps": 20 } }] }],
          "phases": [
            {{phases}}
          ]
        }

        """;

    public static TheoryData<string, string, string, int, int> PhaseRules => new()
    {
        { """{ "name": "one", "routine": "long", "schedule": { "frequency": "daily" }, "end": { "kind": "open" } }""", "Unknown routine 'long'; the document defines short.", "$.phases[0].routine", 7, 33 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily", "weekdays": ["monday"] }, "end": { "kind": "open" } }""", "A daily schedule has no weekdays; a schedule on weekdays is 'weekly'.", "$.phases[0].schedule.weekdays", 7, 90 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily", "interval": 367 }, "end": { "kind": "open" } }""", "Value must be between 1 and 366, inclusive; it was 367.", "$.phases[0].schedule.interval", 7, 90 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "weekly" }, "end": { "kind": "open" } }""", "A weekly schedule needs 'weekdays' or 'timesAWeek'.", "$.phases[0].schedule", 7, 54 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily", "timesAWeek": 3 }, "end": { "kind": "open" } }""", "A daily schedule has no count a week; a schedule of N times a week is 'weekly'.", "$.phases[0].schedule.timesAWeek", 7, 92 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "weekly", "timesAWeek": 8 }, "end": { "kind": "open" } }""", "A weekly schedule has 1 to 7 sessions a week; it was 8.", "$.phases[0].schedule.timesAWeek", 7, 93 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "weekly", "timesAWeek": 2, "weekdays": ["monday"] }, "end": { "kind": "open" } }""", "'timesAWeek' is 2, but 'weekdays' names 1; give the weekdays, the count, or both in agreement.", "$.phases[0].schedule.timesAWeek", 7, 93 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "weekly", "interval": 2, "weekdays": ["monday"] }, "end": { "kind": "open" } }""", "A weekly schedule repeats every week: its interval is 1 or left out.", "$.phases[0].schedule.interval", 7, 91 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "weekly", "weekdays": ["monday", "monday"] }, "end": { "kind": "open" } }""", "Monday is listed twice.", "$.phases[0].schedule.weekdays", 7, 91 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "weekly", "weekdays": ["mon"] }, "end": { "kind": "open" } }""", "Expected a day of week (one of sunday, monday, tuesday, wednesday, thursday, friday, saturday), found the string 'mon'.", "$.phases[0].schedule.weekdays[0]", 7, 92 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "afterWeeks" } }""", "An end after weeks needs 'weeks'.", "$.phases[0].end", 7, 87 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "afterWeeks", "weeks": 523 } }""", "Value must be between 1 and 522, inclusive; it was 523.", "$.phases[0].end.weeks", 7, 120 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "onEvent", "weeks": 2 } }""", "An end on an event gives 'event' and maybe 'plannedWeeks', not 'weeks'.", "$.phases[0].end.weeks", 7, 117 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "onEvent" } }""", "An end on an event needs 'event'.", "$.phases[0].end", 7, 87 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "onEvent", "event": "backToTreatment" } }""", "A phase can end on BackToRunning; a relapse (BackToTreatment) ends any phase but the first by itself.", "$.phases[0].end.event", 7, 117 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "onEvent", "event": "backToRunning", "plannedWeeks": 0 } }""", "Value must be between 1 and 522, inclusive; it was 0.", "$.phases[0].end.plannedWeeks", 7, 150 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "open", "weeks": 3 } }""", "An open end gives no 'weeks'.", "$.phases[0].end.weeks", 7, 114 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "open", "event": "backToRunning" } }""", "An open end gives no 'event'.", "$.phases[0].end.event", 7, 114 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "open", "plannedWeeks": 3 } }""", "An open end gives no 'plannedWeeks'.", "$.phases[0].end.plannedWeeks", 7, 121 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "afterWeeks", "weeks": 2, "event": "backToRunning" } }""", "An end after weeks gives 'weeks', not 'event'.", "$.phases[0].end.event", 7, 132 },
        { """{ "name": "One", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "open" } }""", "'One' is not a valid id: use 1 to 64 lower-case letters and digits in words joined by single hyphens, such as 'side-steps'.", "$.phases[0].name", 7, 15 },
        { """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "open" } }, { "name": "two", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "open" } }""", "Phase 0 'one' is open, but only the last phase may be.", "$.phases", 6, 13 },
    };

    [Theory]
    [MemberData(nameof(PhaseRules))]
    public void ReadProgram_PhaseBreaksRule_ReportsProblemPathLineAndColumn(string phases, string problem, string path, int line, int column) =>
        ShouldFail(() => KneeJson.ReadProgram(ProgramWithPhases(phases)), problem, path, line, column);

    [Fact]
    public void ReadProgram_ValidPhases_ReadWithTheirRoutine()
    {
        var program = KneeJson.ReadProgram(ProgramWithPhases(
            """{ "name": "one", "routine": "short", "schedule": { "frequency": "daily", "interval": 2 }, "end": { "kind": "afterWeeks", "weeks": 3 } }, { "name": "two", "routine": "short", "schedule": { "frequency": "weekly", "weekdays": ["thursday", "monday"] }, "end": { "kind": "open" } }"""));
        var routine = new Routine("short", "Short", [new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(20, Laterality.PerSide))]);
        program.Should().Be(new TrainingProgram("knees", "Knees",
        [
            new ProgramPhase("one", routine, ScheduleRule.EveryNDays(2), PhaseEnd.AfterWeeks(3)),
            new ProgramPhase("two", routine, ScheduleRule.Weekly(DayOfWeek.Monday, DayOfWeek.Thursday), PhaseEnd.Open),
        ]));
    }

    [Theory]
    [InlineData("\"timesAWeek\": 3")]
    [InlineData("\"timesAWeek\": 3, \"weekdays\": [\"friday\", \"monday\", \"wednesday\"]")]
    public void ReadProgram_TimesAWeek_IsTheStandardSpread(string schedule)
    {
        var program = KneeJson.ReadProgram(ProgramWithPhases(
            $$"""{ "name": "one", "routine": "short", "schedule": { "frequency": "weekly", {{schedule}} }, "end": { "kind": "open" } }"""));

        program.Phases[0].Schedule.Should().Be(ScheduleRule.Weekly(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday));
    }

    [Fact]
    public void ReadProgram_RoutineDefinedTwice_IsReportedAtTheSecondId() =>
        ShouldFail(
            () => KneeJson.ReadProgram(ProgramWithPhases("""{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "open" } }""")
                .Replace("}] }],", "}] }, { \"id\": \"short\", \"name\": \"Again\", \"items\": [{ \"exerciseId\": \"clamshell\", \"dosage\": { \"kind\": \"repetitions\", \"reps\": 5 } }] }],", StringComparison.Ordinal)),
            "Routine 'short' is defined twice.",
            "$.routines[1].id",
            5,
            151);

    [Fact]
    public void ReadProgram_StartOfTheOldFormat_IsAnUnknownMember() =>
        ShouldFail(
            () => KneeJson.ReadProgram(ProgramWithPhases("""{ "name": "one", "routine": "short", "schedule": { "frequency": "daily" }, "end": { "kind": "open" } }""")
                .Replace("\"name\": \"Knees\",", "\"name\": \"Knees\", \"start\": \"2026-03-02\",", StringComparison.Ordinal)),
            "Unknown member 'start'; the members here are $schema, formatVersion, id, name, equipment, exercises, routines, phases.",
            "$.start",
            4,
            20);

    [Fact]
    public void ReadScheduledSessions_UnknownPhase_NamesTheProgramsPhases() =>
        ShouldFail(
            () => KneeJson.ReadScheduledSessions(Sessions("""{ "date": "2026-03-02", "phase": "rehab", "routineId": "runners-knee", "estimatedSeconds": 1748 }"""), Program),
            "Program 'runners-knee' has no phase 'rehab'; its phases are treatment, prevention.",
            "$.sessions[0].phase",
            4,
            38);

    [Fact]
    public void ReadScheduledSessions_RoutineNotThePhases_IsRefused() =>
        ShouldFail(
            () => KneeJson.ReadScheduledSessions(Sessions("""{ "date": "2026-03-02", "phase": "treatment", "routineId": "short", "estimatedSeconds": 1748 }"""), Program),
            "Phase 'treatment' does routine 'runners-knee', not 'short'.",
            "$.sessions[0].routineId",
            4,
            64);

    [Fact]
    public void ReadScheduledSessions_NegativeEstimate_IsRefused() =>
        ShouldFail(
            () => KneeJson.ReadScheduledSessions(Sessions("""{ "date": "2026-03-02", "phase": "treatment", "routineId": "runners-knee", "estimatedSeconds": -1 }"""), Program),
            "An estimated duration is 0 or more seconds, with at most 7 decimals.",
            "$.sessions[0].estimatedSeconds",
            4,
            100);

    [Fact]
    public void ReadScheduledSessions_DateWithTime_IsRefused() =>
        ShouldFail(
            () => KneeJson.ReadScheduledSessions(Sessions("""{ "date": "2026-03-02T00:00:00", "phase": "treatment", "routineId": "runners-knee", "estimatedSeconds": 1748 }"""), Program),
            "Expected a date written yyyy-MM-dd, found the string '2026-03-02T00:00:00'.",
            "$.sessions[0].date",
            4,
            15);

    [Fact]
    public void ReadScheduledSessions_NullProgram_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>("program", () => KneeJson.ReadScheduledSessions(Sessions(string.Empty), null!));

    [Fact]
    public void WriteScheduledSessions_DefaultSession_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>("sessions", () => KneeJson.WriteScheduledSessions([default]))
            .Message.Should().StartWith("Element 0 is default(ScheduledSession), which is no session.");

    [Fact]
    public void WriteProgram_TwoRoutinesWithOneId_ThrowsArgumentException()
    {
        var other = new Routine("runners-knee", "Other", [RunnersKnee.Routine.Items[0]]);
        var program = new TrainingProgram("p", "P",
        [
            new ProgramPhase("one", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(1)),
            new ProgramPhase("two", other, ScheduleRule.Daily, PhaseEnd.Open),
        ]);
        Assert.Throws<ArgumentException>("program", () => KneeJson.WriteProgram(program))
            .Message.Should().StartWith("The program uses two different routines with the id 'runners-knee'; a document names routines by id, so it cannot hold both.");
    }

    [Fact]
    public void ReadScheduledSessions_ScheduledSessions_ReadBackInOrder()
    {
        var sessions = ProgramScheduler.Default.GetSessions(Enrolment, new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 1)).ToArray();
        KneeJson.ReadScheduledSessions(KneeJson.WriteScheduledSessions(sessions), Program).Should().Equal(sessions);
    }

    private static string Sessions(string sessions) => $$"""
        {
          "formatVersion": 1,
          "sessions": [
            {{sessions}}
          ]
        }
        """;
}
