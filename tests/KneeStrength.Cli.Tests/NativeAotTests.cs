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
    [InlineData("schedule --json --start 2025-03-05")]
    [InlineData("plan --routine /nonexistent/routine.json")]
    [InlineData("schedule --start 2025-03-05 --weeks 8")]
    [InlineData("schedule --start 2025-03-05 --back-to-running 2025-03-05")]
    [InlineData("plan --equipment kettlebell")]
    [InlineData("plan --minutes 1")]
    [InlineData("run --speed 0")]
    [InlineData("stretch")]
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
}
