using System;
using System.Text;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Tests.Repository;

namespace KneeStrength.Tests.Serialization;

/// <summary>
/// The built-in routine, catalog and plans as documents, byte for byte. A change here changes what apps have stored:
/// make it on purpose. When a test fails, the document written now is left beside the test output to compare and,
/// if intended, copy over the golden file.
/// </summary>
public class KneeJsonGoldenTests
{
    private static readonly SessionPlan BudgetPlan =
        new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band,step,wall").Value))
            .Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(20));

    private static readonly TrainingProgram Program = RunnersKnee.Program;

    // Six weeks of treatment as planned (no back-to-running event), then prevention every seven days.
    private static readonly Enrolment Enrolment = new("ann", Program, new DateOnly(2026, 3, 2));

    // A person back to running on day 19 and back to treatment on 1 May, with 20 minutes and no Bosu ball.
    private static readonly Enrolment Relapsed = new(
        "bob",
        Program,
        new DateOnly(2026, 3, 2),
        [EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20)), EnrolmentEvent.BackToTreatment(new DateOnly(2026, 5, 1))],
        TimeSpan.FromMinutes(20),
        new SessionOptions(equipment: EquipmentSet.Parse("band,step,wall").Value, firstSide: Side.Right));

    // The last days of treatment and the first weeks of prevention.
    private static readonly ScheduledSession[] Sessions =
        [.. ProgramScheduler.Default.GetSessions(Enrolment, new DateOnly(2026, 4, 6), new DateOnly(2026, 5, 4))];

    [Fact]
    public void WriteRoutine_BuiltInRoutine_MatchesGolden() =>
        MatchGolden("runners-knee.routine.json", KneeJson.WriteRoutine(RunnersKnee.Routine));

    [Fact]
    public void WriteCatalog_BuiltInCatalog_MatchesGolden() =>
        MatchGolden("runners-knee.catalog.json", KneeJson.WriteCatalog(RunnersKnee.Catalog));

    [Fact]
    public void WritePlan_BuiltInPlan_MatchesGolden() =>
        MatchGolden("runners-knee.plan.json", KneeJson.WritePlan(SessionScheduler.Default.Schedule(RunnersKnee.Routine)));

    [Fact]
    public void WritePlan_TwentyMinutesWithoutBosu_MatchesGolden() =>
        MatchGolden("runners-knee.20-min-no-bosu.plan.json", KneeJson.WritePlan(BudgetPlan));

    [Fact]
    public void WriteProgram_BuiltInProgram_MatchesGolden() =>
        MatchGolden("runners-knee.program.json", KneeJson.WriteProgram(Program));

    [Fact]
    public void WriteScheduledSessions_BuiltInProgramAroundBackToRunning_MatchesGolden() =>
        MatchGolden("runners-knee.sessions.json", KneeJson.WriteScheduledSessions(Sessions));

    [Fact]
    public void WriteEnrolment_EnrolmentWithEverything_MatchesGolden() =>
        MatchGolden("bob.enrolment.json", KneeJson.WriteEnrolment(Relapsed));

    [Fact]
    public void ReadEnrolmentFile_Golden_IsTheEnrolment() =>
        KneeJson.ReadEnrolmentFile(GoldenPath("bob.enrolment.json"), Program).Should().Be(Relapsed);

    [Fact]
    public void ReadProgramFile_Golden_IsBuiltInProgram() =>
        KneeJson.ReadProgramFile(GoldenPath("runners-knee.program.json")).Should().Be(Program);

    [Fact]
    public void ReadScheduledSessionsFile_Golden_AreBuiltInProgramsSessions() =>
        KneeJson.ReadScheduledSessionsFile(GoldenPath("runners-knee.sessions.json"), Program).Should().Equal(Sessions);

    [Fact]
    public void ReadRoutineFile_Golden_IsBuiltInRoutine() =>
        KneeJson.ReadRoutineFile(GoldenPath("runners-knee.routine.json")).Should().Be(RunnersKnee.Routine);

    [Fact]
    public void ReadCatalogFile_Golden_IsBuiltInCatalog() =>
        KneeJson.ReadCatalogFile(GoldenPath("runners-knee.catalog.json")).Should().Be(RunnersKnee.Catalog);

    [Fact]
    public void ReadPlanFile_Golden_IsBuiltInPlan()
    {
        KneeJson.ReadPlanFile(GoldenPath("runners-knee.plan.json")).Should().Be(SessionScheduler.Default.Schedule(RunnersKnee.Routine));
        KneeJson.ReadPlanFile(GoldenPath("runners-knee.20-min-no-bosu.plan.json")).Should().Be(BudgetPlan);
    }

    [Fact]
    public void WritePlan_BudgetPlan_HoldsEveryKindOfNote()
    {
        // The golden budget plan is meant to show substitutions and adjustments; keep it that way.
        BudgetPlan.Substitutions.Should().NotBeEmpty();
        BudgetPlan.Adjustments.Should().NotBeEmpty();
    }

    private static string GoldenPath(string name) =>
        ProcessTools.Repository("tests/KneeStrength.Tests/Serialization/Golden/" + name);

    private static void MatchGolden(string name, string actual) =>
        Golden.Match("tests/KneeStrength.Tests/Serialization/Golden/" + name, Encoding.UTF8.GetBytes(actual));
}
