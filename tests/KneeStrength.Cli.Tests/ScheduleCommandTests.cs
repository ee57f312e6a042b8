using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Tests;

public class ScheduleCommandTests
{
    [Fact]
    public async Task Schedule_FromAWednesday_ShowsTwelveWeeksAsACalendar()
    {
        var result = await KneeProcess.RunAsync("schedule", "--start", "2025-03-05");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Lines.Take(3).Should().Equal(
            "Runner's knee: daily treatment, then weekly prevention (runners-knee)",
            "treatment: daily from 2025-03-05 through 2025-04-15 ('runners-knee')",
            "prevention: weekly on Wednesday from 2025-04-16, with no end ('runners-knee')");
        var start = new DateOnly(2025, 3, 5);
        var sessions = Sessions(RunnersKnee.Program(start), start, start.AddDays(84));
        sessions.Should().HaveCount(48, "42 days of treatment, then 6 weekly sessions");
        CalendarShouldShow(result, sessions, start, start.AddDays(84));
        result.Lines[^1].Should().Be("48 sessions from 2025-03-05 through 2025-05-27, about 23 h 18 min of exercise in all.");
    }

    [Fact]
    public async Task Schedule_BackToRunningWeeklyOnAndWeeks_FollowTheLibrarysProgram()
    {
        var result = await KneeProcess.RunAsync("schedule", "--start", "2025-12-29", "--back-to-running", "2026-01-10", "--weekly-on", "tue", "--weeks", "4");

        result.ExitCode.Should().Be(0);
        result.Lines[2].Should().Be("prevention: weekly on Tuesday from 2026-01-10, with no end ('runners-knee')");
        var start = new DateOnly(2025, 12, 29);
        var program = RunnersKnee.Program(start, new DateOnly(2026, 1, 10), DayOfWeek.Tuesday);
        var sessions = Sessions(program, start, start.AddDays(28));
        sessions.Select(s => s.Date.Day).Should().Equal(29, 30, 31, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 20);
        CalendarShouldShow(result, sessions, start, start.AddDays(28));
    }

    [Fact]
    public async Task Schedule_NoStart_StartsToday()
    {
        var before = DateOnly.FromDateTime(DateTime.Now);
        var result = await KneeProcess.RunAsync("schedule", "--weeks", "1");
        var after = DateOnly.FromDateTime(DateTime.Now);

        result.ExitCode.Should().Be(0);
        result.Lines[1].Should().BeOneOf(
            $"treatment: daily from {before:yyyy-MM-dd} through {before.AddDays(41):yyyy-MM-dd} ('runners-knee')",
            $"treatment: daily from {after:yyyy-MM-dd} through {after.AddDays(41):yyyy-MM-dd} ('runners-knee')");
        result.Lines[^1].Should().StartWith("7 sessions from ");
    }

    [Theory]
    [InlineData("schedule --start 2025-13-01", "--start: expected a date as YYYY-MM-DD, such as 2025-03-01, but got '2025-13-01'")]
    [InlineData("schedule --start tomorrow", "--start: expected a date as YYYY-MM-DD, such as 2025-03-01, but got 'tomorrow'")]
    [InlineData("schedule --back-to-running 03/05/2025", "--back-to-running: expected a date as YYYY-MM-DD, such as 2025-03-01, but got '03/05/2025'")]
    [InlineData("schedule --start 2025-03-05 --back-to-running 2025-03-05", "--back-to-running: the first day back to running must be after the start of treatment, 2025-03-05, and on or before the program's last possible day, 2035-03-04.")]
    [InlineData("schedule --start 9995-01-01", "--start: a program must start on or before 9989-12-31, so that its 10 years fit in the calendar.")]
    [InlineData("schedule --weekly-on funday", "--weekly-on: expected a weekday such as 'monday' or 'mon', but got 'funday'")]
    [InlineData("schedule --weeks 0", "--weeks: expected a whole number of weeks from 1 to 520, but got '0'")]
    [InlineData("schedule --weeks 521", "--weeks: expected a whole number of weeks from 1 to 520, but got '521'")]
    [InlineData("schedule --start", "--start: needs a value (DATE)")]
    public async Task Schedule_BadCommandLine_ExitsWithCode2AndOneLine(string commandLine, string message)
    {
        var result = await KneeProcess.RunAsync(commandLine.Split(' '));

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(message + "\n");
    }

    private static List<ScheduledSession> Sessions(TrainingProgram program, DateOnly from, DateOnly to) =>
        new ProgramScheduler(program).GetSessions(from, to).ToList();

    /// <summary>Every day of [from, to) in its weekday column, with the session's phase and minutes on session days.</summary>
    private static void CalendarShouldShow(KneeResult result, List<ScheduledSession> sessions, DateOnly from, DateOnly to)
    {
        var rows = TableText.Rows(result.Lines, joiner: "|");
        rows[0].Should().Equal("Week", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        var byDate = sessions.ToDictionary(s => s.Date);
        var monday = from.AddDays(-(((int)from.DayOfWeek + 6) % 7));
        var expected = new List<string[]>();
        for (int week = 1; monday < to; week++, monday = monday.AddDays(7))
        {
            var row = new string[8];
            row[0] = week.ToString(CultureInfo.InvariantCulture);
            for (int d = 0; d < 7; d++)
            {
                var day = monday.AddDays(d);
                row[d + 1] = day < from || day >= to ? ""
                    : byDate.TryGetValue(day, out var s) ? $"{day:yyyy-MM-dd}|{s.PhaseName}|{(int)Math.Ceiling(s.EstimatedDuration.TotalMinutes)} min"
                    : $"{day:yyyy-MM-dd}";
            }

            expected.Add(row);
        }

        rows.Skip(1).Should().Equal(expected, (a, b) => a.SequenceEqual(b));
    }
}
