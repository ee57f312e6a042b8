using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Testing;

namespace KneeStrength.Web.Tests;

/// <summary>
/// The page's own words (wwwroot/locales/*.json): every language has exactly English's keys and, in each text, English's
/// {placeholders}; every key the page uses (data-i18n attributes in index.html, t('...') and tn('...') in its scripts)
/// is in English, and every English key is used; no key or script names a phase of the built-in program (a phase's name
/// is the server's); the page's list of languages is the locale files; the service worker keeps every locale file for
/// offline use.
/// </summary>
public sealed partial class LocaleFilesTests
{
    private const string WebRoot = "samples/KneeStrength.Web/wwwroot";

    public static TheoryData<string> Translations => ["de", "es", "fr"];

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"data-i18n(?:-[a-z-]+)?=""([^""]+)""")]
    private static partial Regex HtmlKey();

    [GeneratedRegex(@"\b(tn?)\(\s*'([^']+)'")]
    private static partial Regex ScriptKey();

    [GeneratedRegex(@"const PRECACHE = (\[.*?\]);", RegexOptions.Singleline)]
    private static partial Regex Precache();

    [GeneratedRegex(@"export const LANGUAGES = \{([^}]*)\}")]
    private static partial Regex LanguageList();

    [GeneratedRegex(@"(\w+):\s*'")]
    private static partial Regex LanguageCode();

    /// <summary>A locale file's texts by key, in file order; a key twice, or a value that is not a text, fails the test.</summary>
    private static List<KeyValuePair<string, string>> Read(string language)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ProcessTools.Repository($"{WebRoot}/locales/{language}.json")));
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            property.Value.ValueKind.Should().Be(JsonValueKind.String, $"{language}.json: {property.Name} is a text");
            texts.Add(new(property.Name, property.Value.GetString()!));
        }

        texts.GroupBy(t => t.Key).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty($"{language}.json names each key once");
        texts.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).Should().BeEmpty($"{language}.json has a text for each key");
        return texts;
    }

    private static Dictionary<string, string> Texts(string language) => Read(language).ToDictionary(t => t.Key, t => t.Value);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    /// <summary>Every key the page uses: its HTML's data-i18n attributes, and its scripts' t('key') and tn('key') (key.one and key.other).</summary>
    private static SortedSet<string> UsedKeys()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        string html = File.ReadAllText(ProcessTools.Repository($"{WebRoot}/index.html"));
        keys.UnionWith(HtmlKey().Matches(html).Select(m => m.Groups[1].Value));
        foreach (string script in Directory.EnumerateFiles(ProcessTools.Repository($"{WebRoot}/js"), "*.js", SearchOption.AllDirectories))
        {
            foreach (Match match in ScriptKey().Matches(File.ReadAllText(script)))
            {
                string key = match.Groups[2].Value;
                keys.UnionWith(match.Groups[1].Value == "tn" ? [$"{key}.one", $"{key}.other"] : [key]);
            }
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void LocaleFile_Translation_HasExactlyTheKeysOfEnglish(string language)
    {
        var english = Read("en").Select(t => t.Key).ToList();
        var translated = Read(language).Select(t => t.Key).ToList();

        english.Except(translated).Should().BeEmpty($"{language}.json has every key of en.json");
        translated.Except(english).Should().BeEmpty($"{language}.json has no key that en.json lacks");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void LocaleFile_Translation_HasThePlaceholdersOfEnglishInEachText(string language)
    {
        var english = Texts("en");
        var translated = Texts(language);

        var wrong = english.Keys.Where(translated.ContainsKey)
            .Where(key => !Placeholders(english[key]).SetEquals(Placeholders(translated[key])))
            .Select(key => $"{key}: en has {{{string.Join("}, {", Placeholders(english[key]))}}}, {language} has {{{string.Join("}, {", Placeholders(translated[key]))}}}")
            .ToList();
        wrong.Should().BeEmpty($"each text of {language}.json puts in the values English puts in, no more and no fewer");
    }

    [Fact]
    public void Page_EveryKeyItUses_IsInEnglish()
    {
        var english = Texts("en");
        var used = UsedKeys();

        used.Should().HaveCountGreaterThan(150, "the regular expressions find the page's keys");
        used.Where(key => !english.ContainsKey(key)).Should().BeEmpty("every key index.html and the scripts use is in en.json");
    }

    [Fact]
    public void LocaleFile_English_HasNoKeyThePageDoesNotUse()
    {
        var used = UsedKeys();

        Texts("en").Keys.Where(key => !used.Contains(key)).Should().BeEmpty("a text no screen writes is a translation kept for nothing");
    }

    [Fact]
    public void Page_PhasesOfTheBuiltInProgram_AreNamedByTheServerNotByThePage()
    {
        // The day's phaseName comes from the server in the page's language; a table of the seed program's phases in the
        // page would show another program's phases by their ids, and word the seed's a second time.
        var phases = RunnersKnee.Program.Phases.Select(p => p.Name).ToList();
        phases.Should().NotBeEmpty();
        var named = new Regex($@"\b({string.Join('|', phases.Select(Regex.Escape))})\b");
        var pageFiles = Directory.EnumerateFiles(ProcessTools.Repository($"{WebRoot}/js"), "*.js", SearchOption.AllDirectories)
            .Append(ProcessTools.Repository($"{WebRoot}/index.html"));

        Read("en").Select(t => t.Key).Where(key => named.IsMatch(key)).Should().BeEmpty("no locale key is a phase of the built-in program");
        pageFiles.Where(file => named.IsMatch(File.ReadAllText(file))).Select(Path.GetFileName).Should()
            .BeEmpty("no page file names a phase of the built-in program by its id");
    }

    [Fact]
    public void Page_Languages_AreTheLocaleFiles()
    {
        string script = File.ReadAllText(ProcessTools.Repository($"{WebRoot}/js/i18n.js"));
        var listed = LanguageCode().Matches(LanguageList().Match(script).Groups[1].Value).Select(m => m.Groups[1].Value);
        var files = Directory.EnumerateFiles(ProcessTools.Repository($"{WebRoot}/locales"), "*.json").Select(Path.GetFileNameWithoutExtension);

        listed.Should().BeEquivalentTo(files).And.BeEquivalentTo(["en", "de", "es", "fr"]);
    }

    [Fact]
    public async Task ServiceWorker_Script_KeepsEveryLocaleFileForOfflineUse()
    {
        using var app = new CompanionApp(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));

        string script = await app.Client.GetStringAsync(new Uri("/sw.js", UriKind.Relative), TestContext.Current.CancellationToken);

        var precache = JsonSerializer.Deserialize<string[]>(Precache().Match(script).Groups[1].Value)!;
        precache.Should().Contain(["/locales/en.json", "/locales/de.json", "/locales/es.json", "/locales/fr.json", "/js/i18n.js"]);
    }
}
