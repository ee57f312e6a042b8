using System;
using System.IO;
using System.Linq;

namespace KneeStrength.Tests.Repository;

public class ReadmeTests
{
    private const string QuickstartPath = "samples/KneeStrength.Quickstart/Program.cs";

    private const string BringYourOwnFolder = "samples/KneeStrength.BringYourOwn/";

    private const string CoachingPath = "samples/KneeStrength.Coaching/Program.cs";

    [Fact]
    public void Readme_FirstCsharpBlock_EqualsQuickstartProgram()
    {
        var readme = File.ReadAllText(ProcessTools.Repository("README.md"));
        var program = File.ReadAllText(ProcessTools.Repository(QuickstartPath));

        var block = FirstCodeBlock(readme, "csharp");

        block.Should().NotBeNull("README.md needs a ```csharp block with the quick start");
        Normalise(block!).Should().Be(Normalise(program),
            "the README's first C# block is {0}, which CI compiles and runs", QuickstartPath);
    }

    [Fact]
    public void Readme_BringYourOwnSection_IsTheSample()
    {
        var section = Section(File.ReadAllText(ProcessTools.Repository("README.md")), "## Bring your own program");

        section.Should().NotBeNull("README.md needs a section '## Bring your own program'");
        string.Join("\n\n", CodeBlocks(section!, "csharp").Select(Normalise)).Should().Be(
            Normalise(File.ReadAllText(ProcessTools.Repository(BringYourOwnFolder + "Program.cs"))),
            "the section's C# blocks, one after another, are {0}Program.cs, which CI compiles and runs", BringYourOwnFolder);
        CodeBlocks(section!, "json").Select(Normalise).Should().Equal(
            [Normalise(File.ReadAllText(ProcessTools.Repository(BringYourOwnFolder + "maintenance.routine.json")))],
            "the section's JSON block is the routine the sample reads");
    }

    [Fact]
    public void Readme_SectionsSection_RoutineReadsAndPlansAsTheTextSays()
    {
        var section = Section(File.ReadAllText(ProcessTools.Repository("README.md")), "## Warm-ups, circuits and open steps");
        section.Should().NotBeNull("README.md needs a section '## Warm-ups, circuits and open steps'");

        var routine = KneeStrength.Serialization.KneeJson.ReadRoutine(CodeBlocks(section!, "json").Single());
        var plan = KneeStrength.Scheduling.SessionScheduler.Default.Schedule(routine);

        routine.Sections.Select(s => s.Kind).Should().Equal(RoutineSectionKind.WarmUp, RoutineSectionKind.Main, RoutineSectionKind.CoolDown);
        routine.CircuitOf(1)!.Rounds.Should().Be(3);
        plan.Steps.Single(s => s.Exercise!.Id == "easy-cycling" && s.Kind == KneeStrength.Scheduling.StepKind.Hold).Cue.Should().Be("Easy cycling for 5 min.");
        plan.Steps.Where(s => s.IsOpen).Select(s => s.Exercise!.Id).Distinct().Should().Equal("side-plank");
        plan.Steps.Where(s => s.Exercise!.Id == "clamshell" && s.Kind == KneeStrength.Scheduling.StepKind.Work).Select(s => s.Set).Distinct().Should().Equal(1, 2, 3);
        plan.Steps.Should().Contain(s => s.Cue.Contains("Loop band (medium, red)", StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_TrackingAndCoachingSection_IsTheSample()
    {
        var section = Section(File.ReadAllText(ProcessTools.Repository("README.md")), "## Tracking and coaching: what to do tomorrow");

        section.Should().NotBeNull("README.md needs a section '## Tracking and coaching: what to do tomorrow'");
        CodeBlocks(section!, "csharp").Select(Normalise).Should().Equal(
            [Normalise(File.ReadAllText(ProcessTools.Repository(CoachingPath)))],
            "the section's C# block is {0}, which CI compiles and runs", CoachingPath);
    }

    [Fact]
    public void Section_Markdown_EndsAtTheNextSectionOfItsLevel() =>
        Section("# A\n## B\ntext\n### C\nmore\n## D\nafter\n", "## B").Should().Be("text\n### C\nmore");

    [Fact]
    public void CodeBlocks_Markdown_AreEveryBlockOfTheLanguageInOrder() =>
        CodeBlocks("```csharp\nA();\n```\ntext\n```json\n{}\n```\n```csharp\nB();\n```\n", "csharp").Should().Equal("A();", "B();");

    [Theory]
    [InlineData("```csharp\nvar x = 1;\n```\n```csharp\nvar y = 2;\n```\n", "var x = 1;")]
    [InlineData("text\n```shell\ndotnet test\n```\n```csharp\r\nA();\r\nB();\r\n```\r\n", "A();\nB();")]
    [InlineData("```csharp\n```\n", "")]
    public void FirstCodeBlock_MarkdownWithBlocks_ReturnsFirstBlockOfLanguage(string markdown, string expected) =>
        FirstCodeBlock(markdown, "csharp").Should().Be(expected);

    [Theory]
    [InlineData("no code here\n")]
    [InlineData("```shell\ndotnet test\n```\n")]
    [InlineData("```csharp\nnever closed\n")]
    public void FirstCodeBlock_NoClosedBlockOfLanguage_ReturnsNull(string markdown) =>
        FirstCodeBlock(markdown, "csharp").Should().BeNull();

    [Fact]
    public void Normalise_LineEndingsAndTrailingWhitespace_AreIgnored() =>
        Normalise("A();  \r\nB();\t\r\n\r\n").Should().Be(Normalise("A();\nB();\n"));

    [Fact]
    public void Normalise_IndentationAndContent_AreKept() =>
        Normalise("  A();\n").Should().NotBe(Normalise("A();\n"));

    /// <summary>The content of the first fenced block opened with ```<paramref name="language"/>, or null.</summary>
    private static string? FirstCodeBlock(string markdown, string language)
    {
        var lines = SplitLines(markdown);
        var start = Array.FindIndex(lines, line => line.TrimEnd() == "```" + language);
        if (start < 0)
        {
            return null;
        }

        var end = Array.FindIndex(lines, start + 1, line => line.TrimEnd() == "```");
        return end < 0 ? null : string.Join('\n', lines[(start + 1)..end]);
    }

    /// <summary>The lines after the heading up to the next heading of its level or higher, or null when there is no such heading.</summary>
    private static string? Section(string markdown, string heading)
    {
        var lines = SplitLines(markdown);
        int start = Array.FindIndex(lines, line => line.TrimEnd() == heading);
        if (start < 0)
        {
            return null;
        }

        int depth = HeadingDepth(heading);
        int end = Array.FindIndex(lines, start + 1, line => HeadingDepth(line) is > 0 and int d && d <= depth);
        return string.Join('\n', lines[(start + 1)..(end < 0 ? lines.Length : end)]);
    }

    /// <summary>How many <c>#</c> open a Markdown heading line; 0 for other lines.</summary>
    private static int HeadingDepth(string line)
    {
        int n = 0;
        while (n < line.Length && line[n] == '#')
        {
            n++;
        }

        return n > 0 && n < line.Length && line[n] == ' ' ? n : 0;
    }

    /// <summary>The contents of every fenced block opened with ```<paramref name="language"/>, in order.</summary>
    private static string[] CodeBlocks(string markdown, string language)
    {
        var blocks = new System.Collections.Generic.List<string>();
        var lines = SplitLines(markdown);
        for (int start = Array.FindIndex(lines, line => line.TrimEnd() == "```" + language); start >= 0;)
        {
            int end = Array.FindIndex(lines, start + 1, line => line.TrimEnd() == "```");
            if (end < 0)
            {
                break;
            }

            blocks.Add(string.Join('\n', lines[(start + 1)..end]));
            start = end + 1 < lines.Length ? Array.FindIndex(lines, end + 1, line => line.TrimEnd() == "```" + language) : -1;
        }

        return [.. blocks];
    }

    /// <summary>Ignores line endings, trailing whitespace and trailing blank lines; nothing else.</summary>
    private static string Normalise(string text) =>
        string.Join('\n', SplitLines(text).Select(line => line.TrimEnd())).TrimEnd('\n');

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
