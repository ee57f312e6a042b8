using System.Threading.Tasks;

namespace KneeStrength.Cli.Tests;

/// <summary>Every way to get the command line wrong: exit code 2, one line on standard error naming where, nothing on standard output.</summary>
public class ErrorTests
{
    [Theory]
    [InlineData("plan --equipment kettlebell", "--equipment: unknown equipment 'kettlebell'; known ids are band, bosu, step, wall, or 'all' or 'none' (at character 1)")]
    [InlineData("plan --equipment band,kettlebell", "--equipment: unknown equipment 'kettlebell'; known ids are band, bosu, step, wall, or 'all' or 'none' (at character 6)")]
    [InlineData("plan --equipment band,band", "--equipment: equipment 'band' is listed twice (at character 6)")]
    [InlineData("plan --equipment ,band", "--equipment: expected an equipment id between commas (at character 1)")]
    [InlineData("plan --equipment", "--equipment: needs a value (LIST)")]
    [InlineData("plan --minutes 1", "--minutes: a time budget of 1 min is too short for 'runners-knee': the shortest session it allows takes 2 min 45 s.")]
    [InlineData("run --minutes 2", "--minutes: a time budget of 2 min is too short for 'runners-knee': the shortest session it allows takes 2 min 45 s.")]
    [InlineData("plan --minutes 0", "--minutes: expected a whole number of minutes from 1 to 1440, but got '0'")]
    [InlineData("plan --minutes 1441", "--minutes: expected a whole number of minutes from 1 to 1440, but got '1441'")]
    [InlineData("plan --minutes 2.5", "--minutes: expected a whole number of minutes from 1 to 1440, but got '2.5'")]
    [InlineData("plan --minutes abc", "--minutes: expected a whole number of minutes from 1 to 1440, but got 'abc'")]
    [InlineData("plan --minutes", "--minutes: needs a value (N)")]
    [InlineData("plan --minutes 3 --minutes 4", "--minutes: option '--minutes' expects a single argument but 2 were provided")]
    [InlineData("run --speed 0", "--speed: expected a number from 0.1 to 10000, such as 60, but got '0'")]
    [InlineData("run --speed -1", "--speed: expected a number from 0.1 to 10000, such as 60, but got '-1'")]
    [InlineData("run --speed fast", "--speed: expected a number from 0.1 to 10000, such as 60, but got 'fast'")]
    [InlineData("plan --foo", "knee plan: unrecognized command or argument '--foo'")]
    [InlineData("plan today", "knee plan: unrecognized command or argument 'today'")]
    [InlineData("run --no-input=yes", "knee run: unrecognized command or argument 'yes'")]
    [InlineData("stretch", "knee: unrecognized command or argument 'stretch'")]
    [InlineData("", "knee: a command is needed: catalog, routine, plan, run, enrol, schedule, log, today, progress, pictures, sheet or fhir (see 'knee --help')")]
    [InlineData("log --pain-during 11 --journal x.jsonl", "--pain-during: expected a whole number of points from 0 to 10, but got '11'")]
    [InlineData("log --completed maybe --journal x.jsonl", "--completed: expected all, partial or none, but got 'maybe'")]
    [InlineData("log --run-minutes 20 --journal x.jsonl", "--run-minutes: goes with --run-minutes and --running-pain together")]
    [InlineData("log --next-morning 2 --pain-during 1 --journal x.jsonl", "--next-morning: is logged on its own: the morning after a session, not with a session or a run")]
    [InlineData("log --run-minutes 601 --running-pain 1 --journal x.jsonl", "--run-minutes: expected a whole number of minutes from 1 to 600, but got '601'")]
    [InlineData("today --journal /tmp", "--journal: '/tmp' is a directory")]
    [InlineData("today --date 2026-13-01 --journal x.jsonl", "--date: expected a date as YYYY-MM-DD, such as 2025-03-01, but got '2026-13-01'")]
    [InlineData("schedule --time 7 --ics x.ics", "--time: expected a time of day as HH:MM, such as 07:30, but got '7'")]
    [InlineData("schedule --time 07:00", "--time: only goes with --ics FILE")]
    [InlineData("schedule --time-zone Europe/Berlin", "--time-zone: only goes with --ics FILE")]
    [InlineData("schedule --ics x.ics --time-zone Europe/Berlin", "--time-zone: needs --time: all-day events have no time zone")]
    [InlineData("schedule --ics x.ics --time 07:00 --time-zone Mars/Olympus", "--time-zone: expected an IANA time zone such as Europe/Berlin, but got 'Mars/Olympus'")]
    [InlineData("schedule --ics x.ics --json", "--ics: cannot be combined with --json; choose one")]
    [InlineData("plan --fit x.fit --json", "--fit: cannot be combined with --json; choose one")]
    [InlineData("plan --fit", "--fit: needs a value (FILE)")]
    [InlineData("plan @/dev/zero", "knee plan: unrecognized command or argument '@/dev/zero'")]
    [InlineData("plan --routine", "--routine: needs a value (FILE)")]
    [InlineData("run --speed 0.09", "--speed: expected a number from 0.1 to 10000, such as 60, but got '0.09'")]
    [InlineData("run --speed 1e-300", "--speed: expected a number from 0.1 to 10000, such as 60, but got '1e-300'")]
    [InlineData("run --speed 0.0000000000000000000001", "--speed: expected a number from 0.1 to 10000, such as 60, but got '0.0000000000000000000001'")]
    public async Task Knee_BadCommandLine_ExitsWithCode2AndOneLine(string commandLine, string message)
    {
        var result = await KneeProcess.RunAsync(commandLine.Length == 0 ? [] : commandLine.Split(' '));

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(message + "\n");
    }
}
