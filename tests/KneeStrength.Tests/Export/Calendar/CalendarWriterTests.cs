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
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Export.Calendar;

public class CalendarWriterTests
{
    private const string Seed = "0N3bHgGWaZ6L";

    private static readonly DateTimeOffset Stamp = new(2026, 3, 1, 9, 30, 15, TimeSpan.FromHours(1));

    private static readonly TrainingProgram Program = RunnersKnee.Program;

    // Six weeks of treatment as planned, then prevention every seven days from Monday 13 April.
    private static readonly Enrolment Ann = new("ann", Program, new DateOnly(2026, 3, 2));

    private static readonly CalendarOptions Berlin = new()
    {
        TimeOfDay = new TimeOnly(7, 0),
        TimeZone = "Europe/Berlin",
        Reminder = TimeSpan.FromMinutes(-15),
    };

    // The revision of a second export after both events changed: SEQUENCE 1 on each.
    private static readonly CalendarRevision SecondExport = new CalendarWriter(Berlin).Revise(
        Ann, CalendarRevision.Parse("ann.runners-knee.treatment.0@kneestrength 0 0000000000000000\nann.runners-knee.prevention.0@kneestrength 0 0000000000000000\n"));

    // Zones whose rules every reader agrees on, with and without daylight time, north and south, with odd offsets.
    private static readonly string[] Zones =
        ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham", "America/Sao_Paulo", "UTC", "Asia/Tokyo"];

    /// <summary>A generated enrolment with the options of one of the two shapes: all-day, or a time of day in a zone.</summary>
    private static readonly Gen<(Enrolment Enrolment, CalendarOptions Options)> GenCase = Gen.Select(
        DocumentGenerators.EnrolmentWithCatalog,
        Gen.Bool,
        Gen.Int[0, Zones.Length - 1],
        Gen.OneOf(Gen.Int[0, (24 * 60) - 1], Gen.Const(150)),
        Gen.Int[-7 * 24 * 60, 24 * 60].Nullable(),
        (ec, timed, zone, minute, reminder) => (ec.Enrolment, new CalendarOptions
        {
            TimeOfDay = timed ? new TimeOnly(minute / 60, minute % 60) : null,
            TimeZone = timed ? Zones[zone] : null,
            Reminder = reminder is int r ? TimeSpan.FromMinutes(r) : null,
        }));

    [Fact]
    public void Write_BuiltInProgramAllDay_MatchesGolden() =>
        Golden.Match("tests/KneeStrength.Tests/Export/Golden/runners-knee.all-day.ics", new CalendarWriter().Write(Ann, Stamp));

    [Fact]
    public void Write_BuiltInProgramAtSevenInBerlin_MatchesGolden() =>
        Golden.Match("tests/KneeStrength.Tests/Export/Golden/runners-knee.europe-berlin.ics", new CalendarWriter(Berlin).Write(Ann, Stamp, SecondExport));

    [Fact]
    public void Write_BuiltInProgramAllDay_HasOneEventPerPhaseWithItsRuleAndUntil()
    {
        var lines = Unfolded(new CalendarWriter().Write(Ann, Stamp));

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
            "RRULE:FREQ=DAILY;INTERVAL=7",
            "SUMMARY:Knee strengthening for runners (prevention)",
            "END:VEVENT");
        lines.Should().NotContain(l => l.StartsWith("DTEND", StringComparison.Ordinal) || l.StartsWith("BEGIN:VTIMEZONE", StringComparison.Ordinal));
        lines.Count(l => l.StartsWith("RRULE:FREQ=DAILY;INTERVAL=7", StringComparison.Ordinal) && l.Contains("UNTIL", StringComparison.Ordinal)).Should().Be(0, "the open phase repeats without end");
        lines.Should().NotContain(l => l.StartsWith("SEQUENCE", StringComparison.Ordinal), "no revision, no SEQUENCE");
    }

    [Fact]
    public void Write_Timed_UntilIsUtcAndDurationIsTheSessionsLength()
    {
        var lines = Unfolded(new CalendarWriter(Berlin).Write(Ann, Stamp));

        // 2026-04-12 07:00 in Berlin is summer time, UTC+2.
        lines.Should().Contain("RRULE:FREQ=DAILY;UNTIL=20260412T050000Z");
        lines.Should().Contain("DTSTART;TZID=Europe/Berlin:20260302T070000");
        lines.Should().Contain("DURATION:PT29M8S");
        lines.Should().ContainInOrder("BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "DESCRIPTION:Knee strengthening for runners (treatment)", "END:VALARM");
        lines.Should().ContainInOrder(
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");
        lines.Should().NotContain(l => l.StartsWith("SEQUENCE", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_WeeklyPhaseStartingBetweenItsDays_StartsOnItsFirstSession()
    {
        // Prevention from a Wednesday, on Mondays and Thursdays: DTSTART always counts as an occurrence, so it must be a session.
        var program = new TrainingProgram("p", "P", [
            new ProgramPhase("a", RunnersKnee.Routine, ScheduleRule.EveryNDays(3), PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning)),
            new ProgramPhase("b", RunnersKnee.Routine, ScheduleRule.Weekly(DayOfWeek.Monday, DayOfWeek.Thursday), PhaseEnd.AfterWeeks(2)),
        ]);
        var enrolment = new Enrolment("ann", program, new DateOnly(2026, 3, 2), [EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 10))]);

        var lines = Unfolded(new CalendarWriter().Write(enrolment, Stamp));

        // Phase a: 2, 5, 8 March; phase b: 11 to 24 March, first session Thursday 12 March, last Monday 23 March.
        lines.Should().ContainInOrder("DTSTART;VALUE=DATE:20260302", "RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20260308");
        lines.Should().ContainInOrder("DTSTART;VALUE=DATE:20260312", "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260323");
    }

    [Fact]
    public void Write_PhaseWithoutSessions_HasNoEvent()
    {
        var program = new TrainingProgram("p", "P", [
            new ProgramPhase("short", RunnersKnee.Routine, ScheduleRule.Weekly(DayOfWeek.Monday), PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning)),
            new ProgramPhase("then", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.Open),
        ]);
        var enrolment = new Enrolment("ann", program, new DateOnly(2026, 3, 3), [EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 5))]);

        var lines = Unfolded(new CalendarWriter().Write(enrolment, Stamp));

        lines.Count(l => l == "BEGIN:VEVENT").Should().Be(1);
        lines.Should().Contain("DTSTART;VALUE=DATE:20260306");
    }

    [Fact]
    public void Write_EquipmentOnHand_DescriptionListsTheExercisesAsPlanned()
    {
        var options = new SessionOptions(equipment: EquipmentSet.Parse("band,step").Value);
        var scheduler = new SessionScheduler(options);
        var text = Description(new CalendarWriter().Write(Ann.WithSessions(null, options), Stamp));
        var plan = scheduler.Schedule(RunnersKnee.Routine);

        text.Should().StartWith("Standing leg extension: 10 reps per leg in each of 4 directions\\nSide steps: 25 reps per side\\n");
        text.Should().Contain("\\nSquat: 20 reps\\n", "no Bosu: the plain squat is done");
        text.Should().NotContain("\\nStanding calf stretch: 30 s", "no wall: it is left out");
        text.Should().Contain("\\nLeft out: Standing calf stretch: ");
        text.Should().EndWith($"\\nSession length: {KneeStrength.Text.DurationText.Format(plan.TotalDuration)}.");
    }

    [Fact]
    public void Write_RoutineOfSectionsAndACircuit_DescriptionListsSectionsAndTheCircuitReadably()
    {
        var routine = new Routine(
            "warm-circuit-cool",
            "Warm-up, circuit, cool-down",
            [
                new RoutineSection(RoutineSectionKind.WarmUp, [new RoutineItem(RunnersKnee.SideSteps, Dosage.Repetitions(10, Laterality.PerSide))]),
                new RoutineSection(
                    RoutineSectionKind.Main,
                    [
                        new Circuit(
                            3,
                            [
                                new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(10, Laterality.PerSide)),
                                new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(20), Laterality.PerSide)),
                                new RoutineItem(RunnersKnee.StepUp, Dosage.Repetitions(8, Laterality.PerSide)),
                            ],
                            restAfterRound: TimeSpan.FromSeconds(60),
                            restBetweenItems: TimeSpan.FromSeconds(15)),
                        new RoutineItem(RunnersKnee.ForwardLegRaise, Dosage.Repetitions(12, Laterality.PerSide, sets: 2)),
                    ]),
                new RoutineSection(RoutineSectionKind.CoolDown, [new RoutineItem(RunnersKnee.StandingCalfStretch, Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide))]),
            ]);
        var program = new TrainingProgram("sections", "Sections", [new ProgramPhase("only", routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(1))]);
        var enrolment = new Enrolment("ann", program, new DateOnly(2026, 3, 2));
        var noWallNoStep = enrolment.WithSessions(null, new SessionOptions(equipment: EquipmentSet.Parse("band").Value));
        string length = KneeStrength.Text.DurationText.Format(SessionScheduler.Default.Schedule(routine).TotalDuration);
        string lengthWithBand = KneeStrength.Text.DurationText.Format(new SessionScheduler(noWallNoStep.Options).Schedule(routine).TotalDuration);

        byte[] bytes = new CalendarWriter().Write(enrolment, Stamp);
        byte[] withBand = new CalendarWriter(Berlin).Write(noWallNoStep, Stamp);

        string expected =
            "Warm-up:\nSide steps: 10 reps per side\n" +
            "Main:\nCircuit, 3 rounds (1 min rest after each round; 15 s between exercises): Clamshell (10 reps per side), Side plank (20 s hold per side), Step-up (8 reps per side)\n" +
            "Forward leg raise: 2 x 12 reps per side\n" +
            "Cool-down:\nStanding calf stretch: 30 s hold per side\n" +
            $"Session length: {length}.";
        string expectedWithBand =
            "Warm-up:\nSide steps: 10 reps per side\n" +
            "Main:\nCircuit, 3 rounds (1 min rest after each round; 15 s between exercises): Clamshell (10 reps per side), Side plank (20 s hold per side)\n" +
            "Forward leg raise: 2 x 12 reps per side\n" +
            "Left out: Step-up: Needs Step (stair, chair or other sturdy raised surface), which is not on hand, and no variation does without it.\n" +
            "Left out: Standing calf stretch: Needs Wall (or door), which is not on hand, and no variation does without it.\n" +
            $"Session length: {lengthWithBand}.";
        foreach (var (file, text) in new[] { (bytes, expected), (withBand, expectedWithBand) })
        {
            IcsLint.Check(file).Should().BeEmpty();
            Description(file).Should().Be(Escape(text));
            DescriptionsWithIcalJs(file).Should().Equal(text);
            Ical.Net.Calendar.Load(Encoding.UTF8.GetString(file))!.Events.Select(e => e.Description).Should().Equal(text);
        }
    }

    [Fact]
    public void Write_Uids_AreTheEnrolmentProgramPhaseAndOccurrence()
    {
        var relapsed = new Enrolment("ann", Program, new DateOnly(2026, 3, 2), [EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20)), EnrolmentEvent.BackToTreatment(new DateOnly(2026, 5, 1))]);

        Uids(Ann).Should().Equal("ann.runners-knee.treatment.0@kneestrength", "ann.runners-knee.prevention.0@kneestrength");
        Uids(relapsed).Should().Equal(
            "ann.runners-knee.treatment.0@kneestrength",
            "ann.runners-knee.prevention.0@kneestrength",
            "ann.runners-knee.treatment.1@kneestrength",
            "ann.runners-knee.prevention.1@kneestrength");
    }

    [Fact]
    public void Write_DosageChangesOrBackToRunningMoves_KeepsTheUids()
    {
        var items = RunnersKnee.Routine.Items.Select(i => i.Exercise == RunnersKnee.Clamshell ? new RoutineItem(i.Exercise, Dosage.Repetitions(25, Laterality.PerSide)) : i);
        var edited = new Routine(RunnersKnee.Routine.Id, RunnersKnee.Routine.Name, items);
        var editedProgram = new TrainingProgram(Program.Id, Program.Name, Program.Phases.Select(p => new ProgramPhase(p.Name, edited, p.Schedule, p.End)));
        var uids = Uids(Ann);

        var changes = new[]
        {
            new Enrolment("ann", editedProgram, Ann.Start),
            Ann.WithEvent(EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20))),
            Ann.WithEvent(EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 27))),
            Ann.WithSessions(TimeSpan.FromMinutes(10), null),
        };

        foreach (var changed in changes)
        {
            Uids(changed).Should().Equal(uids);
            new CalendarWriter().Write(changed, Stamp).Should().NotEqual(new CalendarWriter().Write(Ann, Stamp), "the content changed");
        }
    }

    [Fact]
    public void Write_TwoEnrolments_NeverShareAUid() =>
        Gen.Select(DocumentGenerators.EnrolmentWithCatalog, DocumentGenerators.EnrolmentWithCatalog).Sample(
            t =>
            {
                var (a, b) = (t.Item1.Enrolment, t.Item2.Enrolment);
                if (a.Id == b.Id && a.Program.Id == b.Program.Id)
                {
                    return;
                }

                Uids(a).Should().NotIntersectWith(Uids(b)).And.OnlyHaveUniqueItems();
            },
            iter: 100,
            seed: Seed);

    [Fact]
    public void Revise_ChangedEvents_RaiseTheirSequenceAndNoOthers()
    {
        var writer = new CalendarWriter(Berlin);
        var first = writer.Revise(Ann);
        first.Events.Select(e => (e.Uid, e.Sequence)).Should().Equal(("ann.runners-knee.treatment.0@kneestrength", 0), ("ann.runners-knee.prevention.0@kneestrength", 0));
        writer.Revise(Ann, first).Should().Be(first, "nothing changed");

        // Back to running on day 19: both phases change (treatment's end, prevention's start).
        var back = Ann.WithEvent(EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20)));
        var second = writer.Revise(back, first);
        second.Events.Select(e => e.Sequence).Should().Equal(1, 1);

        // A relapse on 1 May: the first two events keep their content except prevention's end; two new events start at 0.
        var relapsed = back.WithEvent(EnrolmentEvent.BackToTreatment(new DateOnly(2026, 5, 1)));
        var third = writer.Revise(relapsed, second);
        third.Events.Select(e => (e.Uid, e.Sequence)).Should().Equal(
            ("ann.runners-knee.treatment.0@kneestrength", 1),
            ("ann.runners-knee.prevention.0@kneestrength", 2),
            ("ann.runners-knee.treatment.1@kneestrength", 0),
            ("ann.runners-knee.prevention.1@kneestrength", 0));

        var lines = Unfolded(writer.Write(relapsed, Stamp, third));
        lines.Where(l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal)).Should().Equal("SEQUENCE:1", "SEQUENCE:2", "SEQUENCE:0", "SEQUENCE:0");
        writer.Write(relapsed, Stamp, third).Should().Equal(writer.Write(relapsed, Stamp, CalendarRevision.Parse(third.ToString())));
    }

    [Fact]
    public void Revise_DosageOfOnePhaseChanges_RaisesOnlyThatEvent()
    {
        var gentle = new Routine("gentle", "Gentle", RunnersKnee.Routine.Items.Take(3));
        var gentler = new Routine("gentle", "Gentle", [.. RunnersKnee.Routine.Items.Take(2), new RoutineItem(RunnersKnee.SideLegRaise, Dosage.Repetitions(12, Laterality.PerSide))]);
        TrainingProgram Two(Routine second) => new("two", "Two", [
            new ProgramPhase("treatment", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(2)),
            new ProgramPhase("after", second, ScheduleRule.EveryNDays(2), PhaseEnd.Open),
        ]);
        var writer = new CalendarWriter();
        var before = new Enrolment("ann", Two(gentle), Ann.Start);
        var after = new Enrolment("ann", Two(gentler), Ann.Start);

        var revision = writer.Revise(after, writer.Revise(before));

        revision.Events.Select(e => e.Sequence).Should().Equal(0, 1);
        revision.Events[0].Fingerprint.Should().Be(writer.Revise(before).Events[0].Fingerprint);
        revision.Events[1].Fingerprint.Should().NotBe(writer.Revise(before).Events[1].Fingerprint);
    }

    [Fact]
    public void Revise_EventThatIsGone_IsKeptInTheRevision()
    {
        var writer = new CalendarWriter();
        var relapsed = Ann.WithEvents([EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20)), EnrolmentEvent.BackToTreatment(new DateOnly(2026, 5, 1))]);

        var revision = writer.Revise(Ann, writer.Revise(relapsed));

        revision.Events.Select(e => e.Uid).Should().Equal(
            "ann.runners-knee.treatment.0@kneestrength",
            "ann.runners-knee.prevention.0@kneestrength",
            "ann.runners-knee.treatment.1@kneestrength",
            "ann.runners-knee.prevention.1@kneestrength");
        revision.Events.Select(e => e.Sequence).Should().Equal(1, 1, 0, 0);
    }

    [Fact]
    public void CalendarRevision_ToStringAndParse_RoundTrip()
    {
        var writer = new CalendarWriter();
        var relapsed = Ann.WithEvents([EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20)), EnrolmentEvent.BackToTreatment(new DateOnly(2026, 5, 1))]);
        var revision = writer.Revise(relapsed, writer.Revise(Ann));

        string text = revision.ToString();

        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4).And.OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^[^ ]+@kneestrength [0-9]+ [0-9a-f]{16}$"));
        CalendarRevision.Parse(text).Should().Be(revision);
        CalendarRevision.Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal) + "\n\n").Should().Be(revision);
        CalendarRevision.Parse(string.Empty).Should().Be(CalendarRevision.None);
        CalendarRevision.None.ToString().Should().BeEmpty();
        (CalendarRevision.Parse(text) == revision).Should().BeTrue();
        (CalendarRevision.Parse(text) != CalendarRevision.None).Should().BeTrue();
    }

    [Theory]
    [InlineData("a@k 1", 1)]
    [InlineData("a@k 1 00000000000000zz", 1)]
    [InlineData("a@k -1 0000000000000001", 1)]
    [InlineData("a@k 1 000000000000001", 1)]
    [InlineData("a@k 1 0000000000000001 extra", 1)]
    [InlineData("a@k 1 0000000000000001\nb@k x 0000000000000001", 2)]
    [InlineData("\n\na@k  1 0000000000000001", 3)]
    public void CalendarRevision_Parse_BadLine_ThrowsNamingTheLine(string text, int line)
    {
        var act = () => CalendarRevision.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"Line {line} of the calendar revision is not 'uid sequence fingerprint' (a whole number and 16 hex digits), or is past 1000 events: *");
    }

    [Fact]
    public void CalendarRevision_Parse_UidOutsidePrintableAscii_AndTooManyEvents_AreRefused()
    {
        FluentActions.Invoking(() => CalendarRevision.Parse("ä@k 1 0000000000000001"))
            .Should().Throw<FormatException>().WithMessage("Line 1 of the calendar revision has a UID with a character other than printable ASCII.");
        string many = string.Concat(Enumerable.Range(0, 1001).Select(i => $"e{i}@k 0 0000000000000001\n"));
        FluentActions.Invoking(() => CalendarRevision.Parse(many))
            .Should().Throw<FormatException>().WithMessage("Line 1001 of the calendar revision *");
        CalendarRevision.Parse(string.Concat(many.Split('\n').Take(1000).Select(l => l + "\n"))).Events.Should().HaveCount(1000);
        FluentActions.Invoking(() => CalendarRevision.Parse(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Write_DifferentTimestamp_ChangesOnlyDtstamp()
    {
        var first = Unfolded(new CalendarWriter(Berlin).Write(Ann, Stamp));
        var second = Unfolded(new CalendarWriter(Berlin).Write(Ann, Stamp.AddDays(3)));

        first.Zip(second).Where(pair => pair.First != pair.Second).Select(pair => pair.Second).Should().Equal("DTSTAMP:20260304T083015Z", "DTSTAMP:20260304T083015Z");
    }

    [Fact]
    public void Write_StreamAndBufferWriter_WriteTheSameBytes()
    {
        var writer = new CalendarWriter(Berlin);
        var revision = writer.Revise(Ann);
        byte[] bytes = writer.Write(Ann, Stamp, revision);
        using var stream = new MemoryStream();
        stream.WriteByte(42);
        writer.Write(Ann, Stamp, stream, revision);
        var buffer = new ArrayBufferWriter<byte>();
        writer.Write(Ann, Stamp, buffer, revision);

        stream.ToArray().Should().Equal([42, .. bytes]);
        buffer.WrittenSpan.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void Write_OptionsChangedAfterwards_DoNotReachTheWriter()
    {
        var options = new CalendarOptions { TimeOfDay = new TimeOnly(7, 0), TimeZone = "Europe/Berlin" };
        var writer = new CalendarWriter(options);
        byte[] before = writer.Write(Ann, Stamp);
        options.TimeOfDay = new TimeOnly(8, 0);
        options.Reminder = TimeSpan.FromMinutes(-5);

        writer.Write(Ann, Stamp).Should().Equal(before);
    }

    [Fact]
    public void Write_TextValues_AreEscapedFoldedAtCharactersAndReadBackExactly()
    {
        string name = "Knie, Hüfte; Rücken \\ 日本語のルーティン 😀 " + new string('é', 40);
        var routine = new Routine("r", name, RunnersKnee.Routine.Items.Take(2));
        var program = new TrainingProgram("p", "Prog; name, with \\ and 😀", [new ProgramPhase("only", routine, ScheduleRule.Daily, PhaseEnd.AfterWeeks(1))]);
        byte[] bytes = new CalendarWriter().Write(new Enrolment("ann", program, new DateOnly(2026, 3, 2)), Stamp);

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
        IcsLint.Check(new CalendarWriter().Write(Ann, Stamp)).Should().BeEmpty();
        IcsLint.Check(new CalendarWriter(Berlin).Write(Ann, Stamp)).Should().BeEmpty();
        IcsLint.Check(new CalendarWriter(new CalendarOptions { TimeOfDay = new TimeOnly(6, 0), TimeZone = "Africa/Casablanca" }).Write(Ann, Stamp)).Should().BeEmpty();
        GenCase.Sample(
            c =>
            {
                var writer = new CalendarWriter(c.Options);
                IcsLint.Check(writer.Write(c.Enrolment, Stamp)).Should().BeEmpty();
                IcsLint.Check(writer.Write(c.Enrolment, Stamp, writer.Revise(c.Enrolment, writer.Revise(c.Enrolment.WithEvents([]))))).Should().BeEmpty();
            },
            iter: 300,
            seed: Seed);
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
        string good = Encoding.UTF8.GetString(new CalendarWriter(Berlin).Write(Ann, Stamp));
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
        cases.Add((Ann, new CalendarOptions()));
        cases.Add((Ann, Berlin));
        cases.Add((new Enrolment("bob", RunnersKnee.ProgramWeeklyOn(DayOfWeek.Saturday), new DateOnly(2027, 12, 20), [EnrolmentEvent.BackToRunning(new DateOnly(2028, 2, 28))]), new CalendarOptions { TimeOfDay = new TimeOnly(2, 30), TimeZone = "Europe/Berlin" }));
        cases.Add((Ann, new CalendarOptions { TimeOfDay = new TimeOnly(23, 45), TimeZone = "Africa/Casablanca" }));
        cases.Add((Ann.WithEvents([EnrolmentEvent.BackToRunning(new DateOnly(2026, 3, 20)), EnrolmentEvent.BackToTreatment(new DateOnly(2026, 5, 1))]), Berlin));

        var files = cases.Select(c => new CalendarWriter(c.Options).Write(c.Enrolment, Stamp)).ToList();
        foreach (var group in cases.Zip(files).GroupBy(c => c.First.Enrolment.Start))
        {
            var from = group.Key;
            var to = from.AddYears(2);
            var expanded = ExpandWithIcalJs([.. group.Select(g => g.Second)], from, to);
            foreach (var ((enrolment, options), occurrences) in group.Select(g => g.First).Zip(expanded))
            {
                var expected = Expected(enrolment, from, to);
                occurrences.Select(o => (o.Date, PhaseOf(o.Summary))).Should().Equal(
                    expected, $"{enrolment} at {options.TimeOfDay} {options.TimeZone}");
                Journal.Empty.Adherence(enrolment, from, to).Planned.Should().Be(occurrences.Count, "adherence counts the sessions the calendar shows");
                var allDone = new Journal(expected.Select(e => new SessionLog(e.Date, "x", SessionCompletion.All)));
                allDone.Adherence(enrolment, from, to).DoneFully.Should().Be(occurrences.Count);
                allDone.Adherence(enrolment, from, to).Missed.Should().Be(0);
            }
        }
    }

    [Fact]
    public void Write_GeneratedPrograms_IcalNetExpandsTheProgramSchedulersSessions()
    {
        var cases = GenCase.Array[200].Single(_ => true, Seed + "x").ToList();
        cases.Add((Ann, Berlin));

        foreach (var (enrolment, options) in cases)
        {
            var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(new CalendarWriter(options).Write(enrolment, Stamp)))!;
            var to = enrolment.Start.AddYears(2);
            var occurrences = calendar.Events
                .SelectMany(e => e.GetOccurrences().TakeWhile(o => DateOnly.FromDateTime(o.Period.StartTime.Value) < to).Select(o => (DateOnly.FromDateTime(o.Period.StartTime.Value), PhaseOf(e.Summary!))))
                .OrderBy(o => o.Item1)
                .ToList();

            occurrences.Should().Equal(Expected(enrolment, enrolment.Start, to), $"{enrolment} at {options.TimeOfDay} {options.TimeZone}");
        }
    }

    [Theory]
    [InlineData("options.TimeZone", "TimeOfDay needs a TimeZone: the IANA time zone of the sessions, such as 'Europe/Berlin'.", 7, null, null)]
    [InlineData("options.TimeZone", "TimeZone is set without a TimeOfDay; all-day events have no time zone.", null, "Europe/Berlin", null)]
    [InlineData("options.TimeZone", "TimeZone 'Mars/Olympus' is not a time zone this platform knows; use an IANA id such as 'Europe/Berlin'.", 7, "Mars/Olympus", null)]
    [InlineData("options.Reminder", "Reminder must be whole seconds from 7 days before (-7.00:00:00) to 1 day after (1.00:00:00) the start of a session.", null, null, -10081)]
    [InlineData("options.Reminder", "Reminder must be whole seconds from 7 days before (-7.00:00:00) to 1 day after (1.00:00:00) the start of a session.", null, null, 1441)]
    public void Constructor_BadOption_NamesIt(string parameter, string message, int? hour, string? zone, int? reminderMinutes)
    {
        var options = new CalendarOptions
        {
            TimeOfDay = hour is int h ? new TimeOnly(h, 0) : null,
            TimeZone = zone,
            Reminder = reminderMinutes is int m ? TimeSpan.FromMinutes(m) : null,
        };

        var create = () => new CalendarWriter(options);

        create.Should().Throw<ArgumentException>().Where(e => e.ParamName == parameter).WithMessage(message + "*");
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        var writer = new CalendarWriter();
        FluentActions.Invoking(() => writer.Write(null!, Stamp)).Should().Throw<ArgumentNullException>().WithParameterName("enrolment");
        FluentActions.Invoking(() => writer.Revise(null!)).Should().Throw<ArgumentNullException>().WithParameterName("enrolment");
        FluentActions.Invoking(() => writer.Write(Ann, Stamp, (Stream)null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("destination");
        FluentActions.Invoking(() => writer.Write(Ann, Stamp, (IBufferWriter<byte>)null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("destination");
    }

    private static List<(DateOnly Date, string Phase)> Expected(Enrolment enrolment, DateOnly from, DateOnly to) =>
        [.. ProgramScheduler.Default.GetSessions(enrolment, from, to).Select(s => (s.Date, s.PhaseName))];

    private static string[] Uids(Enrolment enrolment) =>
        [.. Unfolded(new CalendarWriter().Write(enrolment, Stamp)).Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Select(l => l["UID:".Length..])];

    // Summaries end in "(phase-name)"; phase names are slugs.
    private static string PhaseOf(string summary) => summary[(summary.LastIndexOf('(') + 1)..^1];

    private static List<string> Unfolded(byte[] bytes) =>
        [.. Encoding.UTF8.GetString(bytes).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    private static string Description(byte[] bytes) =>
        Unfolded(bytes).First(l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal))["DESCRIPTION:".Length..];

    // A TEXT value as RFC 5545 escapes it (the writer's own rule, written out again here).
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    // Each event's DESCRIPTION as ical.js reads it, in file order.
    private static List<string> DescriptionsWithIcalJs(byte[] file)
    {
        var lines = NodeTool.RunOnFiles("tests/format-check", "expand-ics.mjs", ["2026-03-02", "2026-03-03"], [("000.ics", file)]);
        lines.Should().ContainSingle();
        using var json = JsonDocument.Parse(lines[0]);
        json.RootElement.TryGetProperty("error", out var problem).Should().BeFalse($"ical.js reads the file, but: {(problem.ValueKind == JsonValueKind.String ? problem.GetString() : null)}");
        return [.. json.RootElement.GetProperty("descriptions").EnumerateArray().Select(d => d.GetString()!)];
    }

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
