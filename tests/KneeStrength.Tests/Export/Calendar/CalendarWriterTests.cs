using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using KneeStrength.Catalog;
using KneeStrength.Export.Calendar;
using KneeStrength.Scheduling;
using KneeStrength.Tests.Repository;
using KneeStrength.Tests.Serialization;

namespace KneeStrength.Tests.Export.Calendar;

public class CalendarWriterTests
{
    private const string Seed = "0N3bHgGWaZ6L";

    private static readonly DateTimeOffset Stamp = new(2026, 3, 1, 9, 30, 15, TimeSpan.FromHours(1));

    private static readonly TrainingProgram Program = RunnersKnee.Program(new DateOnly(2026, 3, 2));

    private static readonly CalendarOptions Berlin = new()
    {
        TimeOfDay = new TimeOnly(7, 0),
        TimeZone = "Europe/Berlin",
        Reminder = TimeSpan.FromMinutes(-15),
        Sequence = 1,
    };

    // Zones whose rules every reader agrees on, with and without daylight time, north and south, with odd offsets.
    private static readonly string[] Zones =
        ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham", "America/Sao_Paulo", "UTC", "Asia/Tokyo"];

    /// <summary>A generated program with the options of one of the two shapes: all-day, or a time of day in a zone.</summary>
    private static readonly Gen<(TrainingProgram Program, CalendarOptions Options)> GenCase = Gen.Select(
        DocumentGenerators.ProgramWithCatalog,
        Gen.Bool,
        Gen.Int[0, Zones.Length - 1],
        Gen.OneOf(Gen.Int[0, (24 * 60) - 1], Gen.Const(150)),
        Gen.Int[-7 * 24 * 60, 24 * 60].Nullable(),
        (pc, timed, zone, minute, reminder) => (pc.Program, new CalendarOptions
        {
            TimeOfDay = timed ? new TimeOnly(minute / 60, minute % 60) : null,
            TimeZone = timed ? Zones[zone] : null,
            Reminder = reminder is int r ? TimeSpan.FromMinutes(r) : null,
            Sequence = reminder is int s && s > 0 ? s % 5 : null,
        }));

    [Fact]
    public void Write_BuiltInProgramAllDay_MatchesGolden() =>
        Golden.Match("tests/KneeStrength.Tests/Export/Golden/runners-knee.all-day.ics", new CalendarWriter().Write(Program, Stamp));

    [Fact]
    public void Write_BuiltInProgramAtSevenInBerlin_MatchesGolden() =>
        Golden.Match("tests/KneeStrength.Tests/Export/Golden/runners-knee.europe-berlin.ics", new CalendarWriter(Berlin).Write(Program, Stamp));

    [Fact]
    public void Write_BuiltInProgramAllDay_HasOneEventPerPhaseWithItsRuleAndUntil()
    {
        var lines = Unfolded(new CalendarWriter().Write(Program, Stamp));

        lines.Should().ContainInOrder(
            "BEGIN:VEVENT",
            "DTSTAMP:20260301T083015Z",
            "DTSTART;VALUE=DATE:20260302",
            "DURATION:P1D",
            "RRULE:FREQ=DAILY;UNTIL=20260412",
            "SUMMARY:Knee strengthening for runners (treatment)",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "DTSTART;VALUE=DATE:20260413",
            "RRULE:FREQ=WEEKLY;BYDAY=MO",
            "SUMMARY:Knee strengthening for runners (prevention)",
            "END:VEVENT");
        lines.Should().NotContain(l => l.StartsWith("DTEND", StringComparison.Ordinal) || l.StartsWith("BEGIN:VTIMEZONE", StringComparison.Ordinal));
        lines.Count(l => l.StartsWith("RRULE:FREQ=WEEKLY", StringComparison.Ordinal) && l.Contains("UNTIL", StringComparison.Ordinal)).Should().Be(0, "the open phase repeats without end");
    }

    [Fact]
    public void Write_Timed_UntilIsUtcAndDurationIsTheSessionsLength()
    {
        var lines = Unfolded(new CalendarWriter(Berlin).Write(Program, Stamp));

        // 2026-04-12 07:00 in Berlin is summer time, UTC+2.
        lines.Should().Contain("RRULE:FREQ=DAILY;UNTIL=20260412T050000Z");
        lines.Should().Contain("DTSTART;TZID=Europe/Berlin:20260302T070000");
        lines.Should().Contain("DURATION:PT29M8S");
        lines.Should().ContainInOrder("BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "DESCRIPTION:Knee strengthening for runners (treatment)", "END:VALARM");
        lines.Should().ContainInOrder(
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");
        lines.Count(l => l == "SEQUENCE:1").Should().Be(2);
    }

    [Fact]
    public void Write_WeeklyPhaseStartingBetweenItsDays_StartsOnItsFirstSession()
    {
        // Prevention from a Wednesday, on Mondays and Thursdays: DTSTART always counts as an occurrence, so it must be a session.
        var program = new TrainingProgram("p", "P", new DateOnly(2026, 3, 2), [
            new ProgramPhase("a", RunnersKnee.Routine, ScheduleRule.EveryNDays(3), PhaseEnd.OnDate(new DateOnly(2026, 3, 10))),
            new ProgramPhase("b", RunnersKnee.Routine, ScheduleRule.Weekly(DayOfWeek.Monday, DayOfWeek.Thursday), PhaseEnd.AfterWeeks(2)),
        ]);

        var lines = Unfolded(new CalendarWriter().Write(program, Stamp));

        // Phase a: 2, 5, 8 March; phase b: 11 to 24 March, first session Thursday 12 March, last Monday 23 March.
        lines.Should().ContainInOrder("DTSTART;VALUE=DATE:20260302", "RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20260308");
        lines.Should().ContainInOrder("DTSTART;VALUE=DATE:20260312", "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260323");
    }

    [Fact]
    public void Write_PhaseWithoutSessions_HasNoEvent()
    {
        var program = new TrainingProgram("p", "P", new DateOnly(2026, 3, 3), [
            new ProgramPhase("short", RunnersKnee.Routine, ScheduleRule.Weekly(DayOfWeek.Monday), PhaseEnd.OnDate(new DateOnly(2026, 3, 5))),
            new ProgramPhase("then", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.Open),
        ]);

        var lines = Unfolded(new CalendarWriter().Write(program, Stamp));

        lines.Count(l => l == "BEGIN:VEVENT").Should().Be(1);
        lines.Should().Contain("DTSTART;VALUE=DATE:20260306");
    }

    [Fact]
    public void Write_EquipmentOnHand_DescriptionListsTheExercisesAsPlanned()
    {
        var scheduler = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band,step").Value));
        var text = Description(new CalendarWriter(new CalendarOptions { SessionScheduler = scheduler }).Write(Program, Stamp));
        var plan = scheduler.Schedule(RunnersKnee.Routine);

        text.Should().StartWith("Standing leg extension: 10 reps per leg in each of 4 directions\\nSide steps: 25 reps per side\\n");
        text.Should().Contain("\\nSquat: 20 reps\\n", "no Bosu: the plain squat is done");
        text.Should().NotContain("\\nStanding calf stretch: 30 s", "no wall: it is left out");
        text.Should().Contain("\\nLeft out: Standing calf stretch: ");
        text.Should().EndWith($"\\nSession length: {KneeStrength.Text.DurationText.Format(plan.TotalDuration)}.");
    }

    [Fact]
    public void Write_SameProgram_SameUids_OtherProgramOrCalendarId_OtherUids()
    {
        string[] Uids(TrainingProgram program, string calendarId = "") =>
            [.. Unfolded(new CalendarWriter(new CalendarOptions { CalendarId = calendarId }).Write(program, Stamp)).Where(l => l.StartsWith("UID:", StringComparison.Ordinal))];

        var uids = Uids(Program);
        uids.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        uids.Should().Equal(Uids(RunnersKnee.Program(new DateOnly(2026, 3, 2))), "an equal program gives the same UIDs, so a re-export replaces the events");
        uids[0].Should().MatchRegex("^UID:runners-knee\\.treatment\\.20260302\\.[0-9a-f]{16}@kneestrength$");
        var others = new[]
        {
            Uids(RunnersKnee.Program(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 20))),
            Uids(RunnersKnee.Program(new DateOnly(2026, 3, 2), weeklyOn: DayOfWeek.Sunday)),
            Uids(Program, "profile-2"),
        };
        foreach (var other in others)
        {
            other.Should().NotIntersectWith(uids);
        }
    }

    [Fact]
    public void Write_DifferentTimestamp_ChangesOnlyDtstamp()
    {
        var first = Unfolded(new CalendarWriter(Berlin).Write(Program, Stamp));
        var second = Unfolded(new CalendarWriter(Berlin).Write(Program, Stamp.AddDays(3)));

        first.Zip(second).Where(pair => pair.First != pair.Second).Select(pair => pair.Second).Should().Equal("DTSTAMP:20260304T083015Z", "DTSTAMP:20260304T083015Z");
    }

    [Fact]
    public void Write_StreamAndBufferWriter_WriteTheSameBytes()
    {
        var writer = new CalendarWriter(Berlin);
        byte[] bytes = writer.Write(Program, Stamp);
        using var stream = new MemoryStream();
        stream.WriteByte(42);
        writer.Write(Program, Stamp, stream);
        var buffer = new ArrayBufferWriter<byte>();
        writer.Write(Program, Stamp, buffer);

        stream.ToArray().Should().Equal([42, .. bytes]);
        buffer.WrittenSpan.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void Write_OptionsChangedAfterwards_DoNotReachTheWriter()
    {
        var options = new CalendarOptions { TimeOfDay = new TimeOnly(7, 0), TimeZone = "Europe/Berlin" };
        var writer = new CalendarWriter(options);
        byte[] before = writer.Write(Program, Stamp);
        options.TimeOfDay = new TimeOnly(8, 0);
        options.Reminder = TimeSpan.FromMinutes(-5);

        writer.Write(Program, Stamp).Should().Equal(before);
    }

    [Fact]
    public void Write_TextValues_AreEscapedFoldedAtCharactersAndReadBackExactly()
    {
        string name = "Knie, Hüfte; Rücken \\ 日本語のルーティン 😀 " + new string('é', 40);
        var routine = new Routine("r", name, RunnersKnee.Routine.Items.Take(2));
        var program = new TrainingProgram("p", "Prog; name, with \\ and 😀", new DateOnly(2026, 3, 2), [new ProgramPhase("only", routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(1))]);
        byte[] bytes = new CalendarWriter().Write(program, Stamp);

        IcsLint.Check(bytes).Should().BeEmpty();
        var lines = Unfolded(bytes);
        lines.Should().Contain("X-WR-CALNAME:Prog\\; name\\, with \\\\ and 😀");
        lines.Should().Contain($"SUMMARY:Knie\\, Hüfte\\; Rücken \\\\ 日本語のルーティン 😀 {new string('é', 40)} (only)");
        var read = ExpandWithIcalJs([bytes], new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4))[0];
        read.Select(o => o.Summary).Should().Equal($"{name} (only)", $"{name} (only)");
    }

    [Fact]
    public void ContentLineWriter_ControlCharactersInText_AreLeftOutAndLineBreaksEscaped()
    {
        // The model refuses control characters in display texts; the writer still never lets one into a file.
        using var buffer = new KneeStrength.PooledBuffer(256);
        new ContentLineWriter(buffer).TextLine("SUMMARY", "a\u0001b\u007fc\u0085d\te\r\nf\rg\ud800h");

        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be("SUMMARY:abcd\te\\nf\\ng\uFFFDh\r\n");
    }

    [Fact]
    public void Write_BuiltInAndGeneratedPrograms_PassTheLint()
    {
        IcsLint.Check(new CalendarWriter().Write(Program, Stamp)).Should().BeEmpty();
        IcsLint.Check(new CalendarWriter(Berlin).Write(Program, Stamp)).Should().BeEmpty();
        IcsLint.Check(new CalendarWriter(new CalendarOptions { TimeOfDay = new TimeOnly(6, 0), TimeZone = "Africa/Casablanca" }).Write(Program, Stamp)).Should().BeEmpty();
        GenCase.Sample(c => IcsLint.Check(new CalendarWriter(c.Options).Write(c.Program, Stamp)).Should().BeEmpty(), iter: 300, seed: Seed);
    }

    [Theory]
    [InlineData("a bare LF", "CALSCALE:GREGORIAN\r\n", "CALSCALE:GREGORIAN\n")]
    [InlineData("a long line", "METHOD:PUBLISH\r\n", "METHOD:PUBLISHPUBLISHPUBLISHPUBLISHPUBLISHPUBLISHPUBLISHPUBLISHPUBLISHPUBLISHPUBLISH\r\n")]
    [InlineData("a second UID", "DTSTAMP:", "UID:x\r\nDTSTAMP:")]
    [InlineData("no DTSTAMP", "DTSTAMP:20260301T083015Z\r\n", "")]
    [InlineData("DTEND with DURATION", "DURATION:PT29M8S\r\n", "DURATION:PT29M8S\r\nDTEND;TZID=Europe/Berlin:20260302T080000\r\n")]
    [InlineData("UNTIL without Z", "UNTIL=20260412T050000Z", "UNTIL=20260412T050000")]
    [InlineData("a TZID without VTIMEZONE", "TZID:Europe/Berlin", "TZID:Europe/Paris")]
    [InlineData("a VALARM without TRIGGER", "TRIGGER:-PT15M\r\n", "")]
    [InlineData("a malformed TRIGGER", "TRIGGER:-PT15M", "TRIGGER:-PT1H5S")]
    [InlineData("an unescaped comma", "SUMMARY:Knee strengthening", "SUMMARY:Knee, strengthening")]
    [InlineData("a fold inside a character", "X-WR-CALNAME:Runner's knee: daily treatment\\, then weekly prevention", "X-WR-CALNAME:Runner's knee: daily treatment\\, then weekly prevention\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9")]
    public void IcsLint_BrokenCalendar_IsCaught(string problem, string find, string replace)
    {
        string good = Encoding.UTF8.GetString(new CalendarWriter(Berlin).Write(Program, Stamp));
        good.Should().Contain(find);
        byte[] broken = Encoding.UTF8.GetBytes(good.Replace(find, replace, StringComparison.Ordinal));
        if (problem == "a fold inside a character")
        {
            // Fold between the two bytes of the first é, past the 75th octet.
            int at = Array.IndexOf(broken, (byte)0xC3);
            broken = [.. broken[..(at + 1)], (byte)'\r', (byte)'\n', (byte)' ', .. broken[(at + 1)..]];
        }

        IcsLint.Check(broken).Should().NotBeEmpty(problem);
    }

    [Fact]
    public void Write_GeneratedPrograms_IcalJsExpandsTheProgramSchedulersSessions()
    {
        var cases = GenCase.Array[200].Single(_ => true, Seed).ToList();
        cases.Add((Program, new CalendarOptions()));
        cases.Add((Program, Berlin));
        cases.Add((RunnersKnee.Program(new DateOnly(2027, 12, 20), new DateOnly(2028, 2, 29), DayOfWeek.Saturday), new CalendarOptions { TimeOfDay = new TimeOnly(2, 30), TimeZone = "Europe/Berlin" }));
        cases.Add((Program, new CalendarOptions { TimeOfDay = new TimeOnly(23, 45), TimeZone = "Africa/Casablanca" }));

        var files = cases.Select(c => new CalendarWriter(c.Options).Write(c.Program, Stamp)).ToList();
        var expansions = new List<List<(DateOnly Date, string Summary)>>();
        foreach (var group in cases.Zip(files).GroupBy(c => c.First.Program.Start))
        {
            var from = group.Key;
            var expanded = ExpandWithIcalJs([.. group.Select(g => g.Second)], from, from.AddYears(2));
            foreach (var ((program, options), occurrences) in group.Select(g => g.First).Zip(expanded))
            {
                occurrences.Select(o => (o.Date, PhaseOf(o.Summary))).Should().Equal(
                    Expected(program, from, from.AddYears(2)), $"{program.Id} from {from:yyyy-MM-dd} at {options.TimeOfDay} {options.TimeZone}");
            }
        }
    }

    [Fact]
    public void Write_GeneratedPrograms_IcalNetExpandsTheProgramSchedulersSessions()
    {
        var cases = GenCase.Array[200].Single(_ => true, Seed + "x").ToList();
        cases.Add((Program, Berlin));

        foreach (var (program, options) in cases)
        {
            var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(new CalendarWriter(options).Write(program, Stamp)))!;
            var to = program.Start.AddYears(2);
            var occurrences = calendar.Events
                .SelectMany(e => e.GetOccurrences().TakeWhile(o => DateOnly.FromDateTime(o.Period.StartTime.Value) < to).Select(o => (DateOnly.FromDateTime(o.Period.StartTime.Value), PhaseOf(e.Summary!))))
                .OrderBy(o => o.Item1)
                .ToList();

            occurrences.Should().Equal(Expected(program, program.Start, to), $"{program.Id} at {options.TimeOfDay} {options.TimeZone}");
        }
    }

    [Theory]
    [InlineData("options.TimeZone", "TimeOfDay needs a TimeZone: the IANA time zone of the sessions, such as 'Europe/Berlin'.", 7, null, null, null, null)]
    [InlineData("options.TimeZone", "TimeZone is set without a TimeOfDay; all-day events have no time zone.", null, "Europe/Berlin", null, null, null)]
    [InlineData("options.TimeZone", "TimeZone 'Mars/Olympus' is not a time zone this platform knows; use an IANA id such as 'Europe/Berlin'.", 7, "Mars/Olympus", null, null, null)]
    [InlineData("options.Reminder", "Reminder must be whole seconds from 7 days before (-7.00:00:00) to 1 day after (1.00:00:00) the start of a session.", null, null, -10081, null, null)]
    [InlineData("options.Reminder", "Reminder must be whole seconds from 7 days before (-7.00:00:00) to 1 day after (1.00:00:00) the start of a session.", null, null, 1441, null, null)]
    [InlineData("options.Sequence", "Sequence must not be negative.", null, null, null, -1, null)]
    [InlineData("options.CalendarId", "CalendarId must be at most 200 characters long; it was 201.", null, null, null, null, 201)]
    public void Constructor_BadOption_NamesIt(string parameter, string message, int? hour, string? zone, int? reminderMinutes, int? sequence, int? calendarIdLength)
    {
        var options = new CalendarOptions
        {
            TimeOfDay = hour is int h ? new TimeOnly(h, 0) : null,
            TimeZone = zone,
            Reminder = reminderMinutes is int m ? TimeSpan.FromMinutes(m) : null,
            Sequence = sequence,
            CalendarId = new string('x', calendarIdLength ?? 0),
        };

        var create = () => new CalendarWriter(options);

        create.Should().Throw<ArgumentException>().Where(e => e.ParamName == parameter).WithMessage(message + "*");
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        var writer = new CalendarWriter();
        FluentActions.Invoking(() => writer.Write(null!, Stamp)).Should().Throw<ArgumentNullException>().WithParameterName("program");
        FluentActions.Invoking(() => writer.Write(Program, Stamp, (Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("destination");
        FluentActions.Invoking(() => writer.Write(Program, Stamp, (IBufferWriter<byte>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("destination");
    }

    private static List<(DateOnly Date, string Phase)> Expected(TrainingProgram program, DateOnly from, DateOnly to) =>
        [.. new ProgramScheduler(program).GetSessions(from, to).Select(s => (s.Date, s.PhaseName))];

    // Summaries end in "(phase-name)"; phase names are slugs.
    private static string PhaseOf(string summary) => summary[(summary.LastIndexOf('(') + 1)..^1];

    private static List<string> Unfolded(byte[] bytes) =>
        [.. Encoding.UTF8.GetString(bytes).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    private static string Description(byte[] bytes) =>
        Unfolded(bytes).First(l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal))["DESCRIPTION:".Length..];

    private static List<List<(DateOnly Date, string Summary)>> ExpandWithIcalJs(IReadOnlyList<byte[]> files, DateOnly from, DateOnly to)
    {
        var lines = NodeTool.RunOnFiles(
            "tests/format-check",
            "expand-ics.mjs",
            [from.ToString("yyyy-MM-dd"), to.ToString("yyyy-MM-dd")],
            [.. files.Select((bytes, i) => ($"{i:D3}.ics", bytes))]);
        lines.Should().HaveCount(files.Count);
        var results = new List<List<(DateOnly, string)>>();
        foreach (string line in lines)
        {
            using var json = JsonDocument.Parse(line);
            json.RootElement.TryGetProperty("error", out var problem).Should().BeFalse($"ical.js reads every file, but: {(problem.ValueKind == JsonValueKind.String ? problem.GetString() : null)}");
            results.Add([.. json.RootElement.GetProperty("occurrences").EnumerateArray().Select(o => (DateOnly.Parse(o[0].GetString()!, System.Globalization.CultureInfo.InvariantCulture), o[1].GetString()!))]);
        }

        return results;
    }
}
