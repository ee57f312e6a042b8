using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using KneeStrength.Catalog;
using KneeStrength.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Cli.Tests;

/// <summary>
/// What an adversarial user types: text that would drive a terminal, response files, empty and extreme values, and
/// output that cannot be written. Every error is one line with nothing a terminal would act on, and exit code 2 (or
/// 1 when the output itself fails).
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "knee-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileInputTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task UnknownArgument_Long_IsQuotedAndClipped()
    {
        var result = await KneeProcess.RunAsync("plan", new string('x', 5000));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"knee plan: unrecognized command or argument '{new string('x', 37)}...'\n");
    }

    [Fact]
    public async Task Routine_EmptyFileName_IsAUsageError()
    {
        var result = await KneeProcess.RunAsync("plan", "--routine", string.Empty);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("--routine: expected a file name\n");
    }

    [Fact]
    public async Task Routine_FileNameStartingWithAt_IsReadAsAFile()
    {
        string path = Path.Combine(_directory, "@mine.json");
        await File.WriteAllTextAsync(path, KneeJson.WriteRoutine(RunnersKnee.Routine), TestContext.Current.CancellationToken);

        var result = await KneeProcess.RunAsync("routine", "--json", "--routine", path);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be(KneeJson.WriteRoutine(RunnersKnee.Routine));
    }

    [Theory]
    [InlineData(">&-")]
    [InlineData("> /dev/full")]
    public async Task Catalog_StandardOutputClosedOrFull_OneLineAndExitCodeOne(string redirect)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet \"$0\" catalog {redirect}");
        start.ArgumentList.Add(KneeProcess.Dll);
        using var process = Process.Start(start)!;
        string error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.Should().Be(1);
        error.Should().StartWith("knee: cannot write the output (standard output closed or full?): ").And.EndWith("\n");
        error.Count(c => c == '\n').Should().Be(1);
    }

    [Fact]
    public async Task Errors_StrangeTextInOptionValuesPathsAndDocuments_AreOneLineWithNoControlCharacters()
    {
        var strange = Gen.OneOf(
            Gen.String[Gen.Char, 1, 30],
            Gen.Const("\u001B[2J\u001B[31mred"),
            Gen.Const("line\nbreak\r\nand more"),
            Gen.Const("\u202Etxt.exe"),
            Gen.Const("\u0085\u009B\u2028\u200B"),
            Gen.Const(new string('x', 5000)));
        var cases = Gen.Select(strange, Gen.Int[0, 6]).Array[24].Single(_ => true, "7cE0NQ6aGxM1");

        foreach (var (text, where) in cases)
        {
            string file = Path.Combine(_directory, "doc.json");
            string[] args = where switch
            {
                0 => ["plan", "--equipment", text],
                1 => ["enrol", "--start", text, "--journal", Path.Combine(_directory, "journal.jsonl")],
                2 => ["enrol", "--weekly-on", text, "--journal", Path.Combine(_directory, "journal.jsonl")],
                3 => ["plan", "--minutes", text],
                4 => ["plan", "--routine", Path.Combine(_directory, "no " + text.Replace('/', '_').Replace('\0', '_'))],
                5 => ["schedule", "--ics", "x.ics", "--time", "07:00", "--time-zone", text],
                _ => ["plan", "--routine", WriteDocument(file, text)],
            };
            if (args.Any(a => a.Contains('\0', StringComparison.Ordinal)))
            {
                continue;
            }

            var result = await KneeProcess.RunAsync(args);

            result.ExitCode.Should().Be(2, $"{string.Join(" ", args.Select(a => DisplayText.Quote(a)))} is a usage error: {result.Error}");
            result.Error.Should().EndWith("\n");
            string line = result.Error[..^1];
            line.Should().NotContain("\n");
            DisplayText.FindProblem(line).Should().BeNull($"the message {DisplayText.Quote(line)} holds nothing a terminal acts on");
        }
    }

    // A routine document whose exercise id is the strange text, so the reader's message quotes it.
    private static string WriteDocument(string path, string text)
    {
        string json = KneeJson.WriteRoutine(RunnersKnee.Routine)
            .Replace("\"exerciseId\": \"side-steps\"", "\"exerciseId\": " + System.Text.Json.JsonSerializer.Serialize(text), StringComparison.Ordinal);
        File.WriteAllText(path, json);
        return path;
    }
}
