using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KneeStrength.Catalog;

namespace KneeStrength.Tests;

public class TrainingProgramTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    internal static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "6w" is six weeks, "open" is open, anything else is the last day.
    internal static PhaseEnd End(string text) => text switch
    {
        "open" => PhaseEnd.Open,
        _ when text.EndsWith('w') => PhaseEnd.AfterWeeks(int.Parse(text[..^1], CultureInfo.InvariantCulture)),
        _ => PhaseEnd.OnDate(D(text)),
    };

    private static ProgramPhase Phase(string name, PhaseEnd end, ScheduleRule rule = default) =>
        new(name, RunnersKnee.Routine, rule, end);

    private static TrainingProgram Program(DateOnly start, params ProgramPhase[] phases) =>
        new("test-program", "Test program", start, phases);

    [Fact]
    public void Constructor_ValidArguments_HoldsThem()
    {
        var phases = new List<ProgramPhase> { Phase("treatment", PhaseEnd.AfterWeeks(6)), Phase("prevention", PhaseEnd.Open) };

        var program = new TrainingProgram("runners-knee", "Runner's knee", Start, phases);

        program.Id.Should().Be("runners-knee");
        program.Name.Should().Be("Runner's knee");
        program.Start.Should().Be(Start);
        program.Phases.Should().Equal(phases);
        program.ToString().Should().Be("runners-knee");
    }

    [Fact]
    public void Constructor_SourceListChangedLater_KeepsCopy()
    {
        var phases = new List<ProgramPhase> { Phase("treatment", PhaseEnd.Open) };
        var program = new TrainingProgram("p", "P", Start, phases);

        phases.Add(Phase("prevention", PhaseEnd.Open));

        program.Phases.Should().HaveCount(1);
        program.Phases.Should().NotBeSameAs(phases);
    }

    // Phase 0 starts on `start` and ends as `end`; phase 1 follows and is open.
    [Theory]
    [InlineData("2026-03-02", "6w", "2026-04-12", "2026-04-13")]
    [InlineData("2026-03-02", "1w", "2026-03-08", "2026-03-09")]
    [InlineData("2026-03-02", "2026-03-02", "2026-03-02", "2026-03-03")]
    [InlineData("2028-02-01", "4w", "2028-02-28", "2028-02-29")]
    [InlineData("2028-02-29", "1w", "2028-03-06", "2028-03-07")]
    [InlineData("2028-02-22", "1w", "2028-02-28", "2028-02-29")]
    [InlineData("2028-02-23", "1w", "2028-02-29", "2028-03-01")]
    [InlineData("2027-02-22", "1w", "2027-02-28", "2027-03-01")]
    [InlineData("2028-02-01", "2028-02-29", "2028-02-29", "2028-03-01")]
    [InlineData("2026-12-25", "1w", "2026-12-31", "2027-01-01")]
    [InlineData("2026-12-31", "2026-12-31", "2026-12-31", "2027-01-01")]
    [InlineData("2026-01-01", "52w", "2026-12-30", "2026-12-31")]
    [InlineData("2028-01-01", "52w", "2028-12-29", "2028-12-30")]
    public void GetPhaseStartAndLastDay_TwoPhases_FollowOneAnother(string start, string end, string lastDay, string nextStart)
    {
        var program = Program(D(start), Phase("first", End(end)), Phase("second", PhaseEnd.Open));

        program.GetPhaseStart(0).Should().Be(D(start));
        program.GetPhaseLastDay(0).Should().Be(D(lastDay));
        program.GetPhaseStart(1).Should().Be(D(nextStart));
        program.GetPhaseLastDay(1).Should().Be(program.LastPossibleDay);
        program.LastDay.Should().Be(program.LastPossibleDay);
    }

    [Theory]
    [InlineData("2026-01-01", "2035-12-31")]
    [InlineData("2026-03-02", "2036-03-01")]
    [InlineData("2024-12-31", "2034-12-30")]
    [InlineData("2028-02-29", "2038-02-27")]
    [InlineData("2028-02-28", "2038-02-27")]
    [InlineData("2028-03-01", "2038-02-28")]
    [InlineData("2030-03-01", "2040-02-29")]
    [InlineData("0001-01-01", "0010-12-31")]
    [InlineData("9989-12-31", "9999-12-30")]
    public void LastPossibleDay_Start_IsTenYearsLessADay(string start, string expected)
    {
        var program = Program(D(start), Phase("only", PhaseEnd.Open));

        program.LastPossibleDay.Should().Be(D(expected));
        program.LastDay.Should().Be(D(expected));
        program.GetPhaseLastDay(0).Should().Be(D(expected));
    }

    [Theory]
    [InlineData("6w", "2026-04-12")]
    [InlineData("2026-06-30", "2026-06-30")]
    [InlineData("521w", "2036-02-24")]
    [InlineData("522w", "2036-03-01")]
    [InlineData("2036-03-01", "2036-03-01")]
    [InlineData("2036-03-02", "2036-03-01")]
    [InlineData("9999-12-31", "2036-03-01")]
    [InlineData("open", "2036-03-01")]
    public void LastDay_LastPhaseEnd_IsItsEndCutAtTheLimit(string end, string expected)
    {
        var program = Program(Start, Phase("only", End(end)));

        program.LastPossibleDay.Should().Be(D("2036-03-01"));
        program.LastDay.Should().Be(D(expected));
    }

    [Fact]
    public void GetPhaseStart_ThreePhases_ChainsThem()
    {
        var program = Program(
            D("2027-12-20"),
            Phase("a", PhaseEnd.AfterWeeks(2)),
            Phase("b", PhaseEnd.OnDate(D("2028-02-29"))),
            Phase("c", PhaseEnd.AfterWeeks(1)));

        Enumerable.Range(0, 3).Select(program.GetPhaseStart).Should().Equal(D("2027-12-20"), D("2028-01-03"), D("2028-03-01"));
        Enumerable.Range(0, 3).Select(program.GetPhaseLastDay).Should().Equal(D("2028-01-02"), D("2028-02-29"), D("2028-03-07"));
        program.LastDay.Should().Be(D("2028-03-07"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void GetPhaseStartAndLastDay_BadIndex_ThrowNamingIndex(int i)
    {
        var program = Program(Start, Phase("a", PhaseEnd.AfterWeeks(1)), Phase("b", PhaseEnd.Open));

        program.Invoking(p => p.GetPhaseStart(i)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        program.Invoking(p => p.GetPhaseLastDay(i)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
    }

    [Fact]
    public void Constructor_OpenPhaseBeforeTheLast_ThrowsNamingPhases()
    {
        var act = () => Program(Start, Phase("treatment", PhaseEnd.Open), Phase("prevention", PhaseEnd.Open));

        act.Should().Throw<ArgumentException>().WithParameterName("phases")
            .WithMessage("Phase 0 'treatment' is open, but only the last phase may be.*");
    }

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsNamingPhases()
    {
        var act = () => Program(
            Start,
            Phase("treatment", PhaseEnd.AfterWeeks(2)),
            Phase("prevention", PhaseEnd.OnDate(D("2026-03-15"))));

        act.Should().Throw<ArgumentException>().WithParameterName("phases")
            .WithMessage("Phase 1 'prevention' ends on 2026-03-15, before it starts on 2026-03-16.*");
    }

    [Fact]
    public void Constructor_FirstPhaseEndsBeforeProgramStart_ThrowsNamingPhases()
    {
        var act = () => Program(Start, Phase("treatment", PhaseEnd.OnDate(Start.AddDays(-1))));

        act.Should().Throw<ArgumentException>().WithParameterName("phases")
            .WithMessage("Phase 0 'treatment' ends on 2026-03-01, before it starts on 2026-03-02.*");
    }

    [Theory]
    [InlineData("522w")]
    [InlineData("2036-03-01")]
    [InlineData("2040-01-01")]
    public void Constructor_PhaseBeforeTheLastReachesLimit_ThrowsNamingPhases(string end)
    {
        var act = () => Program(Start, Phase("treatment", End(end)), Phase("prevention", PhaseEnd.Open));

        act.Should().Throw<ArgumentException>().WithParameterName("phases")
            .WithMessage("Phase 0 'treatment' reaches the program's last possible day, 2036-03-01 (10 years from its start), leaving no day for the next phase.*");
    }

    [Fact]
    public void Constructor_NextPhaseStartsOnLastPossibleDay_IsAllowed()
    {
        var program = Program(Start, Phase("treatment", PhaseEnd.OnDate(D("2036-02-29"))), Phase("prevention", PhaseEnd.Open));

        program.GetPhaseStart(1).Should().Be(D("2036-03-01"));
        program.GetPhaseLastDay(1).Should().Be(D("2036-03-01"));
    }

    [Fact]
    public void Constructor_DuplicateNames_ThrowsNamingPhases()
    {
        var act = () => Program(Start, Phase("treatment", PhaseEnd.AfterWeeks(1)), Phase("rest", PhaseEnd.AfterWeeks(1)), Phase("treatment", PhaseEnd.Open));

        act.Should().Throw<ArgumentException>().WithParameterName("phases")
            .WithMessage("Phases 0 and 2 are both named 'treatment'; phase names must differ.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Constructor_PhaseCountOutOfRange_ThrowsNamingPhases(int count)
    {
        var phases = Enumerable.Range(0, count)
            .Select(i => Phase($"phase-{i}", i == count - 1 ? PhaseEnd.Open : PhaseEnd.AfterWeeks(1)))
            .ToArray();

        var act = () => Program(Start, phases);

        act.Should().Throw<ArgumentException>().WithParameterName("phases")
            .WithMessage($"A program holds 1 to 20 phases; there were {count}.*");
    }

    [Fact]
    public void Constructor_TwentyPhases_IsAllowed() =>
        Program(Start, Enumerable.Range(0, 20).Select(i => Phase($"phase-{i}", PhaseEnd.AfterWeeks(1))).ToArray())
            .LastDay.Should().Be(Start.AddDays(20 * 7 - 1));

    [Fact]
    public void Constructor_NullPhase_ThrowsNamingPhases()
    {
        var act = () => new TrainingProgram("p", "P", Start, [Phase("a", PhaseEnd.Open), null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("phases").WithMessage("Element 1 is null.*");
    }

    [Fact]
    public void Constructor_BadArguments_ThrowNamingThem()
    {
        var phases = new[] { Phase("a", PhaseEnd.Open) };

        FluentActions.Invoking(() => new TrainingProgram("Runner's knee", "P", Start, phases))
            .Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new TrainingProgram("p", " ", Start, phases))
            .Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new TrainingProgram("p", "P", Start, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("phases");
    }

    [Theory]
    [InlineData("9990-01-01")]
    [InlineData("9999-12-31")]
    public void Constructor_StartTooLate_ThrowsNamingStart(string day)
    {
        var act = () => Program(D(day), Phase("a", PhaseEnd.Open));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start")
            .WithMessage("A program must start on or before 9989-12-31, so that its 10 years fit in the calendar.*");
    }

    [Fact]
    public void Equality_EqualParts_AreEqual()
    {
        var left = Program(Start, Phase("a", PhaseEnd.AfterWeeks(1)), Phase("b", PhaseEnd.Open, ScheduleRule.Weekly(DayOfWeek.Monday)));
        var right = Program(Start, Phase("a", PhaseEnd.AfterWeeks(1)), Phase("b", PhaseEnd.Open, ScheduleRule.Weekly(DayOfWeek.Monday)));

        (left == right).Should().BeTrue();
        left.Equals((object)right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equality_AnyPartDiffers_AreNotEqual()
    {
        ProgramPhase[] phases = [Phase("a", PhaseEnd.AfterWeeks(1)), Phase("b", PhaseEnd.Open)];
        var program = new TrainingProgram("p", "P", Start, phases);

        (program == new TrainingProgram("q", "P", Start, phases)).Should().BeFalse();
        (program == new TrainingProgram("p", "Q", Start, phases)).Should().BeFalse();
        (program == new TrainingProgram("p", "P", Start.AddDays(1), phases)).Should().BeFalse();
        (program == new TrainingProgram("p", "P", Start, [phases[0], Phase("b", PhaseEnd.Open, ScheduleRule.EveryNDays(2))])).Should().BeFalse();
        (program != new TrainingProgram("p", "P", Start, [Phase("b", PhaseEnd.Open)])).Should().BeTrue();
        program.Equals(null).Should().BeFalse();
    }
}
