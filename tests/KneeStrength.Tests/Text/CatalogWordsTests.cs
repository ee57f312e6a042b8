using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KneeStrength.Catalog;
using KneeStrength.Text;

namespace KneeStrength.Tests.Text;

/// <summary>
/// The built-in catalog's message tables (src/KneeStrength/Text/Resources/CatalogWords*.resx, read from the source
/// tree) and <see cref="CatalogWords"/>, which reads them from the built assembly and its satellites.
/// </summary>
public partial class CatalogWordsTests
{
    private static readonly string[] Translated = ["de", "es", "fr"];

    // English words a translation must not hold, chosen so that none is also a German, Spanish or French word
    // ("band" is German, "squat" French, "don" Spanish).
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "your", "you", "with", "and", "keep", "keeps", "knee", "knees", "leg", "legs", "hold", "step", "steps",
        "foot", "feet", "hips", "toes", "heel", "slowly", "until", "toward", "lower", "straight", "floor", "wall", "both",
        "back", "raise", "stretch", "standing", "seated", "lift", "lean", "bend", "daily", "weekly", "runners",
    };

    // Keys whose translation may read exactly as the English (a brand or a loanword the language uses as is). None
    // needs it today; add the key with a reason rather than weaken the test.
    private static readonly Dictionary<string, string[]> SameAsEnglish = new()
    {
        ["de"] = [],
        ["es"] = [],
        ["fr"] = [],
    };

    // The informal (German, French) or formal (Spanish) form of address each table must not use: German and French
    // say "Sie" and "vous", Spanish says "tú" (see the comment at the top of each table).
    private static readonly Dictionary<string, string[]> OtherFormOfAddress = new()
    {
        ["de"] = ["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines"],
        ["es"] = ["usted", "ustedes"],
        ["fr"] = ["tu", "toi", "ton", "ta", "tes", "te"],
    };

    public static TheoryData<string> TranslatedLanguages => [.. Translated];

    public static TheoryData<string> AllLanguages => ["en", .. Translated];

    /// <summary>Culture names and the table each reads.</summary>
    public static TheoryData<string, string> Cultures => new()
    {
        { "de", "de" }, { "de-DE", "de" }, { "de-AT", "de" }, { "de-CH", "de" },
        { "es", "es" }, { "es-ES", "es" }, { "es-MX", "es" },
        { "fr", "fr" }, { "fr-FR", "fr" }, { "fr-CA", "fr" },
        { "en", "en" }, { "en-GB", "en" }, { "ja-JP", "en" }, { "pt-BR", "en" }, { "", "en" },
    };

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Table_Keys_AreExactlyTheEnglishKeys(string language)
    {
        var english = Table("en");
        var table = Table(language);

        english.Keys.Except(table.Keys).Should().BeEmpty("the {0} table must translate every English text", language);
        table.Keys.Except(english.Keys).Should().BeEmpty("the {0} table must hold no key the English table lacks", language);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Table_Values_AreNonEmptyDisplayTexts(string language)
    {
        var problems = Table(language)
            .Select(e => (e.Key, Problem: string.IsNullOrWhiteSpace(e.Value) ? "is empty" : DisplayText.FindProblem(e.Value)))
            .Where(e => e.Problem is not null)
            .Select(e => $"{e.Key} {e.Problem}");

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Table_Placeholders_MatchTheEnglish(string language)
    {
        var english = Table("en");
        var problems = Table(language)
            .Where(e => !Placeholders(e.Value).SequenceEqual(Placeholders(english[e.Key])))
            .Select(e => $"{e.Key}: {e.Value}");

        problems.Should().BeEmpty();
    }

    [Fact]
    public void EnglishTable_Entries_EachHaveACommentForTranslators()
    {
        var document = XDocument.Load(ResxTable.PathOf("src/KneeStrength/Text/Resources/CatalogWords.resx", "en"));

        document.Root!.Elements("data")
            .Where(d => string.IsNullOrWhiteSpace((string?)d.Element("comment")))
            .Select(d => (string)d.Attribute("name")!)
            .Should().BeEmpty();
    }

    [Fact]
    public void EnglishTable_Entries_AreTheBuiltInCatalogsOwnTexts()
    {
        var expected = BuiltInTexts();
        var english = Table("en");

        expected.Keys.Except(english.Keys).Should().BeEmpty("every built-in text needs its key");
        english.Keys.Except(expected.Keys).Should().BeEmpty("every key must name a built-in text");
        english.Where(e => expected[e.Key] != e.Value).Select(e => $"{e.Key}: table '{e.Value}', catalog '{expected[e.Key]}'")
            .Should().BeEmpty("English output must not change");
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Table_NamesAndCues_DifferFromTheEnglish(string language)
    {
        var english = Table("en");
        var same = Table(language)
            .Where(e => e.Value == english[e.Key] && !SameAsEnglish[language].Contains(e.Key))
            .Select(e => $"{e.Key}: {e.Value}");

        same.Should().BeEmpty("the {0} table must say every text in {0}", language);
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Table_Values_HoldNoEnglishWord(string language)
    {
        var found = Table(language)
            .SelectMany(e => Words(e.Value).Where(EnglishWords.Contains).Select(w => $"{e.Key}: '{w}' in {e.Value}"));

        found.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Table_Values_KeepToOneFormOfAddress(string language)
    {
        var other = OtherFormOfAddress[language];
        var found = Table(language)
            .SelectMany(e => Words(e.Value).Where(w => other.Contains(w, StringComparer.OrdinalIgnoreCase)).Select(w => $"{e.Key}: '{w}' in {e.Value}"));

        found.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Accessor_EveryBuiltInText_ReadsTheCulturesTable(string cultureName, string language)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var table = Table(language);

        var read = AccessorTexts(culture);

        read.Where(e => table.GetValueOrDefault(e.Key) != e.Value)
            .Select(e => $"{e.Key}: read '{e.Value}', table '{table.GetValueOrDefault(e.Key) ?? "(no such key)"}'")
            .Should().BeEmpty("{0} reads the {1} table", cultureName, language);
    }

    [Fact]
    public void Accessor_InvariantCulture_ReturnsTheObjectsOwnTexts()
    {
        var exercise = RunnersKnee.SideSteps;

        CatalogWords.Name(exercise, CultureInfo.InvariantCulture).Should().BeSameAs(exercise.Name);
        CatalogWords.Cues(exercise, CultureInfo.InvariantCulture).Should().BeSameAs(exercise.Cues);
        CatalogWords.Language(CultureInfo.InvariantCulture).Should().Be(-1);
    }

    [Theory]
    [InlineData("de-AT", 0)]
    [InlineData("de", 0)]
    [InlineData("es-419", 1)]
    [InlineData("fr-CH", 2)]
    [InlineData("ja-JP", -1)]
    [InlineData("en-US", -1)]
    [InlineData("", -1)]
    public void Language_Culture_IsMatchedByItsLanguage(string cultureName, int expected)
    {
        CatalogWords.Language(CultureInfo.GetCultureInfo(cultureName)).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Accessor_TranslatedCatalog_IsAValidModel(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);

        foreach (var exercise in RunnersKnee.Catalog.Exercises)
        {
            var variations = exercise.Variations.Select(v => new ExerciseVariation(
                v.Id,
                CatalogWords.Name(v, exercise, culture),
                v.Equipment.Select(e => new Equipment(e.Id, CatalogWords.Name(e, culture))),
                CatalogWords.Reason(v, exercise, culture),
                v.Position,
                CatalogWords.Cues(v, exercise, culture)));
            var act = () => new Exercise(
                exercise.Id, CatalogWords.Name(exercise, culture), exercise.Category, exercise.Position, exercise.IsPerSide,
                exercise.Tempo, CatalogWords.Cues(exercise, culture), exercise.Equipment, variations, exercise.Directions, exercise.Media);

            act.Should().NotThrow("the {0} words of {1} must fit the model's limits", language, exercise.Id);
        }

        var routine = () => new Routine(RunnersKnee.Routine.Id, CatalogWords.RoutineName(RunnersKnee.Routine, culture), RunnersKnee.Routine.Items);
        var program = () => new TrainingProgram(RunnersKnee.Program.Id, CatalogWords.ProgramName(RunnersKnee.Program, culture), RunnersKnee.Program.Phases);
        routine.Should().NotThrow();
        program.Should().NotThrow();
    }

    [Fact]
    public void Name_UsersExerciseWithABuiltInId_KeepsItsOwnWordsInGerman()
    {
        var german = CultureInfo.GetCultureInfo("de");
        var crabWalk = new Exercise(
            "side-steps", "Crab walk", ExerciseCategory.Strength, BodyPosition.Standing, isPerSide: true, TimeSpan.FromSeconds(2),
            ["Stay low and walk sideways."],
            variations: [new ExerciseVariation("no-band", "Crab walk, no band", [], "When the band snapped.")]);

        CatalogWords.Name(crabWalk, german).Should().Be("Crab walk");
        CatalogWords.Cues(crabWalk, german).Should().Equal("Stay low and walk sideways.");
        CatalogWords.Name(crabWalk.Variations[0], crabWalk, german).Should().Be("Crab walk, no band");
        CatalogWords.Reason(crabWalk.Variations[0], crabWalk, german).Should().Be("When the band snapped.");
    }

    [Fact]
    public void Cues_OneCueChanged_KeepsTheWholeListInItsOwnWords()
    {
        var german = CultureInfo.GetCultureInfo("de");
        var builtIn = RunnersKnee.SideSteps;
        string[] cues = [.. builtIn.Cues];
        cues[^1] = "Then walk back.";
        var exercise = new Exercise(builtIn.Id, builtIn.Name, builtIn.Category, builtIn.Position, builtIn.IsPerSide, builtIn.Tempo, cues, builtIn.Equipment);

        CatalogWords.Name(exercise, german).Should().Be("Seitschritte", "the name is still the built-in one");
        CatalogWords.Cues(exercise, german).Should().Equal(cues);
        CatalogWords.Cue(exercise, 0, german).Should().Be(builtIn.Cues[0]);
    }

    [Fact]
    public void Cues_Translated_AreTheSameListOnEveryCall()
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");

        CatalogWords.Cues(RunnersKnee.Clamshell, french).Should().BeSameAs(CatalogWords.Cues(RunnersKnee.Clamshell, CultureInfo.GetCultureInfo("fr")));
        CatalogWords.Cue(RunnersKnee.Clamshell, 2, french).Should().Be("Ouvrez le genou du dessus, comme une coquille qui s'ouvre.");
    }

    [Fact]
    public void Name_UsersEquipmentRoutineAndProgramWithBuiltInIds_KeepTheirOwnNames()
    {
        var spanish = CultureInfo.GetCultureInfo("es");
        var tube = new Equipment("band", "Resistance tube");
        var routine = new Routine("runners-knee", "My knee routine", RunnersKnee.Routine.Items);
        var program = new TrainingProgram("runners-knee", "My knee program", [new ProgramPhase("treatment", routine, ScheduleRule.EveryNDays(2), PhaseEnd.Open)]);

        CatalogWords.Name(tube, spanish).Should().Be("Resistance tube");
        CatalogWords.RoutineName(routine, spanish).Should().Be("My knee routine");
        CatalogWords.ProgramName(program, spanish).Should().Be("My knee program");
        CatalogWords.PhaseName(program, program.Phases[0], spanish).Should().BeNull("a phase called treatment in another program is not the daily one");
        CatalogWords.PhaseDescription(program, program.Phases[0], spanish).Should().BeNull();
    }

    [Fact]
    public void PhaseName_BuiltInProgram_NamesBothPhases()
    {
        var program = RunnersKnee.ProgramWeeklyOn(DayOfWeek.Sunday);
        var english = CultureInfo.InvariantCulture;

        program.Phases.Select(p => CatalogWords.PhaseName(program, p, english)).Should().Equal("Daily treatment", "Weekly prevention");
        CatalogWords.PhaseDescription(program, program.Phases[1], CultureInfo.GetCultureInfo("de-AT"))
            .Should().Be("Sie laufen wieder: einmal pro Woche eine Einheit, damit das Knie kräftig bleibt.");
        CatalogWords.PhaseName("rehab", english).Should().BeNull();
        CatalogWords.PhaseDescription("rehab", CultureInfo.GetCultureInfo("fr")).Should().BeNull();
    }

    [Fact]
    public void Direction_NotInTheCatalog_IsTheSlugAsWordsInEveryLanguage()
    {
        var german = CultureInfo.GetCultureInfo("de");
        var exercise = RunnersKnee.StandingLegExtension;

        CatalogWords.Direction(exercise, "up-and-over", german).Should().Be("up and over");
        CatalogWords.Direction(RunnersKnee.SideSteps, "forward-diagonal", german).Should().Be("forward diagonal", "side steps has no directions");
        CatalogWords.Direction(exercise, "forward-diagonal", german).Should().Be("schräg nach vorn");
        CatalogWords.Direction(exercise, "forward-diagonal", CultureInfo.InvariantCulture).Should().Be("forward diagonal");
    }

    // Every built-in text by its key, from the objects themselves, plus the phase texts the program has no field for.
    private static Dictionary<string, string> BuiltInTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var exercise in RunnersKnee.Catalog.Exercises)
        {
            string e = $"exercise.{exercise.Id}";
            texts.Add($"{e}.name", exercise.Name);
            AddCues(texts, e, exercise.Cues);
            foreach (var direction in exercise.Directions)
            {
                texts.Add($"{e}.direction.{direction}", direction.Replace('-', ' '));
            }

            foreach (var variation in exercise.Variations)
            {
                string v = $"variation.{exercise.Id}.{variation.Id}";
                texts.Add($"{v}.name", variation.Name);
                texts.Add($"{v}.reason", variation.Reason);
                AddCues(texts, v, variation.Cues);
            }
        }

        foreach (var equipment in Equipment.WellKnown)
        {
            texts.Add($"equipment.{equipment.Id}.name", equipment.Name);
        }

        texts.Add($"routine.{RunnersKnee.Routine.Id}.name", RunnersKnee.Routine.Name);
        texts.Add($"program.{RunnersKnee.Program.Id}.name", RunnersKnee.Program.Name);
        RunnersKnee.Program.Phases.Select(p => p.Name).Should().Equal("treatment", "prevention");
        texts.Add("phase.treatment.name", "Daily treatment");
        texts.Add("phase.treatment.description", "A session every day while the knee hurts.");
        texts.Add("phase.prevention.name", "Weekly prevention");
        texts.Add("phase.prevention.description", "Back to running: a session once a week to keep the knee strong.");
        return texts;
    }

    private static void AddCues(Dictionary<string, string> texts, string prefix, IReadOnlyList<string> cues)
    {
        for (int i = 0; i < cues.Count; i++)
        {
            texts.Add($"{prefix}.cue.{i + 1}", cues[i]);
        }
    }

    // Every built-in text by its key, as CatalogWords gives it in a culture.
    private static Dictionary<string, string> AccessorTexts(CultureInfo culture)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var exercise in RunnersKnee.Catalog.Exercises)
        {
            string e = $"exercise.{exercise.Id}";
            texts.Add($"{e}.name", CatalogWords.Name(exercise, culture));
            AddCues(texts, e, CatalogWords.Cues(exercise, culture));
            for (int i = 0; i < exercise.Cues.Count; i++)
            {
                CatalogWords.Cue(exercise, i, culture).Should().Be(texts[$"{e}.cue.{i + 1}"]);
            }

            foreach (var direction in exercise.Directions)
            {
                texts.Add($"{e}.direction.{direction}", CatalogWords.Direction(exercise, direction, culture));
            }

            foreach (var variation in exercise.Variations)
            {
                string v = $"variation.{exercise.Id}.{variation.Id}";
                texts.Add($"{v}.name", CatalogWords.Name(variation, exercise, culture));
                texts.Add($"{v}.reason", CatalogWords.Reason(variation, exercise, culture));
                AddCues(texts, v, CatalogWords.Cues(variation, exercise, culture));
            }
        }

        foreach (var equipment in Equipment.WellKnown)
        {
            texts.Add($"equipment.{equipment.Id}.name", CatalogWords.Name(equipment, culture));
        }

        texts.Add($"routine.{RunnersKnee.Routine.Id}.name", CatalogWords.RoutineName(RunnersKnee.Routine, culture));
        texts.Add($"program.{RunnersKnee.Program.Id}.name", CatalogWords.ProgramName(RunnersKnee.Program, culture));
        foreach (var phase in RunnersKnee.Program.Phases)
        {
            texts.Add($"phase.{phase.Name}.name", CatalogWords.PhaseName(RunnersKnee.Program, phase, culture)!);
            texts.Add($"phase.{phase.Name}.description", CatalogWords.PhaseDescription(RunnersKnee.Program, phase, culture)!);
        }

        return texts;
    }

    // A table as the source tree holds it: key to value, each key once.
    private static Dictionary<string, string> Table(string language) =>
        ResxTable.Read(ResxTable.PathOf("src/KneeStrength/Text/Resources/CatalogWords.resx", language));

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\{[0-9]+(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
