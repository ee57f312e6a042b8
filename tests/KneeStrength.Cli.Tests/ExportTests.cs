using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Export.Calendar;
using KneeStrength.Export.Fit;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Tests;

/// <summary><c>knee schedule --ics</c> and <c>knee plan --fit</c>: the library's bytes, in a file or on standard output.</summary>
public sealed class ExportTests : IDisposable
{
    private static readonly DateTimeOffset AnyStamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "knee-export-" + Guid.NewGuid().ToString("N"));

    public ExportTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ScheduleIcs_File_IsTheLibrarysAllDayCalendarOfTheEnrolment()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02", "--weekly-on", "sat", "--minutes", "15");
        string file = Path.Combine(_folder, "knee.ics");

        var result = await knee.Knee("schedule", "--ics", file);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        byte[] written = File.ReadAllBytes(file);
        result.Lines.Should().Equal($"Wrote the calendar of 'runners-knee' from 2026-03-02 ({written.Length} bytes) to '{file}'.");
        var enrolment = knee.Enrolment(RunnersKnee.ProgramWeeklyOn(DayOfWeek.Saturday));
        var writer = new CalendarWriter();
        var expected = writer.Write(enrolment, AnyStamp, writer.Revise(enrolment));
        WithoutStamp(written).Should().Be(WithoutStamp(expected));
        Directory.GetFiles(_folder).Should().Equal(file);
        File.ReadAllText(knee.RevisionFile).Should().Be(writer.Revise(enrolment).ToString(), "the revision is kept beside the enrolment");
    }

    [Fact]
    public async Task ScheduleIcs_StandardOutputAtATimeInAZone_IsTheLibrarysTimedCalendar()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02", "--back-to-running", "2026-04-20");

        var result = await knee.Knee("schedule", "--ics", "-", "--time", "06:45", "--time-zone", "America/New_York");

        result.ExitCode.Should().Be(0, result.Error);
        var writer = new CalendarWriter(new CalendarOptions { TimeOfDay = new TimeOnly(6, 45), TimeZone = "America/New_York" });
        var enrolment = knee.Enrolment();
        var expected = writer.Write(enrolment, AnyStamp, writer.Revise(enrolment));
        WithoutStamp(Encoding.UTF8.GetBytes(result.Output)).Should().Be(WithoutStamp(expected));
        result.Output.Should().Contain("DTSTART;TZID=America/New_York:20260302T064500\r\n");
    }

    [Fact]
    public async Task ScheduleIcs_ReExportAfterARelapse_RaisesSequenceOnlyForTheEventsThatChanged()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02");
        var first = await knee.Knee("schedule", "--ics", "-");
        var again = await knee.Knee("schedule", "--ics", "-");
        await knee.EnrolAsync("--back-to-treatment", "2026-05-01");
        var changed = await knee.Knee("schedule", "--ics", "-");

        first.ExitCode.Should().Be(0, first.Error);
        var before = Sequences(first.Output);
        before.Should().HaveCount(2, "one event per placed phase: treatment, prevention");
        before.Values.Should().OnlyContain(s => s == 0);
        Sequences(again.Output).Should().Equal(before, "nothing changed");

        // The relapse ends prevention early (changed: SEQUENCE 1), leaves the first treatment as it was (0), and
        // places treatment and prevention again (new UIDs, 0).
        var after = Sequences(changed.Output);
        after.Should().HaveCount(4);
        before.Keys.Select(uid => after[uid]).Should().BeEquivalentTo([0, 1]);
        after.Where(e => !before.ContainsKey(e.Key)).Select(e => e.Value).Should().Equal(0, 0);
        var writer = new CalendarWriter();
        var enrolment = knee.Enrolment();
        File.ReadAllText(knee.RevisionFile).Should().Be(writer.Revise(enrolment, writer.Revise(enrolment.WithEvents([]))).ToString());
    }

    [Fact]
    public async Task ScheduleIcs_ExistingFile_IsReplacedWhole()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02");
        string file = Path.Combine(_folder, "knee.ics");
        File.WriteAllText(file, "old calendar");

        var result = await knee.Knee("schedule", "--ics", file);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(file).Should().StartWith("BEGIN:VCALENDAR\r\n").And.EndWith("END:VCALENDAR\r\n");
        Directory.GetFiles(_folder).Should().Equal([file], "the temporary file is renamed over the old one");
    }

    [Fact]
    public async Task PlanFit_File_IsTheLibrarysWorkoutOfTheSamePlan()
    {
        string file = Path.Combine(_folder, "today.fit");

        var result = await KneeProcess.RunAsync("plan", "--equipment", "band,step", "--minutes", "15", "--right-first", "--fit", file);

        result.ExitCode.Should().Be(0, result.Error);
        byte[] written = File.ReadAllBytes(file);
        var plan = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band,step").Value, firstSide: Side.Right))
            .Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(15));
        result.Lines.Should().Equal($"Wrote a {plan.Steps.Count}-step workout of 'runners-knee' ({written.Length} bytes) to '{file}'.");

        // file_id's serial number and creation time come from the clock; with them, the bytes are the library's.
        const int fileIdValues = 14 + 21 + 1 + 5;
        uint serial = BinaryPrimitives.ReadUInt32LittleEndian(written.AsSpan(fileIdValues));
        uint created = BinaryPrimitives.ReadUInt32LittleEndian(written.AsSpan(fileIdValues + 4));
        var time = new DateTimeOffset(1989, 12, 31, 0, 0, 0, TimeSpan.Zero).AddSeconds(created);
        time.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromDays(1));
        written.Should().Equal(new FitWorkoutWriter().Write(plan, serial, time));
    }

    [Fact]
    public async Task PlanFit_StandardOutput_IsAFitFile()
    {
        var result = await KneeProcess.RunAsync("plan", "--fit", "-");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Substring(8, 4).Should().Be(".FIT");
    }

    [Fact]
    public async Task Export_EmptyMissingFolderOrDirectory_IsAUsageErrorAndWritesNothing()
    {
        string missing = Path.Combine(_folder, "nowhere", "knee.ics");

        var empty = await KneeProcess.RunAsync("schedule", "--ics", "");
        var noFolder = await KneeProcess.RunAsync("schedule", "--ics", missing);
        var directory = await KneeProcess.RunAsync("plan", "--fit", _folder);

        empty.Error.Should().Be("--ics: expected a file name, or '-' for standard output\n");
        noFolder.Error.Should().Be($"--ics: cannot write '{missing}': there is no folder '{Path.GetDirectoryName(missing)}'\n");
        directory.Error.Should().Be($"--fit: cannot write '{_folder}': it is a directory\n");
        new[] { empty, noFolder, directory }.Should().AllSatisfy(r => r.ExitCode.Should().Be(2));
        Directory.GetFileSystemEntries(_folder).Should().BeEmpty();
    }

    // Each event's UID and SEQUENCE.
    private static Dictionary<string, int> Sequences(string calendar)
    {
        var sequences = new Dictionary<string, int>();
        foreach (var e in calendar.Split("BEGIN:VEVENT").Skip(1))
        {
            string uid = Regex.Match(e, "UID:([^\r]+)\r\n").Groups[1].Value;
            var sequence = Regex.Match(e, "SEQUENCE:([0-9]+)\r\n");
            sequences[uid] = sequence.Success ? int.Parse(sequence.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }

        return sequences;
    }

    private static string WithoutStamp(byte[] calendar) =>
        Regex.Replace(Encoding.UTF8.GetString(calendar), "DTSTAMP:[0-9TZ]+\r\n", "DTSTAMP:-\r\n");
}
