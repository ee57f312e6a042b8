using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using KneeStrength.Serialization;

using KneeStrength.Testing;

namespace KneeStrength.Cli.Tests;

/// <summary><c>knee log</c>, <c>today</c> and <c>progress</c> over a journal file, and the file's durability.</summary>
public sealed class JournalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knee-journal-").FullName;

    private string Journal => Path.Combine(_folder, "journal.jsonl");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<KneeResult> Knee(params string[] args) => KneeProcess.RunAsync([.. args, "--journal", Journal]);

    /// <summary>today's lines with each wrapped reason joined back into one line.</summary>
    private static string[] Unwrapped(KneeResult result) => result.Output.Replace("\n  ", " ", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    private async Task LogCalm(string date)
    {
        (await Knee("log", "--date", date, "--completed", "all", "--pain-before", "1", "--pain-during", "1", "--pain-after", "1", "--no-input")).ExitCode.Should().Be(0);
        (await Knee("log", "--date", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--next-morning", "1")).ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Today_AfterThreeCalmSessions_SaysOneStepHarderWithTheReason()
    {
        await LogCalm("2026-03-02");
        await LogCalm("2026-03-03");
        await LogCalm("2026-03-04");

        var text = await Knee("today", "--date", "2026-03-05");
        var json = await Knee("today", "--date", "2026-03-05", "--json");

        text.ExitCode.Should().Be(0);
        text.Lines[0].Should().Be("Thursday 2026-03-05: a session day (Daily treatment).");
        text.Lines[1..3].Should().Equal(
            "- Completed with pain 1/10 during, settled an hour after and calm the next morning. 3 calm sessions in a row: one step",
            "  harder.");
        text.Lines.Should().Contain("- Clamshell: 20 reps per side -> 22 reps per side.");
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        root.GetProperty("date").GetString().Should().Be("2026-03-05");
        root.GetProperty("phase").GetString().Should().Be("treatment");
        root.GetProperty("level").GetInt32().Should().Be(1);
        root.GetProperty("decisions")[0].GetProperty("kind").GetString().Should().Be("progress");
        var routine = KneeJson.ReadRoutine(root.GetProperty("routine").GetRawText());
        routine.Items.Single(i => i.Exercise.Id == "clamshell").Dosage.RepetitionCount.Should().Be(22);
    }

    [Fact]
    public async Task Today_ThreeCalmSessionsWithoutPainBefore_Progresses()
    {
        // The issue's scenario: no --pain-before ever; the morning before a session is the last next-morning score.
        foreach (string date in new[] { "2026-03-02", "2026-03-03", "2026-03-04" })
        {
            var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
            (await Knee("log", "--date", date, "--pain-during", "1", "--pain-after", "1", "--no-input")).ExitCode.Should().Be(0);
            (await Knee("log", "--date", day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--next-morning", "1")).ExitCode.Should().Be(0);
        }

        var today = await Knee("today", "--date", "2026-03-05");
        var json = await Knee("today", "--date", "2026-03-05", "--json");

        today.ExitCode.Should().Be(0, today.Error);
        today.Output.Should().NotContain("Holding the same session");
        // The reason wraps at 120 columns, its later lines indented by two spaces.
        Unwrapped(today)[1].Should().EndWith("one step harder.");
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("level").GetInt32().Should().Be(1);
        document.RootElement.GetProperty("decisions")[0].GetProperty("kind").GetString().Should().Be("progress");
    }

    [Fact]
    public async Task Log_FirstLog_EnrolsFromItsDayAndLaterLogsBeforeItAreRefused()
    {
        var first = await Knee("log", "--date", "2026-03-02", "--pain-during", "1", "--no-input");
        var before = await Knee("log", "--date", "2026-03-01", "--pain-during", "1", "--no-input");

        first.ExitCode.Should().Be(0, first.Error);
        first.Lines[0].Should().Be($"Enrolled on 'runners-knee' from 2026-03-02 in '{Path.Combine(_folder, "enrolment.json")}'; 'knee enrol' changes the start, the events and the minutes.");
        var enrolment = KneeJson.ReadEnrolmentFile(Path.Combine(_folder, "enrolment.json"), KneeStrength.Catalog.RunnersKnee.Program);
        enrolment.Start.Should().Be(new DateOnly(2026, 3, 2));
        enrolment.Id.Should().MatchRegex("^[0-9a-f]{32}$", "a random 128-bit id in lowercase hex");
        before.ExitCode.Should().Be(2);
        before.Error.Should().Be("--date: 2026-03-01 is before the enrolment's start, 2026-03-02; 'knee enrol --start DATE' moves the start\n");
        (await File.ReadAllLinesAsync(Journal, TestContext.Current.CancellationToken)).Should().HaveCount(1);
    }

    [Fact]
    public async Task Today_NoEnrolment_SaysHowToMakeOne()
    {
        var result = await Knee("today", "--date", "2026-03-02");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"knee: no enrolment yet ('{Path.Combine(_folder, "enrolment.json")}', beside the journal): 'knee enrol --start YYYY-MM-DD' makes one, and so does the first 'knee log'\n");
    }

    [Theory]
    [InlineData("today", "--date", "--date: the enrolment starts on 2026-03-02; 2026-03-01 is before it")]
    [InlineData("progress", "--to", "--to: the enrolment starts on 2026-03-02; 2026-03-01 is before it")]
    public async Task TodayAndProgress_BeforeTheStart_AreUsageErrors(string command, string option, string message)
    {
        (await Knee("enrol", "--start", "2026-03-02")).ExitCode.Should().Be(0);

        var result = await Knee(command, option, "2026-03-01");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(message + "\n");
    }

    [Fact]
    public async Task Log_NextMorningAfterARunOnlyDay_IsAddedToTheRun()
    {
        (await Knee("enrol", "--start", "2026-03-02")).ExitCode.Should().Be(0);
        (await Knee("log", "--date", "2026-03-04", "--run-minutes", "20", "--running-pain", "2")).ExitCode.Should().Be(0);

        var morning = await Knee("log", "--date", "2026-03-05", "--next-morning", "1");

        morning.ExitCode.Should().Be(0, morning.Error);
        var last = KneeJson.ReadSessionLog((await File.ReadAllLinesAsync(Journal, TestContext.Current.CancellationToken))[^1]);
        last.Date.Should().Be(new DateOnly(2026, 3, 4));
        last.PainNextMorning.Should().Be(1);
        last.Run.Should().Be(new KneeStrength.Tracking.RunLog(20, 2), "the morning score is added to the run's day and keeps the run");
        last.HasSession.Should().BeFalse();
    }

    [Fact]
    public async Task Today_AfterSharpPain_SaysSeeAClinicianFirst()
    {
        (await Knee("log", "--date", "2026-03-02", "--pain-during", "3", "--sharp-pain", "--note", "sharp pain on step-ups", "--no-input")).ExitCode.Should().Be(0);

        var today = await Knee("today", "--date", "2026-03-03");
        var json = await Knee("today", "--date", "2026-03-03", "--json");

        today.ExitCode.Should().Be(0, today.Error);
        today.Lines[1].Should().StartWith("! SEE A CLINICIAN: ").And.Contain("see a clinician");
        KneeJson.ReadSessionLog((await File.ReadAllLinesAsync(Journal, TestContext.Current.CancellationToken))[^1]).SharpPain.Should().BeTrue();
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("decisions")[0].GetProperty("kind").GetString().Should().Be("seeClinician");
    }

    [Fact]
    public async Task Today_BeforeTheNextMorningIsLogged_SaysTheAnswerIsProvisional()
    {
        (await Knee("log", "--date", "2026-03-02", "--pain-during", "6", "--pain-after", "4", "--no-input")).ExitCode.Should().Be(0);

        var today = await Knee("today", "--date", "2026-03-03");

        today.ExitCode.Should().Be(0, today.Error);
        var json = await Knee("today", "--date", "2026-03-03", "--json");
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("provisional").GetBoolean().Should().BeTrue();
        Unwrapped(today).Should().Contain(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("rovisional", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Today_RestDay_SaysWhenTheNextSessionIs()
    {
        (await Knee("enrol", "--start", "2026-03-02", "--back-to-running", "2026-03-03")).ExitCode.Should().Be(0);

        var today = await Knee("today", "--date", "2026-03-05");

        today.ExitCode.Should().Be(0, today.Error);
        today.Lines[0].Should().Be("Thursday 2026-03-05: a rest day (Weekly prevention); the next session is on Wednesday 2026-03-11.");
        today.Lines.Should().Contain("- No session on Thursday 2026-03-05 (Weekly prevention): the next one is on Wednesday 2026-03-11.");
    }

    [Fact]
    public async Task Program_FileOfTheEnrolment_IsUsedAndAnotherIsAUsageErrorNamingTheOption()
    {
        string mine = Path.Combine(_folder, "mine.json"), other = Path.Combine(_folder, "other.json"), broken = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(mine, KneeJson.WriteProgram(ProgramWithId("my-knee")), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(other, KneeJson.WriteProgram(ProgramWithId("other-knee")), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(broken, "{", TestContext.Current.CancellationToken);
        (await Knee("enrol", "--start", "2026-03-02", "--program", mine)).ExitCode.Should().Be(0);

        var kept = await Knee("today", "--date", "2026-03-03");
        var named = await Knee("today", "--date", "2026-03-03", "--program", mine);
        var wrong = await Knee("today", "--date", "2026-03-03", "--program", other);
        var wrongLog = await Knee("log", "--date", "2026-03-03", "--pain-during", "1", "--no-input", "--program", other);
        var bad = await Knee("schedule", "--program", broken);
        var builtIn = new KneeFolder();
        await builtIn.EnrolAsync("--start", "2026-03-02");
        var wrongForBuiltIn = await builtIn.Knee("progress", "--to", "2026-03-03", "--program", mine);
        builtIn.Dispose();

        kept.ExitCode.Should().Be(0, kept.Error);
        kept.Lines[0].Should().Be("Tuesday 2026-03-03: a session day (daily).");
        named.Output.Should().Be(kept.Output);
        string enrolment = Path.Combine(_folder, "enrolment.json");
        wrong.ExitCode.Should().Be(2);
        wrong.Error.Should().Be($"--program: '{other}' holds program 'other-knee', but the enrolment '{enrolment}' is on program 'my-knee'\n");
        wrongLog.Error.Should().Be(wrong.Error);
        bad.ExitCode.Should().Be(2);
        bad.Error.Should().StartWith($"--program: '{broken}': ");
        wrongForBuiltIn.ExitCode.Should().Be(2);
        wrongForBuiltIn.Error.Should().StartWith("--program: ").And.Contain("holds program 'my-knee', but the enrolment").And.EndWith("is on program 'runners-knee'\n");
        (await File.ReadAllLinesAsync(Journal, TestContext.Current.CancellationToken).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : [], TestContext.Current.CancellationToken)).Should().BeEmpty("nothing is logged with the wrong program");
    }

    private static KneeStrength.TrainingProgram ProgramWithId(string id) => new(
        id,
        "My knee program",
        [new KneeStrength.ProgramPhase("daily", KneeStrength.Catalog.RunnersKnee.Routine, KneeStrength.ScheduleRule.Daily, KneeStrength.PhaseEnd.Open)]);

    [Fact]
    public async Task Today_AfterARunWithinThePainRules_IsInTheWeeklyPhase()
    {
        await LogCalm("2026-03-02");
        (await Knee("log", "--date", "2026-03-06", "--run-minutes", "20", "--running-pain", "1")).ExitCode.Should().Be(0);

        var today = await Knee("today", "--date", "2026-03-10", "--json");

        using var document = JsonDocument.Parse(today.Output);
        document.RootElement.GetProperty("phase").GetString().Should().Be("prevention");
        document.RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).Should().Contain("advancePhase");
    }

    [Fact]
    public async Task Progress_Json_CountsTheSessionsAndWeeklyPain()
    {
        await LogCalm("2026-03-02");
        await LogCalm("2026-03-04");

        var result = await Knee("progress", "--to", "2026-03-08", "--json");

        result.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("planned").GetInt32().Should().Be(7);
        root.GetProperty("doneFully").GetInt32().Should().Be(2);
        root.GetProperty("missed").GetInt32().Should().Be(5);
        root.GetProperty("weeks")[0].GetProperty("sessions").GetInt32().Should().Be(2);
        root.GetProperty("weeks")[0].GetProperty("averagePainDuring").GetDouble().Should().Be(1);
    }

    [Fact]
    public async Task Run_WithLog_LogsTheSessionAndLogKeepsItWhenAddingPain()
    {
        const string today = "2026-03-02";
        var run = await Knee("run", "--speed", "10000", "--no-input", "--log", "--date", today);
        var pain = await Knee("log", "--date", today, "--pain-during", "2", "--no-input");

        run.ExitCode.Should().Be(0);
        run.Lines[^1].Should().Be($"Logged {today} runners-knee: all, pain -/-/- in '{Journal}'.");
        pain.ExitCode.Should().Be(0);
        var lines = await File.ReadAllLinesAsync(Journal, TestContext.Current.CancellationToken);
        var last = KneeJson.ReadSessionLog(lines[^1]);
        last.Completion.Should().Be(KneeStrength.Tracking.SessionCompletion.All, "the run's completion is kept");
        last.PainDuring.Should().Be(2);
    }

    [Fact]
    public async Task Log_NextMorningWithoutASessionTheDayBefore_IsAUsageErrorNamingTheOption()
    {
        var result = await Knee("log", "--date", "2026-03-05", "--next-morning", "2");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("--next-morning: no session or run is logged on 2026-03-04, the day before 2026-03-05; log it first\n");
        File.Exists(Journal).Should().BeFalse("nothing is written when the command fails");
    }

    [Fact]
    public async Task Read_TornLastLine_IsReportedWithItsNumberSkippedAndDroppedByTheNextWrite()
    {
        await LogCalm("2026-03-02");
        await File.AppendAllTextAsync(Journal, "{\"formatVersion\":1,\"date\":\"2026-03-0", TestContext.Current.CancellationToken);

        var today = await Knee("today", "--date", "2026-03-03");
        var log = await Knee("log", "--date", "2026-03-03", "--completed", "partial", "--no-input");

        today.ExitCode.Should().Be(0);
        today.Error.Should().StartWith($"knee: '{Journal}' line 3 was cut off mid-write and is skipped (");
        log.ExitCode.Should().Be(0);
        log.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            today.Error.TrimEnd('\n'),
            $"knee: '{Journal}' line 3 was cut off mid-write; it is dropped before writing");
        var lines = await File.ReadAllLinesAsync(Journal, TestContext.Current.CancellationToken);
        lines.Should().HaveCount(3);
        lines.Select(l => KneeJson.ReadSessionLog(l).Date.Day).Should().Equal([2, 2, 3], "the session, its next-morning score, and the new log");
    }

    [Fact]
    public async Task Log_LastLineWholeButForItsLineFeed_IsKept()
    {
        await File.WriteAllTextAsync(Journal, "{\"formatVersion\":1,\"date\":\"2026-03-02\",\"note\":\"ok\"}", TestContext.Current.CancellationToken);

        var log = await Knee("log", "--date", "2026-03-03", "--completed", "all", "--no-input");

        log.ExitCode.Should().Be(0);
        log.Error.Should().BeEmpty();
        var lines = await File.ReadAllLinesAsync(Journal, TestContext.Current.CancellationToken);
        lines.Select(l => KneeJson.ReadSessionLog(l).Date.Day).Should().Equal(2, 3);
    }

    [Fact]
    public async Task Read_BadLineBeforeTheLast_IsAUsageErrorNamingTheLine()
    {
        await File.WriteAllTextAsync(Journal, "{\"formatVersion\":1,\"date\":\"2026-03-02\",\"note\":\"\"}\n{\"formatVersion\":1,\"date\":\"2026-03-03\",\"note\":\"ok\"}\n", TestContext.Current.CancellationToken);

        var result = await Knee("today", "--date", "2026-03-04");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"--journal: '{Journal}' line 1: ").And.Contain("(at $.note)");
    }

    [Fact]
    public async Task Log_EightAtOnce_KeepsEveryLine()
    {
        // Enrolled first: eight first logs at once would race to enrol, each from its own day.
        (await Knee("enrol", "--start", "2026-03-01")).ExitCode.Should().Be(0);
        var runs = Enumerable.Range(1, 8)
            .Select(day => Knee("log", "--date", $"2026-03-{day:00}", "--completed", "all", "--pain-during", "1", "--no-input"))
            .ToArray();

        var results = await Task.WhenAll(runs);

        results.Should().OnlyContain(r => r.ExitCode == 0);
        var lines = await File.ReadAllLinesAsync(Journal, TestContext.Current.CancellationToken);
        lines.Select(l => KneeJson.ReadSessionLog(l).Date.Day).Order().Should().Equal(1, 2, 3, 4, 5, 6, 7, 8);
    }

    [Fact]
    public async Task Log_ProcessesKilledWhileWriting_LeaveAJournalThatReads()
    {
        (await Knee("enrol", "--start", "2026-04-01")).ExitCode.Should().Be(0);

        // Start writers and kill them at staggered moments: whatever each got to write, the journal still reads,
        // every whole line is a log, and at most a torn last line is skipped.
        var writers = Enumerable.Range(1, 8).Select(day => StartLog("--date", $"2026-04-{day:00}", "--completed", "all", "--pain-during", "2", "--no-input")).ToArray();
        for (int i = 0; i < writers.Length; i++)
        {
            await Task.Delay(40 * i, TestContext.Current.CancellationToken);
            try
            {
                writers[i].Kill();
            }
            catch (InvalidOperationException)
            {
                // It had finished.
            }
        }

        foreach (var writer in writers)
        {
            await writer.WaitForExitAsync(TestContext.Current.CancellationToken);
            writer.Dispose();
        }

        var progress = await Knee("progress", "--to", "2026-04-30", "--json");

        progress.ExitCode.Should().Be(0);
        string text = File.Exists(Journal) ? await File.ReadAllTextAsync(Journal, TestContext.Current.CancellationToken) : string.Empty;
        int whole = text.Count(c => c == '\n');
        using var document = JsonDocument.Parse(progress.Output);
        document.RootElement.GetProperty("doneFully").GetInt32().Should().Be(whole, "every whole line is a session done");
    }

    [Fact]
    public async Task Documents_TodayAndProgress_ValidateAgainstTheirSchemas()
    {
        await LogCalm("2026-03-02");
        var today = await Knee("today", "--date", "2026-03-03", "--json");
        var progress = await Knee("progress", "--to", "2026-03-08", "--json");
        string schemas = Path.Combine(_folder, "schemas");
        Directory.CreateDirectory(schemas);
        foreach (string file in Directory.GetFiles(ProcessTools.Repository("src/KneeStrength/Serialization/Schemas"), "*.schema.json").Concat(Directory.GetFiles(ProcessTools.Repository("samples/KneeStrength.Cli/Schemas"), "*.schema.json")))
        {
            File.Copy(file, Path.Combine(schemas, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(_folder, "today.json"), today.Output, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_folder, "progress.json"), progress.Output, TestContext.Current.CancellationToken);

        today.ExitCode.Should().Be(0, today.Error);
        var (exit, output, error) = await ProcessTools.NodeScript("tests/schema-check", "validate.mjs", TestContext.Current.CancellationToken, schemas, "coaching-day=" + Path.Combine(_folder, "today.json"), "progress=" + Path.Combine(_folder, "progress.json"));

        exit.Should().Be(0, output + error);
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(KneeProcess.Dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private Process StartLog(params string[] args) => Start(["log", .. args, "--journal", Journal]);
}
