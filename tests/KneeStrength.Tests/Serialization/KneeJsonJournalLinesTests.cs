using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using KneeStrength.Serialization;
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Serialization;

/// <summary>The JSON Lines journal: one log a line, appended; a torn last line is skipped and reported, a bad line elsewhere is an error.</summary>
public class KneeJsonJournalLinesTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static SessionLog Log(int day, int during = 1, int? morning = null) =>
        new(Monday.AddDays(day), "runners-knee", SessionCompletion.All, painDuring: during, painAfter: 1, painNextMorning: morning);

    private static string Line(SessionLog log) => KneeJson.WriteSessionLogLine(log) + "\n";

    private static MemoryStream Stream(string text)
    {
        var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(text));
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void ReadJournalLines_WholeLines_ReadEveryLogALaterLineForADayWinning()
    {
        var text = Line(Log(1)) + "\n   \r\n" + Line(Log(0)) + Line(Log(1, during: 4));

        var read = KneeJson.ReadJournalLines(Stream(text));

        read.Journal.Should().Equal(Log(0), Log(1, during: 4));
        read.TornLine.Should().BeNull();
        read.TornProblem.Should().BeNull();
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    [InlineData(-1)]
    public void ReadJournalLines_TornLastLine_IsSkippedAndReported(int cut)
    {
        string last = KneeJson.WriteSessionLogLine(Log(2));
        string torn = cut > 0 ? last[..cut] : last[..^1];
        var text = Line(Log(0)) + Line(Log(1)) + torn;

        var read = KneeJson.ReadJournalLines(Stream(text));

        read.Journal.Should().Equal(Log(0), Log(1));
        read.TornLine.Should().Be(3);
        read.TornProblem.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void ReadJournalLines_WholeLastLineMissingOnlyItsFeed_IsKept()
    {
        var text = Line(Log(0)) + KneeJson.WriteSessionLogLine(Log(1));

        var read = KneeJson.ReadJournalLines(Stream(text));

        read.Journal.Should().Equal(Log(0), Log(1));
        read.TornLine.Should().BeNull();
    }

    [Theory]
    [InlineData("{\"formatVersion\": 1}\n", 2)]
    [InlineData("not json\n", 2)]
    [InlineData("{\"formatVersion\": 1, \"date\": \"2026-03-03\", \"painDuring\": 11}\n", 2)]
    public void ReadJournalLines_BadLineBeforeTheLast_IsAnErrorNamingTheLine(string bad, int line)
    {
        var text = Line(Log(0)) + bad + Line(Log(2));

        var act = () => KneeJson.ReadJournalLines(Stream(text));

        act.Should().Throw<KneeJsonException>().Where(e => e.LineNumber == line)
            .WithMessage($"Line {line} of the journal: *");
    }

    [Fact]
    public void ReadJournalLines_BadLastLineWithItsFeed_IsAnErrorToo() =>
        FluentActions.Invoking(() => KneeJson.ReadJournalLines(Stream(Line(Log(0)) + "{\"formatVersion\": 1}\n")))
            .Should().Throw<KneeJsonException>().Where(e => e.LineNumber == 2);

    [Fact]
    public void AppendJournalLine_AfterATornTail_DropsItAndSaysWhichLine()
    {
        using var stream = Stream(Line(Log(0)) + KneeJson.WriteSessionLogLine(Log(1))[..15]);

        int? dropped = KneeJson.AppendJournalLine(stream, Log(2));

        dropped.Should().Be(2);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Line(Log(0)) + Line(Log(2)));
        stream.Position = 0;
        KneeJson.ReadJournalLines(stream).Journal.Should().Equal(Log(0), Log(2));
    }

    [Fact]
    public void AppendJournalLine_AfterAWholeLineMissingItsFeed_EndsThatLineAndKeepsIt()
    {
        using var stream = Stream(Line(Log(0)) + KneeJson.WriteSessionLogLine(Log(1)));

        int? dropped = KneeJson.AppendJournalLine(stream, Log(2));

        dropped.Should().BeNull();
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Line(Log(0)) + Line(Log(1)) + Line(Log(2)));
    }

    [Fact]
    public void AppendJournalLine_EmptyStream_WritesOneLine()
    {
        using var stream = new MemoryStream();

        KneeJson.AppendJournalLine(stream, Log(0, morning: 2)).Should().BeNull();

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Line(Log(0, morning: 2)));
    }

    [Fact]
    public void AppendJournalLineFile_EightConcurrentWriters_LoseNothing()
    {
        string directory = Path.Combine(Path.GetTempPath(), "kneestrength-lines-" + Guid.NewGuid().ToString("N"));
        string path = Path.Combine(directory, "sub", "journal.jsonl");
        try
        {
            const int Writers = 8, Each = 25;
            Parallel.For(
                0,
                Writers,
                new ParallelOptions { MaxDegreeOfParallelism = Writers },
                w =>
                {
                    for (int i = 0; i < Each; i++)
                    {
                        KneeJson.AppendJournalLineFile(path, Log((w * Each) + i)).Should().BeNull();
                    }
                });

            var read = KneeJson.ReadJournalLinesFile(path);

            read.TornLine.Should().BeNull();
            read.Journal.Should().HaveCount(Writers * Each);
            read.Journal.Select(l => l.Date).Should().Equal(Enumerable.Range(0, Writers * Each).Select(Monday.AddDays));
            File.ReadAllLines(path).Should().HaveCount(Writers * Each);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void ReadJournalLinesFile_NoFile_IsAnEmptyJournal()
    {
        var read = KneeJson.ReadJournalLinesFile(Path.Combine(Path.GetTempPath(), "kneestrength-none-" + Guid.NewGuid().ToString("N") + ".jsonl"));

        read.Journal.Should().BeEmpty();
        read.TornLine.Should().BeNull();
    }

    [Fact]
    public void JournalLines_NullArguments_Throw()
    {
        FluentActions.Invoking(() => KneeJson.ReadJournalLines(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KneeJson.AppendJournalLine(null!, Log(0))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KneeJson.AppendJournalLine(new MemoryStream(), null!)).Should().Throw<ArgumentNullException>();
    }
}
