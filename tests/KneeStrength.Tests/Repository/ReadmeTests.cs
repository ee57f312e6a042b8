using System;
using System.IO;
using System.Linq;

namespace KneeStrength.Tests.Repository;

public class ReadmeTests
{
    private const string QuickstartPath = "samples/KneeStrength.Quickstart/Program.cs";

    [Fact]
    public void Readme_FirstCsharpBlock_EqualsQuickstartProgram()
    {
        var readme = File.ReadAllText(RepositoryRoot.PathOf("README.md"));
        var program = File.ReadAllText(RepositoryRoot.PathOf(QuickstartPath));

        var block = FirstCodeBlock(readme, "csharp");

        block.Should().NotBeNull("README.md needs a ```csharp block with the quick start");
        Normalise(block!).Should().Be(Normalise(program),
            "the README's first C# block is {0}, which CI compiles and runs", QuickstartPath);
    }

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

    /// <summary>Ignores line endings, trailing whitespace and trailing blank lines; nothing else.</summary>
    private static string Normalise(string text) =>
        string.Join('\n', SplitLines(text).Select(line => line.TrimEnd())).TrimEnd('\n');

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
