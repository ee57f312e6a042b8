using System;
using System.IO;
using System.Text;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using static KneeStrength.Tests.Serialization.KneeJsonStrictReadingTests;

namespace KneeStrength.Tests.Serialization;

/// <summary>The rules of enrolment documents beyond their shape, each at its exact place.</summary>
public class KneeJsonEnrolmentReadingTests
{
    private static readonly TrainingProgram Program = RunnersKnee.Program;

    // One member a line: line 4 is programId, 6 the events, 7 sessionSeconds, 8 equipment.
    private const string Document = """
        {
          "formatVersion": 1,
          "id": "ann",
          "programId": "runners-knee",
          "start": "2026-03-02",
          "events": [{ "date": "2026-03-20", "kind": "backToRunning" }, { "date": "2026-05-01", "kind": "backToTreatment" }],
          "sessionSeconds": 1200,
          "equipment": ["band", "step"]
        }

        """;

    private static readonly Enrolment Expected = new(
        "ann",
        Program,
        new DateOnly(2026, 3, 2),
        [EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20)), EnrolmentEvent.BackToTreatment(new DateOnly(2026, 5, 1))],
        TimeSpan.FromSeconds(1200),
        new SessionOptions(equipment: new EquipmentSet([Equipment.LoopBand, Equipment.Step])));

    [Fact]
    public void ReadEnrolment_ValidDocument_IsTheEnrolment()
    {
        KneeJson.ReadEnrolment(Document, Program).Should().Be(Expected);
        KneeJson.ReadEnrolment(new MemoryStream(Encoding.UTF8.GetBytes(Document)), Program).Should().Be(Expected);
        KneeJson.ReadEnrolment(KneeJson.WriteEnrolment(Expected), Program).Should().Be(Expected);
    }

    [Fact]
    public void ReadEnrolment_OnlyTheRequiredMembers_IsAPlainEnrolment() =>
        KneeJson.ReadEnrolment("""{ "formatVersion": 1, "id": "bob", "programId": "runners-knee", "start": "2026-03-02" }""", Program)
            .Should().Be(new Enrolment("bob", Program, new DateOnly(2026, 3, 2)));

    [Fact]
    public void WriteEnrolment_DefaultsLeftOut_WritesOnlyWhatDiffers()
    {
        string json = KneeJson.WriteEnrolment(new Enrolment("bob", Program, new DateOnly(2026, 3, 2)));

        json.Should().NotContain("events").And.NotContain("sessionSeconds").And.NotContain("equipment").And.NotContain("firstSide").And.NotContain("rangeBound");
        json.Should().Contain("\"programId\": \"runners-knee\"");
    }

    // Each case: what to replace, the problem, its path, its line, and the text (the n-th occurrence on the line) it points at.
    public static TheoryData<string, string, string, string, int, string, int> Rules => new()
    {
        { "\"programId\": \"runners-knee\"", "\"programId\": \"knees\"", "The enrolment is on program 'knees', not on 'runners-knee', the program given to read it with.", "$.programId", 4, "\"knees\"", 1 },
        { "[\"band\", \"step\"]", "[\"band\", \"rope\"]", "Unknown equipment 'rope'; the program and the well-known pieces define band, bosu, step, wall.", "$.equipment[1]", 8, "\"rope\"", 1 },
        { "[\"band\", \"step\"]", "[\"band\", \"band\"]", "Equipment 'band' is listed twice.", "$.equipment[1]", 8, "\"band\"", 2 },
        { "\"2026-03-20\"", "\"2026-03-01\"", "The event is on 2026-03-01, before the enrolment's start, 2026-03-02.", "$.events[0].date", 6, "\"2026-03-01\"", 1 },
        { "\"2026-05-01\"", "\"2026-03-20\"", "Two events are on 2026-03-20; an enrolment holds one a day.", "$.events[1].date", 6, "\"2026-03-20\"", 2 },
        { "\"sessionSeconds\": 1200", "\"sessionSeconds\": 0", "A session budget is 1 to 86400 seconds.", "$.sessionSeconds", 7, "0", 1 },
        { "\"sessionSeconds\": 1200", "\"sessionSeconds\": 86401", "A session budget is 1 to 86400 seconds.", "$.sessionSeconds", 7, "86401", 1 },
        { "\"id\": \"ann\"", "\"id\": \"Ann\"", "'Ann' is not a valid id: use 1 to 64 lower-case letters and digits in words joined by single hyphens, such as 'side-steps'.", "$.id", 3, "\"Ann\"", 1 },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void ReadEnrolment_DocumentBreaksRule_ReportsProblemPathLineAndColumn(string find, string replace, string problem, string path, int line, string at, int occurrence)
    {
        string json = Document.Replace(find, replace, StringComparison.Ordinal);
        string text = json.Split('\n')[line - 1];
        int column = -1;
        for (int i = 0; i < occurrence; i++)
        {
            column = text.IndexOf(at, column + 1, StringComparison.Ordinal);
        }

        ShouldFail(() => KneeJson.ReadEnrolment(json, Program), problem, path, line, column + 1);
    }

    [Fact]
    public void ReadEnrolment_EventPastTheTenYears_IsRefusedAtTheEvents()
    {
        string json = Document.Replace("\"2026-05-01\"", "\"2036-03-02\"", StringComparison.Ordinal);

        var e = Assert.Throws<KneeJsonException>(() => KneeJson.ReadEnrolment(json, Program));

        e.Problem.Should().Be("The event '2036-03-02 back to treatment' falls outside the enrolment, which runs from 2026-03-02 to 2036-03-01.");
        e.Path.Should().Be("$.events");
        e.LineNumber.Should().Be(6);
    }

    [Fact]
    public void ReadEnrolment_StartTooLate_IsRefusedAtTheStart()
    {
        string json = """{ "formatVersion": 1, "id": "bob", "programId": "runners-knee", "start": "9990-01-01" }""";

        var e = Assert.Throws<KneeJsonException>(() => KneeJson.ReadEnrolment(json, Program));

        e.Problem.Should().Be("An enrolment must start on or before 9989-12-31, so that its 10 years fit in the calendar.");
        e.Path.Should().Be("$.start");
    }

    [Theory]
    [InlineData("\"kind\": \"backToRunning\"", "\"kind\": \"relapse\"", "$.events[0].kind")]
    [InlineData("\"firstSide\"", "\"firstSide\"", "$.firstSide")]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 2", "$.formatVersion")]
    [InlineData("\"sessionSeconds\": 1200", "\"sessionSeconds\": 1200, \"sessions\": 3", "$.sessions")]
    public void ReadEnrolment_BadShape_NamesThePath(string find, string replace, string path)
    {
        string json = find == "\"firstSide\""
            ? Document.Replace("\"sessionSeconds\": 1200", "\"sessionSeconds\": 1200, \"firstSide\": \"middle\"", StringComparison.Ordinal)
            : Document.Replace(find, replace, StringComparison.Ordinal);

        var e = Assert.Throws<KneeJsonException>(() => KneeJson.ReadEnrolment(json, Program));

        e.Path.Should().Be(path);
    }

    [Fact]
    public void ReadEnrolment_NullProgram_Throws() =>
        FluentActions.Invoking(() => KneeJson.ReadEnrolment(Document, null!)).Should().Throw<ArgumentNullException>();
}
