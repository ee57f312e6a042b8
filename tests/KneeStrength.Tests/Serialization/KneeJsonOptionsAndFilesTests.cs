using System;
using System.IO;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;

namespace KneeStrength.Tests.Serialization;

public class KneeJsonOptionsAndFilesTests
{
    [Fact]
    public void KneeJsonReaderOptions_Default_HasDocumentedLimits()
    {
        KneeJsonReaderOptions.Default.MaxBytes.Should().Be(4 * 1024 * 1024);
        KneeJsonReaderOptions.Default.MaxDepth.Should().Be(32);
    }

    [Theory]
    [InlineData(0, 32, "maxBytes")]
    [InlineData(KneeJsonReaderOptions.MaxMaxBytes + 1, 32, "maxBytes")]
    [InlineData(1024, 0, "maxDepth")]
    [InlineData(1024, KneeJsonReaderOptions.MaxMaxDepth + 1, "maxDepth")]
    public void KneeJsonReaderOptions_LimitOutOfRange_ThrowsNamingIt(int maxBytes, int maxDepth, string parameter) =>
        Assert.Throws<ArgumentOutOfRangeException>(parameter, () => new KneeJsonReaderOptions(maxBytes, maxDepth));

    [Fact]
    public void KneeJsonException_Created_ComposesMessageFromProblemAndPlace()
    {
        var e = new KneeJsonException("Something is wrong.", "$.items[0]", 3, 7);
        new { e.Message, e.Problem, e.Path, e.LineNumber, e.Column }.Should().Be(new
        {
            Message = "Something is wrong. (at $.items[0], line 3, column 7)",
            Problem = "Something is wrong.",
            Path = "$.items[0]",
            LineNumber = 3,
            Column = 7,
        });
    }

    [Fact]
    public void KneeJsonException_PlaceBeforeTheStart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("lineNumber", () => new KneeJsonException("x", "$", 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>("column", () => new KneeJsonException("x", "$", 1, 0));
        Assert.Throws<ArgumentNullException>("problem", () => new KneeJsonException(null!, "$", 1, 1));
    }

    [Fact]
    public void WriteFiles_EveryDocument_ReadsBackFromTheFile()
    {
        string directory = Path.Combine(Path.GetTempPath(), "kneestrength-files-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);
            var program = RunnersKnee.Program;
            var enrolment = new Enrolment("ann", program, new DateOnly(2026, 3, 2), [EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20))], TimeSpan.FromMinutes(15));
            var sessions = ProgramScheduler.Default.GetSessions(enrolment, enrolment.Start, enrolment.Start.AddDays(60)).ToArray();
            var log = new KneeStrength.Tracking.SessionLog(enrolment.Start, "runners-knee", KneeStrength.Tracking.SessionCompletion.All, painDuring: 1, painAfter: 1, sharpPain: true);
            var journal = new KneeStrength.Tracking.Journal([log, new KneeStrength.Tracking.SessionLog(enrolment.Start.AddDays(1), null, KneeStrength.Tracking.SessionCompletion.None, run: new KneeStrength.Tracking.RunLog(20, 1))]);
            string Path(string name) => System.IO.Path.Combine(directory, name);

            KneeJson.WriteRoutineFile(Path("r.json"), RunnersKnee.Routine);
            KneeJson.WriteCatalogFile(Path("c.json"), RunnersKnee.Catalog);
            KneeJson.WritePlanFile(Path("p.json"), plan);
            KneeJson.WriteProgramFile(Path("g.json"), program);
            KneeJson.WriteScheduledSessionsFile(Path("s.json"), sessions);
            KneeJson.WriteEnrolmentFile(Path("e.json"), enrolment);
            KneeJson.WriteSessionLogFile(Path("l.json"), log);
            KneeJson.WriteJournalFile(Path("j.json"), journal);

            KneeJson.ReadRoutineFile(Path("r.json")).Should().Be(RunnersKnee.Routine);
            KneeJson.ReadCatalogFile(Path("c.json")).Should().Be(RunnersKnee.Catalog);
            KneeJson.ReadPlanFile(Path("p.json")).Should().Be(plan);
            KneeJson.ReadProgramFile(Path("g.json")).Should().Be(program);
            KneeJson.ReadScheduledSessionsFile(Path("s.json"), program).Should().Equal(sessions);
            KneeJson.ReadEnrolmentFile(Path("e.json"), program).Should().Be(enrolment);
            File.ReadAllText(Path("e.json")).Should().Be(KneeJson.WriteEnrolment(enrolment));
            KneeJson.ReadSessionLogFile(Path("l.json")).Should().Be(log);
            KneeJson.ReadJournalFile(Path("j.json")).Should().Equal(journal);
            File.ReadAllText(Path("p.json")).Should().Be(KneeJson.WritePlan(plan));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void WriteRoutineFile_ExistingFile_IsReplaced()
    {
        string file = Path.Combine(Path.GetTempPath(), "kneestrength-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(file, new string('x', 100_000));
            KneeJson.WriteRoutineFile(file, RunnersKnee.Routine);
            File.ReadAllText(file).Should().Be(KneeJson.WriteRoutine(RunnersKnee.Routine));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ReadPlan_StreamAfterOtherData_ReadsFromItsPosition()
    {
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);
        using var stream = new MemoryStream();
        stream.Write("ignored"u8);
        KneeJson.WritePlan(stream, plan);
        stream.Position = "ignored"u8.Length;
        KneeJson.ReadPlan(stream).Should().Be(plan);
    }
}
