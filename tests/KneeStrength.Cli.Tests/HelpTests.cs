using System.Linq;
using System.Threading.Tasks;

namespace KneeStrength.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("", "knee [command] [options]")]
    [InlineData("catalog", "knee catalog [options]")]
    [InlineData("routine", "knee routine [options]")]
    [InlineData("plan", "knee plan [options]")]
    [InlineData("run", "knee run [options]")]
    [InlineData("schedule", "knee schedule [options]")]
    [InlineData("enrol", "knee enrol [options]")]
    [InlineData("log", "knee log [options]")]
    [InlineData("today", "knee today [options]")]
    [InlineData("pictures", "knee pictures [options]")]
    [InlineData("sheet", "knee sheet [options]")]
    public async Task Help_EveryCommand_PrintsUsageAndExitsZero(string command, string usage)
    {
        var result = await KneeProcess.RunAsync(command.Length == 0 ? ["--help"] : [command, "--help"]);

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Lines.Should().Contain("Usage:").And.Contain($"  {usage}");
        result.Lines.Max(line => line.Length).Should().BeLessThanOrEqualTo(120);
    }

    [Fact]
    public async Task Help_Root_ListsTheCommands()
    {
        var result = await KneeProcess.RunAsync("--help");

        // Command names stand two spaces in; wrapped descriptions further.
        var commands = result.Lines.SkipWhile(line => line != "Commands:").Skip(1).TakeWhile(line => line.Length > 0)
            .Where(line => line[2] != ' ')
            .Select(line => line.Trim().Split(' ')[0]);
        commands.Should().Equal("catalog", "routine", "plan", "run", "enrol", "schedule", "log", "today", "progress", "pictures", "sheet", "fhir");
    }

    [Fact]
    public async Task Help_Run_NamesTheKeysAndOptions()
    {
        var result = await KneeProcess.RunAsync("run", "--help");

        string.Join(' ', result.Output.Split((char[])[' ', '\n'], System.StringSplitOptions.RemoveEmptyEntries))
            .Should().Contain("Keys: space pauses and resumes, n skips, q quits.");
        foreach (string option in new[] { "--equipment <LIST>", "--minutes <N>", "--right-first", "--speed <X>", "--no-input" })
        {
            result.Output.Should().Contain($"  {option}");
        }
    }
}
