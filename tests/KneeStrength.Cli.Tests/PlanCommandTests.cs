using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Cli.Tests;

public class PlanCommandTests
{
    [Fact]
    public async Task Plan_Default_PrintsEveryStepOfTheLibrarysPlan()
    {
        var result = await KneeProcess.RunAsync("plan");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);
        result.Lines[0].Should().Be("Knee strengthening for runners (runners-knee)");
        result.Lines[1].Should().Be("Equipment: band,bosu,step,wall; left side first.");
        StepRows(result).Should().Equal(ExpectedRows(plan), (a, b) => a.SequenceEqual(b));
        result.Lines.Should().Contain(Totals(plan));
        result.Lines.Count(line => line.StartsWith('╭')).Should().Be(1, "a plan with no notes has no note table");
    }

    [Fact]
    public async Task Plan_EquipmentBudgetAndRightFirst_MatchesTheLibraryWithNotes()
    {
        var result = await KneeProcess.RunAsync("plan", "--equipment", "band,wall", "--minutes", "12", "--right-first");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        var options = new SessionOptions(equipment: EquipmentSet.Parse("band,wall").Value, firstSide: Side.Right);
        var plan = new SessionScheduler(options).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));
        result.Lines[1].Should().Be("Equipment: band,wall; right side first, budget 12 min.");
        StepRows(result).Should().Equal(ExpectedRows(plan), (a, b) => a.SequenceEqual(b));
        result.Lines.Should().Contain(Totals(plan));

        var notes = TableText.Rows(result.Lines, index: 1);
        notes[0].Should().Equal("Note", "Exercise", "Change", "Why");
        var lines = KneeText.English.Notes(plan);
        var expected = lines.Select(n => new[] { NoteWord(n.Kind), n.Subject, n.Change, n.Reason }).ToList();
        (plan.Substitutions.Count, plan.Omissions.Count, plan.Adjustments.Count).Should().Be((1, 2, 13));
        lines.Select(n => n.Kind).Should().Equal(
            [NoteKind.Substitution, NoteKind.Omission, NoteKind.Adjustment, NoteKind.Adjustment, NoteKind.Adjustment],
            "the two omissions for want of a step are one line; the thirteen adjustments are the pauses, one line for the reps cut alike and one for the exercises left out");
        notes.Skip(1).Should().Equal(expected, (a, b) => a.SequenceEqual(b));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("fr")]
    public async Task Plan_LanguageAndBudget_NotesAreTheLibrarysLinesInTheLanguage(string language)
    {
        var result = await KneeProcess.RunAsync("plan", "--language", language, "--equipment", "band,wall", "--minutes", "12");

        result.ExitCode.Should().Be(0, result.Error);
        var plan = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band,wall").Value)).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));
        var lines = KneeText.For(language).Notes(plan);
        var notes = TableText.Rows(result.Lines, index: 1).Skip(1).ToList();
        notes.Select(r => (r[1], r[2], r[3])).Should().Equal(lines.Select(l => (l.Subject, l.Change, l.Reason)));
        notes.Should().HaveCount(5, "two omissions for want of a step are one line, and thirteen adjustments three: the pauses, the reps cut alike and the exercises left out");
        foreach (string english in EnglishNoteWords)
        {
            Regex.IsMatch(result.Output, $@"\b{Regex.Escape(english)}\b").Should().BeFalse($"'{english}' is English:\n{result.Output}");
        }
    }

    // English words of the library's notes and step table a translated plan must not hold (the directions' too).
    private static readonly string[] EnglishNoteWords =
    [
        "Whole session", "Left out", "Pauses cut", "To fit", "getting ready", "between exercises", "setting up", "reps", "rest",
        "Done as", "stretches", "forward", "back diagonal", "planned", "hold time", "Needs",
    ];

    [Fact]
    public async Task Plan_NoEquipment_SubstitutesAndLeavesOut()
    {
        var result = await KneeProcess.RunAsync("plan", "--equipment", "none");

        result.ExitCode.Should().Be(0);
        var notes = TableText.Rows(result.Lines, index: 1).Skip(1).Select(r => (r[0], r[1])).ToList();
        notes.Should().Equal(
            ("substituted", "Side steps"),
            ("substituted", "Bosu ball squat"),
            ("left out", "Standing leg extension"),
            ("left out", "Step-up and Hip dip"),
            ("left out", "Standing calf stretch and Standing Achilles stretch"));
    }

    [Fact]
    public async Task Plan_RedirectedOutput_IsLaidOutTo120ColumnsAndRepeatsExactly()
    {
        var first = await KneeProcess.RunAsync("plan", "--equipment", "none", "--minutes", "9");
        var second = await KneeProcess.RunAsync("plan", "--equipment", "none", "--minutes", "9");

        first.ExitCode.Should().Be(0);
        second.Output.Should().Be(first.Output);
        first.Lines.Max(line => line.Length).Should().BeLessThanOrEqualTo(120);
        first.Lines.Where(line => line.StartsWith('╭')).Should().AllSatisfy(line => line.Length.Should().Be(120));
        first.Output.Should().NotContain("\u001b", "redirected output carries no escape codes");
        first.Lines.Should().AllSatisfy(line => line.Should().NotEndWith(" "));
    }

    private static List<string[]> StepRows(KneeResult result)
    {
        var rows = TableText.Rows(result.Lines);
        rows[0].Should().Equal("Time", "Exercise", "Side", "Direction", "Reps/hold", "Cue");
        return rows.Skip(1).ToList();
    }

    private static List<string[]> ExpectedRows(SessionPlan plan)
    {
        var rows = new List<string[]>();
        string? previous = null;
        foreach (var step in plan.Steps)
        {
            string name = step.ExerciseName ?? "";
            rows.Add([
                Expected.TimeSpan(step, plan.TotalSeconds),
                name == previous ? "" : name,
                Expected.Side(step.Side),
                step.Direction?.Replace('-', ' ') ?? "",
                Expected.Amount(step),
                step.Cue,
            ]);
            previous = name;
        }

        return rows;
    }

    private static string Totals(SessionPlan plan)
    {
        int work = plan.Steps.Where(s => s.Kind == StepKind.Work).Sum(s => s.DurationSeconds);
        int holds = plan.Steps.Where(s => s.Kind == StepKind.Hold).Sum(s => s.DurationSeconds);
        int exercises = plan.Steps.Select(s => s.ItemIndex).Distinct().Count();
        return $"Total {Expected.Duration(plan.TotalSeconds)}: work {Expected.Duration(work)}, holds {Expected.Duration(holds)}, " +
            $"pauses {Expected.Duration(plan.TotalSeconds - work - holds)}; {exercises} exercises in {plan.Steps.Count} steps.";
    }

    private static string NoteWord(NoteKind kind) => kind switch
    {
        NoteKind.Substitution => "substituted",
        NoteKind.Omission => "left out",
        _ => "adjusted",
    };
}
