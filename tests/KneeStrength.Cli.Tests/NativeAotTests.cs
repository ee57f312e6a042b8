using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace KneeStrength.Cli.Tests;

/// <summary>
/// The natively compiled <c>knee</c> prints exactly what the JIT build prints. Runs when <c>KNEE_NATIVE</c> names
/// the native executable (samples/KneeStrength.Cli/check-aot.sh publishes it and sets it); skipped otherwise.
/// </summary>
public class NativeAotTests
{
    [Theory]
    [InlineData("catalog")]
    [InlineData("routine")]
    [InlineData("plan")]
    [InlineData("plan --equipment band,wall --minutes 12 --right-first")]
    [InlineData("run --speed 2000 --no-input --equipment none")]
    [InlineData("plan --help")]
    [InlineData("catalog --json")]
    [InlineData("routine --json")]
    [InlineData("plan --json --minutes 20 --equipment step")]
    [InlineData("plan --routine /nonexistent/routine.json")]
    [InlineData("enrol --start 2025-03-05 --back-to-running 2025-03-04 --journal /nonexistent/journal.jsonl")]
    [InlineData("schedule --journal /nonexistent/journal.jsonl")]
    [InlineData("plan --equipment kettlebell")]
    [InlineData("plan --minutes 1")]
    [InlineData("run --speed 0")]
    [InlineData("stretch")]
    [InlineData("schedule --ics x.ics --time 07:00 --time-zone Mars/Olympus")]
    [InlineData("fhir --help")]
    [InlineData("fhir --journal /nonexistent/journal.jsonl")]
    [InlineData("sheet")]
    [InlineData("sheet --pdf -")]
    [InlineData("--language de catalog")]
    [InlineData("routine --language es")]
    [InlineData("plan --language fr --equipment band,wall --minutes 12")]
    [InlineData("--language xx plan")]
    public async Task Native_SameCommand_PrintsWhatTheJitBuildPrints(string commandLine)
    {
        Assert.SkipWhen(KneeProcess.Native is null, "Set KNEE_NATIVE to the natively compiled knee to compare it.");
        string native = KneeProcess.Native!;
        string[] args = commandLine.Split(' ');

        var jit = await KneeProcess.RunAsync(args);
        var aot = await KneeProcess.RunWithAsync(native, args);

        aot.ExitCode.Should().Be(jit.ExitCode);
        aot.Output.Should().Be(jit.Output);
        aot.Error.Should().Be(jit.Error);
    }

    [Theory]
    [InlineData("schedule --ics - --time 07:00 --time-zone Europe/Berlin")]
    [InlineData("schedule --ics -")]
    public async Task Native_Calendar_IsWhatTheJitBuildWritesButTheStamp(string commandLine)
    {
        Assert.SkipWhen(KneeProcess.Native is null, "Set KNEE_NATIVE to the natively compiled knee to compare it.");
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02");
        string[] args = [.. commandLine.Split(' '), "--journal", knee.Journal];

        var jit = await KneeProcess.RunAsync(args);
        var aot = await KneeProcess.RunWithAsync(KneeProcess.Native!, args);

        aot.ExitCode.Should().Be(0, aot.Error);
        Regex.Replace(aot.Output, "DTSTAMP:[0-9TZ]+", "DTSTAMP:-").Should().Be(Regex.Replace(jit.Output, "DTSTAMP:[0-9TZ]+", "DTSTAMP:-"));
    }

    [Fact]
    public async Task Native_SheetAndPictures_AreWhatTheJitBuildWrites()
    {
        Assert.SkipWhen(KneeProcess.Native is null, "Set KNEE_NATIVE to the natively compiled knee to compare it.");
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02");
        string[] args = ["sheet", "--date", "2026-03-10", "--out", "-", "--journal", knee.Journal];

        var jit = await KneeProcess.RunAsync(args);
        var aot = await KneeProcess.RunWithAsync(KneeProcess.Native!, args);

        aot.ExitCode.Should().Be(0, aot.Error);
        aot.Output.Should().Be(jit.Output).And.Contain("data:image/svg+xml;base64,", "the pictures are resources in the native build too");

        string jitFolder = Path.Combine(knee.Path, "jit"), aotFolder = Path.Combine(knee.Path, "aot");
        (await KneeProcess.RunAsync("pictures", "--out", jitFolder)).ExitCode.Should().Be(0);
        (await KneeProcess.RunWithAsync(KneeProcess.Native!, "pictures", "--out", aotFolder)).ExitCode.Should().Be(0);
        foreach (string file in Directory.GetFiles(jitFolder))
        {
            File.ReadAllBytes(Path.Combine(aotFolder, Path.GetFileName(file))).Should().Equal(File.ReadAllBytes(file));
        }
    }

    [Fact]
    public async Task Native_Workout_IsWhatTheJitBuildWritesButTheClock()
    {
        Assert.SkipWhen(KneeProcess.Native is null, "Set KNEE_NATIVE to the natively compiled knee to compare it.");
        string jitFile = Path.GetTempFileName(), aotFile = Path.GetTempFileName();
        try
        {
            (await KneeProcess.RunAsync("plan", "--equipment", "band,step", "--fit", jitFile)).ExitCode.Should().Be(0);
            (await KneeProcess.RunWithAsync(KneeProcess.Native!, "plan", "--equipment", "band,step", "--fit", aotFile)).ExitCode.Should().Be(0);

            // file_id's serial number and creation time (bytes 41 to 48) come from the clock, and so do the CRCs.
            byte[] jit = File.ReadAllBytes(jitFile), aot = File.ReadAllBytes(aotFile);
            aot.Length.Should().Be(jit.Length);
            aot[49..^2].Should().Equal(jit[49..^2]);
            aot[..41].Should().Equal(jit[..41]);
        }
        finally
        {
            File.Delete(jitFile);
            File.Delete(aotFile);
        }
    }
}
