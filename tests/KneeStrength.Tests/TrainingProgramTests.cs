using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KneeStrength.Catalog;

namespace KneeStrength.Tests;

public class TrainingProgramTests
{
        internal static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "6w" is six weeks, "open" is open, "event" ends on back to running, "event+6w" does so with six planned weeks.
    internal static PhaseEnd End(string text) => text switch
    {
        "open" => PhaseEnd.Open,
        "event" => PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning),
        _ when text.StartsWith("event+", StringComparison.Ordinal) =>
            PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, int.Parse(text[6..^1], CultureInfo.InvariantCulture)),
        _ when text.EndsWith('w') => PhaseEnd.AfterWeeks(int.Parse(text[..^1], CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"Not a phase end: {text}", nameof(text)),
    };

    internal static ProgramPhase Phase(string name, PhaseEnd end, ScheduleRule rule = default) =>
        new(name, RunnersKnee.Routine, rule, end);

    internal static TrainingProgram Program(params ProgramPhase[] phases) =>
        new("test-program", "Test program", phases);

    [Fact]
    public void Constructor_ValidArguments_HoldsThem()
    {
        var phases = new List<ProgramPhase> { Phase("treatment", PhaseEnd.AfterWeeks(6)), Phase("prevention", PhaseEnd.Open) };

        var program = new TrainingProgram("runners-knee", "Runner's knee", phases);

        program.Id.Should().Be("runners-knee");
        program.Name.Should().Be("Runner's knee");
        program.Phases.Should().Equal(phases);
        program.ToString().Should().Be("runners-knee");
    }

    [Fact]
    public void Constructor_SourceListChangedLater_KeepsCopy()
    {
        var phases = new List<ProgramPhase> { Phase("treatment", PhaseEnd.Open) };
        var program = new TrainingProgram("p", "P", phases);

        phases.Add(Phase("prevention", PhaseEnd.Open));

        program.Phases.Should().HaveCount(1);
        program.Phases.Should().NotBeSameAs(phases);
    }

    [Fact]
    public void Constructor_PhasesEndingOnEvents_AreAllowedBeforeTheLast()
    {
        var program = Program(Phase("a", End("event")), Phase("b", End("event+2w")), Phase("c", End("3w")), Phase("d", End("event")));

        program.Phases.Select(p => p.End).Should().Equal(End("event"), End("event+2w"), End("3w"), End("event"));
    }

    [Fact]
    public void Constructor_OpenPhaseBeforeTheLast_ThrowsNamingPhases()
    {
        var act = () => Program(Phase("treatment", PhaseEnd.Open), Phase("prevention", PhaseEnd.Open));

        act.Should().Throw<ArgumentException>().WithParameterName("phases")
            .WithMessage("Phase 0 'treatment' is open, but only the last phase may be.*");
    }

    [Fact]
    public void Constructor_DuplicateNames_ThrowsNamingPhases()
    {
        var act = () => Program(Phase("treatment", PhaseEnd.AfterWeeks(1)), Phase("rest", PhaseEnd.AfterWeeks(1)), Phase("treatment", PhaseEnd.Open));

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

        var act = () => Program(phases);

        act.Should().Throw<ArgumentException>().WithParameterName("phases")
            .WithMessage($"A program holds 1 to 20 phases; there were {count}.*");
    }

    [Fact]
    public void Constructor_TwentyPhases_IsAllowed() =>
        Program(Enumerable.Range(0, 20).Select(i => Phase($"phase-{i}", PhaseEnd.AfterWeeks(1))).ToArray())
            .Phases.Should().HaveCount(20);

    [Fact]
    public void Constructor_NullPhase_ThrowsNamingPhases()
    {
        var act = () => new TrainingProgram("p", "P", [Phase("a", PhaseEnd.Open), null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("phases").WithMessage("Element 1 is null.*");
    }

    [Fact]
    public void Constructor_BadArguments_ThrowNamingThem()
    {
        var phases = new[] { Phase("a", PhaseEnd.Open) };

        FluentActions.Invoking(() => new TrainingProgram("Runner's knee", "P", phases))
            .Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new TrainingProgram("p", " ", phases))
            .Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new TrainingProgram("p", "P", null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("phases");
    }

    [Fact]
    public void Equality_EqualParts_AreEqual()
    {
        var left = Program(Phase("a", PhaseEnd.AfterWeeks(1)), Phase("b", PhaseEnd.Open, ScheduleRule.Weekly(DayOfWeek.Monday)));
        var right = Program(Phase("a", PhaseEnd.AfterWeeks(1)), Phase("b", PhaseEnd.Open, ScheduleRule.Weekly(DayOfWeek.Monday)));

        (left == right).Should().BeTrue();
        left.Equals((object)right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equality_AnyPartDiffers_AreNotEqual()
    {
        ProgramPhase[] phases = [Phase("a", PhaseEnd.AfterWeeks(1)), Phase("b", PhaseEnd.Open)];
        var program = new TrainingProgram("p", "P", phases);

        (program == new TrainingProgram("q", "P", phases)).Should().BeFalse();
        (program == new TrainingProgram("p", "Q", phases)).Should().BeFalse();
        (program == new TrainingProgram("p", "P", [phases[0], Phase("b", PhaseEnd.Open, ScheduleRule.EveryNDays(2))])).Should().BeFalse();
        (program != new TrainingProgram("p", "P", [Phase("b", PhaseEnd.Open)])).Should().BeTrue();
        program.Equals(null).Should().BeFalse();
    }
}
