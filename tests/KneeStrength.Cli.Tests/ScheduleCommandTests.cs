using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Tests;

public sealed class ScheduleCommandTests : IDisposable
{
    private readonly KneeFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Schedule_FromAWednesday_ShowsTwelveWeeksAsACalendar()
    {
        await _folder.EnrolAsync("--start", "2025-03-05");

        var result = await _folder.Knee("schedule");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Lines.Take(3).Should().Equal(
            "Runner's knee: daily treatment, then weekly prevention (runners-knee)",
            "treatment: daily from 2025-03-05 through 2025-04-15, planned (back to running ends it) ('runners-knee')",
            "prevention: every 7 days from 2025-04-16, with no end ('runners-knee')");
        var start = new DateOnly(2025, 3, 5);
        var sessions = Sessions(_folder.Enrolment(), start, start.AddDays(84));
        sessions.Should().HaveCount(48, "42 days of treatment, then 6 weekly sessions");
        CalendarShouldShow(result, sessions, start, start.AddDays(84));
        result.Lines[^1].Should().Be("48 sessions from 2025-03-05 through 2025-05-27, about 23 h 18 min of exercise in all.");
    }

    [Fact]
    public async Task Schedule_BackToRunningWeeklyOnAndWeeks_FollowTheEnrolment()
    {
        await _folder.EnrolAsync("--start", "2025-12-29", "--back-to-running", "2026-01-10", "--weekly-on", "tue");

        var result = await _folder.Knee("schedule", "--weeks", "4");

        result.ExitCode.Should().Be(0, result.Error);
        result.Lines[1].Should().Be("treatment: daily from 2025-12-29 through 2026-01-10, back to running ('runners-knee')");
        result.Lines[2].Should().Be("prevention: weekly on Tuesday from 2026-01-11, with no end ('runners-knee')");
        var start = new DateOnly(2025, 12, 29);
        var enrolment = _folder.Enrolment(RunnersKnee.ProgramWeeklyOn(DayOfWeek.Tuesday));
        enrolment.Events.Should().Equal(EnrolmentEvent.BackToRunning(new DateOnly(2026, 1, 10)));
        var sessions = Sessions(enrolment, start, start.AddDays(28));
        sessions.Select(s => s.Date.Day).Should().Equal(29, 30, 31, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 20);
        CalendarShouldShow(result, sessions, start, start.AddDays(28));
    }

    [Fact]
    public async Task Schedule_MinutesAndEquipmentOfTheEnrolment_AreTheSessionsMinutes()
    {
        await _folder.EnrolAsync("--start", "2026-03-02", "--minutes", "10", "--equipment", "band,step");

        var result = await _folder.Knee("schedule", "--weeks", "1");

        result.ExitCode.Should().Be(0, result.Error);
        var enrolment = _folder.Enrolment();
        enrolment.SessionBudget.Should().Be(TimeSpan.FromMinutes(10));
        var start = new DateOnly(2026, 3, 2);
        var sessions = Sessions(enrolment, start, start.AddDays(7));
        sessions.Should().OnlyContain(s => s.EstimatedDuration <= TimeSpan.FromMinutes(10));
        CalendarShouldShow(result, sessions, start, start.AddDays(7));
    }

    [Fact]
    public async Task Schedule_RunWithinThePainRules_EndsTreatmentAsTodaySays()
    {
        await _folder.EnrolAsync("--start", "2026-03-02");
        (await _folder.Knee("log", "--date", "2026-03-06", "--run-minutes", "20", "--running-pain", "1")).ExitCode.Should().Be(0);

        var result = await _folder.Knee("schedule", "--weeks", "2");
        var today = await _folder.Knee("today", "--date", "2026-03-07");

        result.ExitCode.Should().Be(0, result.Error);
        result.Lines[1].Should().Be("treatment: daily from 2026-03-02 through 2026-03-06, back to running ('runners-knee')");
        result.Lines[2].Should().Be("prevention: every 7 days from 2026-03-07, with no end ('runners-knee')");
        today.Lines[0].Should().Be("Saturday 2026-03-07: a session day (Weekly prevention).");
    }

    [Fact]
    public async Task Enrol_NoStart_StartsToday()
    {
        var before = DateOnly.FromDateTime(DateTime.Now);
        await _folder.EnrolAsync();
        var result = await _folder.Knee("schedule", "--weeks", "1");
        var after = DateOnly.FromDateTime(DateTime.Now);

        result.ExitCode.Should().Be(0);
        result.Lines[1].Should().BeOneOf(
            $"treatment: daily from {before:yyyy-MM-dd} through {before.AddDays(41):yyyy-MM-dd}, planned (back to running ends it) ('runners-knee')",
            $"treatment: daily from {after:yyyy-MM-dd} through {after.AddDays(41):yyyy-MM-dd}, planned (back to running ends it) ('runners-knee')");
        result.Lines[^1].Should().StartWith("7 sessions from ");
    }

    [Fact]
    public async Task Enrol_AgainWithNothingNew_PrintsItAndKeepsTheFile()
    {
        await _folder.EnrolAsync("--start", "2026-03-02", "--minutes", "20");
        var id = _folder.Enrolment().Id;
        var written = File.GetLastWriteTimeUtc(_folder.EnrolmentFile);

        var again = await _folder.Knee("enrol");
        await _folder.EnrolAsync("--back-to-treatment", "2026-05-01");

        again.ExitCode.Should().Be(0, again.Error);
        again.Lines[0].Should().Be($"Enrolment on 'runners-knee' from 2026-03-02 in '{_folder.EnrolmentFile}': 20 min a session, equipment band,bosu,step,wall, left side first.");
        var changed = _folder.Enrolment();
        changed.Id.Should().Be(id, "the id is made once");
        changed.SessionBudget.Should().Be(TimeSpan.FromMinutes(20), "what is not given is kept");
        changed.Events.Should().Equal(EnrolmentEvent.BackToTreatment(new DateOnly(2026, 5, 1)));
        written.Should().BeOnOrBefore(File.GetLastWriteTimeUtc(_folder.EnrolmentFile));
    }

    [Fact]
    public async Task Schedule_NoEnrolment_SaysHowToMakeOne()
    {
        var result = await _folder.Knee("schedule");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"knee: no enrolment yet ('{_folder.EnrolmentFile}', beside the journal): 'knee enrol --start YYYY-MM-DD' makes one, and so does the first 'knee log'\n");
    }

    [Theory]
    [InlineData("enrol --start 2025-13-01", "--start: expected a date as YYYY-MM-DD, such as 2025-03-01, but got '2025-13-01'")]
    [InlineData("enrol --start tomorrow", "--start: expected a date as YYYY-MM-DD, such as 2025-03-01, but got 'tomorrow'")]
    [InlineData("enrol --back-to-running 03/05/2025", "--back-to-running: expected a date as YYYY-MM-DD, such as 2025-03-01, but got '03/05/2025'")]
    [InlineData("enrol --start 2025-03-05 --back-to-running 2025-03-04", "--back-to-running: the event '2025-03-04 back to running' falls outside the enrolment, which runs from 2025-03-05 to 2035-03-04.")]
    [InlineData("enrol --start 2025-03-05 --back-to-treatment 2025-03-01", "--back-to-treatment: the event '2025-03-01 back to treatment' falls outside the enrolment, which runs from 2025-03-05 to 2035-03-04.")]
    [InlineData("enrol --start 9995-01-01", "--start: an enrolment must start on or before 9989-12-31, so that its 10 years fit in the calendar.")]
    [InlineData("enrol --weekly-on funday", "--weekly-on: expected a weekday such as 'monday' or 'mon', but got 'funday'")]
    [InlineData("enrol --first-side up", "--first-side: expected left or right, but got 'up'")]
    [InlineData("schedule --weeks 0", "--weeks: expected a whole number of weeks from 1 to 520, but got '0'")]
    [InlineData("schedule --weeks 521", "--weeks: expected a whole number of weeks from 1 to 520, but got '521'")]
    [InlineData("enrol --start", "--start: needs a value (DATE)")]
    public async Task Schedule_BadCommandLine_ExitsWithCode2AndOneLine(string commandLine, string message)
    {
        string[] args = commandLine.Split(' ');
        var result = await KneeProcess.RunAsync([args[0], "--journal", _folder.Journal, .. args[1..]]);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(message + "\n");
        File.Exists(_folder.EnrolmentFile).Should().BeFalse("nothing is written when the command fails");
    }

    private static List<ScheduledSession> Sessions(Enrolment enrolment, DateOnly from, DateOnly to) =>
        ProgramScheduler.Default.GetSessions(enrolment, from, to).ToList();

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
