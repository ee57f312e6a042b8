using System;
using System.Linq;
using System.Text;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Tracking;

public class JournalTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static SessionLog Done(DateOnly date, SessionCompletion completion = SessionCompletion.All, int? during = 1) =>
        new(date, "runners-knee", completion, painBefore: 1, painDuring: during, painAfter: 1);

    [Fact]
    public void Constructor_LogsInAnyOrder_AreKeptInDateOrder()
    {
        var journal = new Journal([Done(Monday.AddDays(2)), Done(Monday), Done(Monday.AddDays(1))]);

        journal.Select(l => l.Date).Should().Equal(Monday, Monday.AddDays(1), Monday.AddDays(2));
        (journal == new Journal([Done(Monday), Done(Monday.AddDays(1)), Done(Monday.AddDays(2))])).Should().BeTrue();
    }

    [Fact]
    public void Constructor_TwoLogsOnADay_ThrowsNamingTheDay()
    {
        var act = () => new Journal([Done(Monday), Done(Monday, SessionCompletion.Partial)]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("logs")
            .WithMessage("Two logs are for 2026-03-02; a journal holds one a day (With replaces it).*");
    }

    [Fact]
    public void With_LogOfADayAlreadyLogged_ReplacesIt()
    {
        var journal = new Journal([Done(Monday), Done(Monday.AddDays(2))]);
        var morning = journal.Find(Monday)!.WithNextMorningPain(2);

        var changed = journal.With(morning).With(Done(Monday.AddDays(1)));

        changed.Select(l => l.Date).Should().Equal(Monday, Monday.AddDays(1), Monday.AddDays(2));
        changed.Find(Monday)!.PainNextMorning.Should().Be(2);
        journal.Find(Monday)!.PainNextMorning.Should().BeNull("a journal is immutable");
    }

    [Fact]
    public void Between_HalfOpenRange_GivesTheLogsInIt()
    {
        var journal = new Journal([Done(Monday), Done(Monday.AddDays(1)), Done(Monday.AddDays(5))]);

        journal.Between(Monday.AddDays(1), Monday.AddDays(5)).ToArray().Select(l => l.Date).Should().Equal(Monday.AddDays(1));
        journal.Between(Monday, Monday).ToArray().Should().BeEmpty();
    }

    [Fact]
    public void Adherence_AWeekOfDailySessions_CountsDoneStreaksAndTrend()
    {
        var enrolment = new Enrolment("ann", RunnersKnee.Program, Monday);
        var journal = new Journal(
        [
            Done(Monday, during: 4),
            Done(Monday.AddDays(1), SessionCompletion.Partial, during: 3),
            Done(Monday.AddDays(3), during: 2),
            Done(Monday.AddDays(4), during: 1),
            Done(Monday.AddDays(5), SessionCompletion.None, during: null),
        ]);

        var adherence = journal.Adherence(enrolment, Monday, Monday.AddDays(7));

        adherence.Planned.Should().Be(7);
        adherence.DoneFully.Should().Be(3);
        adherence.DonePartly.Should().Be(1);
        adherence.Missed.Should().Be(3);
        adherence.LongestStreak.Should().Be(2);
        adherence.CurrentStreak.Should().Be(0);
        adherence.AveragePainDuring.Should().Be(2.5);
        adherence.PainTrendPerWeek.Should().BeApproximately(-4.9, 1e-9, "pain 4, 3, 2, 1 on days 0, 1, 3, 4: least squares -0.7 a day");
    }

    [Fact]
    public void SessionLog_PainOutsideTheScale_ThrowsNamingTheScore()
    {
        var act = () => new SessionLog(Monday, "runners-knee", SessionCompletion.All, painDuring: 11);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("painDuring")
            .WithMessage("Pain is scored 0 (none) to 10 (worst imaginable); it was 11.*");
    }

    [Fact]
    public void SessionLog_NothingLogged_Throws()
    {
        var act = () => new SessionLog(Monday, null, SessionCompletion.None);

        act.Should().ThrowExactly<ArgumentException>().WithMessage("A log holds a session, a run, a next-morning score, a note or sharp pain.*");
    }

    [Fact]
    public void ExerciseLog_ForAnItem_RefusesMoreThanTwiceThePrescription()
    {
        var item = RunnersKnee.Routine.Items.Single(i => i.Exercise == RunnersKnee.Clamshell);

        ExerciseLog.For(item, ExerciseOutcome.StoppedEarly, 1, 40).Amount.Should().Be(40);
        var act = () => ExerciseLog.For(item, ExerciseOutcome.Completed, 1, 41);
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Fact]
    public void Json_LogWithEverything_RoundTripsOnOneLine()
    {
        var item = RunnersKnee.Routine.Items[0];
        var log = new SessionLog(
            Monday,
            "runners-knee",
            SessionCompletion.Partial,
            [ExerciseLog.Completed(item), new ExerciseLog("single-leg-hop", ExerciseOutcome.Skipped, 0, 0)],
            painBefore: 1,
            painDuring: 3,
            painAfter: 2,
            painNextMorning: 1,
            run: new RunLog(25, 2),
            note: "Windy, but fine: «ça va».");

        string line = KneeJson.WriteSessionLogLine(log);

        line.Should().NotContain("\n").And.StartWith("{\"formatVersion\":1,\"date\":\"2026-03-02\",");
        KneeJson.ReadSessionLog(line).Should().Be(log);
        KneeJson.ReadSessionLog(KneeJson.WriteSessionLog(log)).Should().Be(log);
    }

    [Fact]
    public void Json_Journal_RoundTrips()
    {
        var journal = new Journal([Done(Monday), new SessionLog(Monday.AddDays(1), null, SessionCompletion.None, run: new RunLog(30, 1))]);

        (KneeJson.ReadJournal(KneeJson.WriteJournal(journal)) == journal).Should().BeTrue();
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee" }""", "A session (routineId) needs 'completion': all, partial or none.", "$")]
    [InlineData("""{ "formatVersion": 1, "date": "2026-03-02", "completion": "all", "note": "x" }""", "A day without a session (no routineId) has no completion.", "$.completion")]
    [InlineData("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee", "completion": "all", "painDuring": 12 }""", "Pain is scored 0 (none) to 10 (worst imaginable); it was 12.", "$.painDuring")]
    [InlineData("""{ "formatVersion": 1, "date": "2026-03-02", "run": { "minutes": 0, "pain": 1 } }""", "Value must be between 1 and 600, inclusive; it was 0.", "$.run.minutes")]
    public void ReadSessionLog_BadLog_NamesTheProblemAndPath(string json, string problem, string path)
    {
        var read = () => KneeJson.ReadSessionLog(json);

        var error = read.Should().Throw<KneeJsonException>().Which;
        error.Problem.Should().Be(problem);
        error.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee" }""", "A session (routineId) needs 'completion': all, partial or none.", "$")]
    [InlineData("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee", "completion": "all", "painDuring": 12 }""", "Pain is scored 0 (none) to 10 (worst imaginable); it was 12.", "$.painDuring")]
    public void ReadSessionLog_Utf8BadLog_NamesTheProblemAndPathAsTheTextReaderDoes(string json, string problem, string path)
    {
        var read = () => KneeJson.ReadSessionLog(Encoding.UTF8.GetBytes(json));

        var error = read.Should().Throw<KneeJsonException>().Which;
        error.Problem.Should().Be(problem);
        error.Path.Should().Be(path);
    }

    [Fact]
    public void ReadSessionLog_Utf8_ReadsWhatTheLineWriterWrote()
    {
        var log = new SessionLog(Monday, "runners-knee", SessionCompletion.Partial, painBefore: 1, painDuring: 2, note: "Stairs felt fine é");
        byte[] line = Encoding.UTF8.GetBytes(KneeJson.WriteSessionLogLine(log));

        KneeJson.ReadSessionLog(line).Should().Be(log);
        KneeJson.ReadSessionLog([0xEF, 0xBB, 0xBF, .. line]).Should().Be(log, "a byte-order mark is not part of the document");
    }

    [Fact]
    public void ReadSessionLog_Utf8NotUtf8_SaysWhichByte()
    {
        byte[] line = Encoding.UTF8.GetBytes("""{ "formatVersion": 1, "date": "2026-03-02", "note": "ab" }""");
        line[^4] = 0xFF;

        var error = FluentActions.Invoking(() => KneeJson.ReadSessionLog(line)).Should().Throw<KneeJsonException>().Which;

        error.Problem.Should().Contain("not valid UTF-8").And.Contain("0xFF");
        error.Column.Should().Be(line.Length - 3);
    }

    [Fact]
    public void ReadSessionLog_Utf8OverTheLimit_IsRefusedBeforeReading()
    {
        byte[] line = Encoding.UTF8.GetBytes(KneeJson.WriteSessionLogLine(Done(Monday)));

        var read = () => KneeJson.ReadSessionLog(line, new KneeJsonReaderOptions(maxBytes: line.Length - 1));

        read.Should().Throw<KneeJsonException>().Which.Problem.Should().Be($"The document is larger than the limit of {line.Length - 1} bytes.");
    }
}
