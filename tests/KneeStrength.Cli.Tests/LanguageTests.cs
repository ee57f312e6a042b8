using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using KneeStrength.Coaching;
using KneeStrength.Testing;

namespace KneeStrength.Cli.Tests;

/// <summary>
/// <c>knee</c> in English, German, Spanish and French: its message tables, <c>--language</c>, the POSIX locale
/// variables, the words it prints and the facts it keeps the same in every language.
/// </summary>
public sealed partial class LanguageTests : IDisposable
{
    private readonly KneeFolder _knee = new();

    public void Dispose() => _knee.Dispose();

    /// <summary>samples/KneeStrength.Cli/Resources, found from the built knee.dll (bin/Release/net10.0 under the project).</summary>
    private static string Resources =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(KneeProcess.Dll)!, "..", "..", "..", "Resources"));

    /// <summary>The CLI's own English words on the today, routine and catalog screens, which German output must not hold.</summary>
    private static readonly string[] EnglishWords =
    [
        "session day", "rest day", "Daily treatment", "SEE A CLINICIAN", "provisional", "Exercise", "Dosage", "Category",
        "Position", "Equipment", "strength", "balance", "stretch", "plyometric", "standing", "on your side", "on your back",
        "exercises", "in a circuit",
    ];

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();

    private static Dictionary<string, string> Table(string language) =>
        ResxTable.Read(ResxTable.PathOf("samples/KneeStrength.Cli/Resources/CliWords.resx", language));

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("fr")]
    public void CliWords_Translation_HasEveryKeyWithTheSamePlaceholders(string language)
    {
        var english = Table("en");
        var translated = Table(language);

        english.Should().NotBeEmpty();
        translated.Keys.Should().BeEquivalentTo(english.Keys, "every text exists in every language, and no other");
        foreach (var (key, text) in english)
        {
            translated[key].Should().NotBeNullOrWhiteSpace(key);
            Placeholders(translated[key]).Should().Equal(Placeholders(text), $"'{key}' in {language} fills in what the English fills in");
        }
    }

    private async Task ThreeCalmSessions()
    {
        foreach (string day in new[] { "02", "03", "04" })
        {
            (await _knee.Knee("log", "--date", $"2026-03-{day}", "--completed", "all", "--pain-before", "1", "--pain-during", "1", "--pain-after", "1", "--no-input")).ExitCode.Should().Be(0);
            (await _knee.Knee("log", "--date", $"2026-03-{int.Parse(day, System.Globalization.CultureInfo.InvariantCulture) + 1:00}", "--next-morning", "1")).ExitCode.Should().Be(0);
        }
    }

    [Fact]
    public async Task Today_German_SaysTheClisOwnWordsInGerman()
    {
        await ThreeCalmSessions();

        var before = await _knee.Knee("--language", "de", "today", "--date", "2026-03-05");
        var after = await _knee.Knee("today", "--date", "2026-03-05", "--language", "de-AT");

        before.ExitCode.Should().Be(0, before.Error);
        after.Output.Should().Be(before.Output, "the option goes before or after the command, and de-AT is German");
        before.Lines[0].Should().EndWith(": ein Trainingstag (Tägliche Behandlung).");
        before.Output.Should().Contain("│ Übung").And.Contain("Dosierung").And.Contain("Kategorie").And.Contain("Haltung")
            .And.Contain("Ausrüstung").And.Contain("Kraft").And.Contain("im Stehen").And.Contain("Beinstrecken im Stehen")
            .And.Contain(": 14 Übungen");
        foreach (string english in EnglishWords)
        {
            // Whole words: the routine's own name, "Knee strengthening for runners", is the library's and not the CLI's.
            Regex.IsMatch(before.Output, $@"\b{Regex.Escape(english)}\b").Should().BeFalse($"'{english}' is one of the CLI's English words:\n{before.Output}");
        }
    }

    [Fact]
    public async Task Today_FrenchJson_CarriesTheSameFactsAsTheEnglish()
    {
        await ThreeCalmSessions();

        var english = await _knee.Knee("today", "--date", "2026-03-05", "--json");
        var french = await _knee.Knee("today", "--language", "fr", "--date", "2026-03-05", "--json");

        french.ExitCode.Should().Be(0, french.Error);
        var en = JsonNode.Parse(english.Output)!.AsObject();
        var fr = JsonNode.Parse(french.Output)!.AsObject();
        ((string?)fr["language"]).Should().Be("fr");
        ((string?)en["language"]).Should().Be("en");
        ((string?)fr["phaseName"]).Should().NotBe((string?)en["phaseName"]);
        JsonNode.DeepEquals(Facts(en), Facts(fr)).Should().BeTrue("only the words differ:\n{0}\n{1}", Facts(en).ToJsonString(), Facts(fr).ToJsonString());
        JsonNode.DeepEquals(en, fr).Should().BeFalse("the words do differ");
    }

    /// <summary>The document without its words: the language, the phase's name and every reason.</summary>
    private static JsonNode Facts(JsonObject document)
    {
        var copy = document.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                obj.Remove("language");
                obj.Remove("phaseName");
                obj.Remove("reason");
                foreach (var (_, child) in obj)
                {
                    Strip(child);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var child in array)
                {
                    Strip(child);
                }
            }
        }
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public async Task Language_Unknown_IsAUsageErrorNamingTheOption(string language)
    {
        var result = await KneeProcess.RunAsync("--language", language, "catalog");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"--language: expected en, de, es or fr (or a tag such as de-AT or fr-CA), but got '{language}'\n");
    }

    [Fact]
    public async Task Lang_SpanishLocale_SelectsSpanishUnlessLcAllOrTheOptionSaysOtherwise()
    {
        var spanish = await KneeProcess.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["LANG"] = "es_ES.UTF-8" }, "catalog");
        var messages = await KneeProcess.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["LANG"] = "de_DE.UTF-8", ["LC_MESSAGES"] = "es_MX" }, "catalog");
        var posix = await KneeProcess.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["LANG"] = "es_ES.UTF-8", ["LC_ALL"] = "C" }, "catalog");
        var option = await KneeProcess.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["LANG"] = "es_ES.UTF-8" }, "catalog", "--language", "en");
        var unknown = await KneeProcess.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["LANG"] = "ja_JP.UTF-8" }, "catalog");
        var english = await KneeProcess.RunAsync("catalog");

        spanish.ExitCode.Should().Be(0, spanish.Error);
        spanish.Lines[0].Should().Be("Ejercicios incluidos: 14, con la dosis de la rutina 'runners-knee'");
        spanish.Output.Should().Contain("Ejercicio").And.Contain("fuerza").And.Contain("Pasos laterales");
        messages.Output.Should().Be(spanish.Output, "LC_MESSAGES comes before LANG");
        posix.Output.Should().Be(english.Output, "LC_ALL=C comes first and means English");
        option.Output.Should().Be(english.Output, "--language comes before the environment");
        unknown.ExitCode.Should().Be(0, "a language knee does not speak in the environment is English, not an error");
        unknown.Output.Should().Be(english.Output);
        english.Lines[0].Should().StartWith("Built-in exercises: 14");
    }

    [Fact]
    public async Task Today_LongReasons_WrapAtTheRedirectedWidthBetweenWords()
    {
        await ThreeCalmSessions();

        var text = await _knee.Knee("today", "--date", "2026-03-05");
        var json = await _knee.Knee("today", "--date", "2026-03-05", "--json");

        text.ExitCode.Should().Be(0, text.Error);
        text.Lines.Should().OnlyContain(line => line.Length <= 120);
        var decisions = JsonNode.Parse(json.Output)!["decisions"]!.AsArray().Select(d => (string)d!["reason"]!).ToList();
        var paragraphs = new List<string>();
        foreach (string line in text.Lines.Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith("  ", StringComparison.Ordinal)))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                paragraphs.Add(line[2..]);
            }
            else
            {
                line.Should().StartWith("  ", "a reason's later lines hang under its first word");
                paragraphs[^1] += " " + line[2..];
            }
        }

        paragraphs.Should().Equal(decisions, "joined at the breaks, the lines are the reasons word for word");
        text.Lines.Length.Should().BeGreaterThan(decisions.Count + 1, "at least one reason is longer than a line");
    }

    [Fact]
    public async Task Progress_Chart_HasTheScaleAndMarksAtTheTargetAndTheLimit()
    {
        await ThreeCalmSessions();
        var rules = PainRules.Default;

        var english = await _knee.Knee("progress", "--to", "2026-03-08");
        var german = await _knee.Knee("progress", "--to", "2026-03-08", "--language", "de");

        english.ExitCode.Should().Be(0, english.Error);
        var scale = english.Lines.Single(l => l.StartsWith("Week of", StringComparison.Ordinal));
        int origin = scale.IndexOf('0', StringComparison.Ordinal);
        scale.IndexOf($" {rules.TargetDuring} ", StringComparison.Ordinal).Should().Be(origin + (rules.TargetDuring * 4) - 1);
        scale.IndexOf($" {rules.AcceptableDuring} ", StringComparison.Ordinal).Should().Be(origin + (rules.AcceptableDuring * 4) - 1);
        scale.Should().EndWith("10");
        var bar = english.Lines.Single(l => l.StartsWith("2026-03-02  ", StringComparison.Ordinal));
        bar.Should().EndWith("1.0");
        bar[origin + (rules.TargetDuring * 4)].Should().Be('┊');
        bar[origin + (rules.AcceptableDuring * 4)].Should().Be('┊');
        english.Lines.Should().Contain($"Marks: {rules.TargetDuring}/10 the target, {rules.AcceptableDuring}/10 the acceptable limit.");
        german.Lines.Should().Contain($"Markierungen: {rules.TargetDuring}/10 das Ziel, {rules.AcceptableDuring}/10 die vertretbare Grenze.");
        german.Output.Should().Contain("Woche ab").And.NotContain("Week of");
    }
}
