using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Testing;
using KneeStrength.Text;

namespace KneeStrength.Cli.Tests;

/// <summary>
/// <c>knee schedule</c>, <c>enrol</c>, <c>log</c>, <c>run</c> and <c>--help</c> in German, Spanish and French: none of
/// the CLI's English words, and the facts' numbers (dates, minutes, scores, steps) as the library has them.
/// </summary>
public sealed partial class CommandLanguageTests : IDisposable
{
    private static readonly DateOnly Start = new(2025, 3, 5);

    private readonly KneeFolder _knee = new();

    public void Dispose() => _knee.Dispose();

    // What is not the CLI's words in an output line: quoted text (ids, paths, commands), option names, help names,
    // System.CommandLine's usage brackets, paths and names with a slash (Europe/Berlin), environment variables, ids
    // (runners-knee).
    [GeneratedRegex(@"'[^'\n]*'|--[A-Za-z-]+|<[^>\n]*>|\[[^\]\n]*\]|\S*/\S*|\$\w+|\b[A-Z_]{2,}\b|\b\p{Ll}+(?:-\p{Ll}+)+\b")]
    private static partial Regex NotWords();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>The commands' names and the program's, which help prints in every language.</summary>
    private static readonly string[] CommandNames =
        ["knee", "catalog", "routine", "plan", "run", "enrol", "schedule", "log", "today", "progress", "pictures", "sheet", "fhir"];

    private static IEnumerable<string> WordsOf(string text) =>
        Word().Matches(NotWords().Replace(text, " ")).Select(m => m.Value.ToLowerInvariant());

    private static Dictionary<string, string>.ValueCollection Values(string englishPath, string language) =>
        ResxTable.Read(ResxTable.PathOf(englishPath, language)).Values;

    /// <summary>
    /// Words the English table shares with a language's CLI table on purpose: the values options take (all, left),
    /// equipment ids, names (Chromium, CarePlan) and cognates (Countdown, total, journal). Listed here rather than read
    /// from the translated table, so that an English word put into a translation by mistake is still caught.
    /// </summary>
    private static readonly Dictionary<string, string[]> Shared = new()
    {
        ["de"] = ["browser", "countdown", "live", "patient", "server", "standard"],
        ["es"] = ["imaginable", "rep", "total"],
        ["fr"] = ["circuit", "description", "document", "dose", "ignore", "imaginable", "journal", "machine", "minutes", "note", "parent", "pauses", "patient", "six", "standard", "total", "transaction", "version"],
    };

    private static readonly string[] SharedByAll =
    [
        "all", "none", "left", "right", "partial", "band", "step", "wall", "min", "bytes", "lines", "terminal", "coach", "apps", "ids",
        "plan", "bundle", "careplan", "plandefinition", "observations", "icalendar", "chromium", "ctrl",
    ];

    /// <summary>
    /// The English words of the CLI's table (three letters or more) less the words the library's tables of the
    /// language use too, the commands' names and the words shared on purpose.
    /// </summary>
    private static HashSet<string> EnglishWords(string language)
    {
        var english = Values("samples/KneeStrength.Cli/Resources/CliWords.resx", "en").SelectMany(WordsOf).Where(w => w.Length >= 3).ToHashSet();
        foreach (string table in new[] { "src/KneeStrength/Text/Resources/Messages.resx", "src/KneeStrength/Text/Resources/CatalogWords.resx" })
        {
            english.ExceptWith(Values(table, language).SelectMany(WordsOf));
        }

        english.ExceptWith(CommandNames);
        english.ExceptWith(SharedByAll);
        english.ExceptWith(Shared[language]);
        return english;
    }

    private static void ShouldHaveNoEnglishWords(string language, KneeResult result)
    {
        var english = EnglishWords(language);
                foreach (string line in result.Lines)
        {
            var found = WordsOf(line).Where(english.Contains).ToList();
            found.Should().BeEmpty($"'{line}' in {language} holds none of the CLI's English words");
        }
    }

    private async Task<KneeResult> Knee(string language, params string[] args)
    {
        var result = await _knee.Knee([.. args, "--language", language]);
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        return result;
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("fr")]
    public async Task EnrolAndLog_Translated_SayTheFactsInTheLanguage(string language)
    {
        var words = KneeText.For(language);

        var first = await Knee(language, "log", "--date", "2025-03-05", "--pain-during", "1", "--pain-after", "2", "--no-input");
        var changed = await Knee(language, "enrol", "--back-to-running", "2025-03-11", "--weekly-on", "sat", "--minutes", "20");
        var same = await Knee(language, "enrol");
        var morning = await Knee(language, "log", "--date", "2025-03-06", "--next-morning", "3");
        var run = await Knee(language, "log", "--date", "2025-03-08", "--run-minutes", "25", "--running-pain", "2", "--sharp-pain");

        foreach (var result in new[] { first, changed, same, morning, run })
        {
            ShouldHaveNoEnglishWords(language, result);
        }

        string start = words.Date(Start);
        first.Lines.Should().HaveCount(2);
        first.Lines[0].Should().Contain(start, "the enrolment the first log makes starts on its day");
        first.Lines[1].Should().Contain(start).And.Contain("-/1/2");
        var enrolment = _knee.Enrolment(RunnersKnee.ProgramWeeklyOn(DayOfWeek.Saturday));
        enrolment.SessionBudget.Should().Be(TimeSpan.FromMinutes(20));
        changed.Lines[0].Should().Contain(start).And.Contain("20 min").And.Contain("band,bosu,step,wall");
        same.Lines[0].Should().Contain(start).And.Contain("20 min").And.NotBe(changed.Lines[0], "an unchanged enrolment says so");
        changed.Lines.Skip(1).Should().HaveCount(enrolment.Phases.Count);
        foreach (var (line, placed) in changed.Lines.Skip(1).Zip(enrolment.Phases))
        {
            line.Should().StartWith(words.PhaseName(placed.Phase)).And.Contain(words.Date(placed.FirstDay)).And.Contain("'runners-knee'");
            if (placed.Ending != PhaseEnding.RunsOn)
            {
                line.Should().Contain(words.Date(placed.LastDay));
            }
        }

        changed.Lines[1].Should().Contain(words.Date(new DateOnly(2025, 3, 11)), "back to running ends the treatment");
        same.Lines.Skip(1).Should().Equal(changed.Lines.Skip(1));
        morning.Lines.Should().ContainSingle().Which.Should().Contain(start).And.Contain("-/1/2").And.Contain(" 3");
        run.Lines.Should().ContainSingle().Which.Should().Contain(words.Date(new DateOnly(2025, 3, 8))).And.Contain("25 min").And.Contain("2/10");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("fr")]
    public async Task Schedule_Translated_ShowsTheSessionsWithTheirDatesAndMinutes(string language)
    {
        var words = KneeText.For(language);
        await _knee.EnrolAsync("--start", "2025-03-05", "--back-to-running", "2025-03-11", "--weekly-on", "sat", "--minutes", "20");
        string ics = Path.Combine(_knee.Path, "knee.ics");

        var result = await Knee(language, "schedule", "--weeks", "3");
        var calendar = await Knee(language, "schedule", "--ics", ics);

        ShouldHaveNoEnglishWords(language, result);
        ShouldHaveNoEnglishWords(language, calendar);
        var enrolment = _knee.Enrolment(RunnersKnee.ProgramWeeklyOn(DayOfWeek.Saturday));
        var to = Start.AddDays(21);
        var sessions = ProgramScheduler.Default.GetSessions(enrolment, Start, to).ToList();
        result.Lines[0].Should().Be($"{words.ProgramName(enrolment.Program)} (runners-knee)");
        var rows = TableText.Rows(result.Lines, joiner: "|");
        // A cell's lines joined by spaces: a long phase name wraps inside its cell.
        rows.Skip(1).SelectMany(row => row.Skip(1)).Where(cell => cell.Contains(" min", StringComparison.Ordinal)).Select(cell => cell.Replace('|', ' '))
            .Should().Equal(sessions.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Date:yyyy-MM-dd} {words.PhaseName(s.Phase)} {(int)Math.Ceiling(s.EstimatedDuration.TotalMinutes)} min")));
        var total = sessions.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.EstimatedDuration);
        result.Lines[^1].Should().StartWith($"{sessions.Count} ").And.Contain(words.Date(Start)).And.Contain(words.Date(to.AddDays(-1)))
            .And.Contain(Words.Duration(total));
        calendar.Lines.Should().ContainSingle().Which.Should().Contain(words.Date(Start)).And.Contain($"({new FileInfo(ics).Length} ");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("fr")]
    public async Task Run_Translated_SaysEveryCueInTheLanguageAtThePlansTimes(string language)
    {
        var words = KneeText.For(language);
        var plan = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.None)).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(5));
        int exercises = plan.Steps.Select(s => s.ItemIndex).Distinct().Count();

        var result = await Knee(language, "run", "--equipment", "none", "--minutes", "5", "--speed", "1000", "--no-input", "--log", "--date", "2025-03-09");

        ShouldHaveNoEnglishWords(language, result);
        result.Lines[0].Should().StartWith(words.RoutineName(plan.Routine)).And.Contain(Expected.Duration(plan.TotalSeconds))
            .And.Contain($" {plan.Steps.Count} ").And.Contain("1000");
        int width = Expected.Clock(plan.TotalSeconds).Length;
        result.Lines.Skip(1).Take(plan.Steps.Count).Should().Equal(plan.Steps.Select(step => $"{Expected.Clock(step.StartSeconds).PadLeft(width)}  {words.Cue(step)}"));
        string done = result.Lines[plan.Steps.Count + 1];
        done.Should().Contain($"{plan.Steps.Count} ").And.Contain($"{exercises} ").And.Contain(Expected.Clock(plan.TotalSeconds));
        result.Lines[^2].Should().Contain(words.Date(new DateOnly(2025, 3, 9)), "the first log makes the enrolment");
        result.Lines[^1].Should().Contain(words.Date(new DateOnly(2025, 3, 9))).And.Contain("-/-/-");
    }

    [Theory]
    [InlineData("de", "")]
    [InlineData("de", "schedule")]
    [InlineData("de", "enrol")]
    [InlineData("de", "log")]
    [InlineData("de", "run")]
    [InlineData("es", "")]
    [InlineData("es", "schedule")]
    [InlineData("es", "enrol")]
    [InlineData("es", "log")]
    [InlineData("es", "run")]
    [InlineData("fr", "")]
    [InlineData("fr", "schedule")]
    [InlineData("fr", "enrol")]
    [InlineData("fr", "log")]
    [InlineData("fr", "run")]
    public async Task Help_Translated_DescribesEveryCommandAndOptionInTheLanguage(string language, string command)
    {
        var english = await KneeProcess.RunAsync(command.Length == 0 ? ["--help"] : [command, "--help"]);
        var translated = await KneeProcess.RunAsync(command.Length == 0 ? ["--language", language, "--help"] : [command, "--help", "--language", language]);

        translated.ExitCode.Should().Be(0, translated.Error);
        ShouldHaveNoEnglishWords(language, translated);
        translated.Lines.Should().NotContain(line => line == "Description:" || line.Contains("[command]", StringComparison.Ordinal),
            "System.CommandLine's heading and usage words that its tables leave in English are put in the language too");
        translated.Lines.Max(line => line.Length).Should().BeLessThanOrEqualTo(120);
        OptionNames(translated).Should().Equal(OptionNames(english), "the options are the same in every language");
        Numbers(translated).Should().Equal(Numbers(english), "the limits in the descriptions are the same: {0}", string.Join(' ', Numbers(english)));
    }

    [Fact]
    public async Task Help_Default_IsEnglish()
    {
        var result = await KneeProcess.RunAsync("schedule", "--help");

        result.Output.Should().Contain("Usage:").And.Contain("How many weeks of sessions to show, from the start (1 to 520).");
        (await KneeProcess.RunAsync("--help")).Lines.Should().Contain("Description:").And.Contain("  knee [command] [options]");
    }

    [Fact]
    public void CliWords_French_PutANoBreakSpaceBeforeHighPunctuation()
    {
        var table = ResxTable.Read(ResxTable.PathOf("samples/KneeStrength.Cli/Resources/CliWords.resx", "fr"));

        // A : ; ? ! that ends a clause (a space or the end after it, not HH:MM) has U+00A0 before it, as in the library's tables.
        table.Where(entry => Regex.IsMatch(entry.Value, "[^\u00A0][:;?!](\\s|$)")).Select(entry => entry.Key).Should().BeEmpty();
    }

    private static List<string> OptionNames(KneeResult result) =>
        Regex.Matches(result.Output, @"^\s+(-[\w?]+, )*(--[\w-]+)", RegexOptions.Multiline).Select(m => m.Groups[2].Value).ToList();

    private static List<string> Numbers(KneeResult result) =>
        Regex.Matches(NotWords().Replace(result.Output, " "), @"\d+(\.\d+)?").Select(m => m.Value).ToList();
}
