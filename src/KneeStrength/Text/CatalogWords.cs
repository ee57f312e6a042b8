using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Resources;

namespace KneeStrength.Text;

// <summary>
// The built-in catalog's words (exercise names, cues, directions, variations, equipment, the routine, the program and
// its phases) in English, German, Spanish and French, from the message tables <c>Text/Resources/CatalogWords*.resx</c>.
// </summary>
// <remarks>
// <para>A text is translated only while the object's own text equals the English table's value for its key, so a
// person's own exercise that reuses a built-in id (<c>side-steps</c>, say) with its own name or cues keeps its own
// words in every language. Cues go as a whole list: translated when every cue equals the English table's, in the same
// number; otherwise the object's own cues, so a list never mixes two languages.</para>
// <para>The culture is matched by its language alone, so <c>de-AT</c> reads German even where cultures have no parent
// (globalization-invariant mode). Every other culture, the invariant one included, reads English: the object's own text.
// A text missing from a language's table reads English too.</para>
// <para>English is the neutral language, read from this assembly; German, Spanish and French come from the satellite
// assemblies <c>de/KneeStrength.resources.dll</c> and so on, each looked up once per text and then kept. This type is
// thread-safe.</para>
// </remarks>
internal static class CatalogWords
{
    // <summary>The resources' name, fixed in KneeStrength.csproj: <c>KneeStrength.Text.Resources.CatalogWords[.culture].resources</c>.</summary>
    internal const string BaseName = "KneeStrength.Text.Resources.CatalogWords";

    // The languages with a table besides English; a language's index in this array picks its translations.
    private static readonly string[] Languages = ["de", "es", "fr"];

    private const int English = -1;

    private static readonly ResourceManager Manager = new(BaseName, typeof(CatalogWords).Assembly);

    // Every key of the English table, sorted into one tree by what it names, so a lookup builds no key strings.
    private static readonly Table Words = Table.Read(Manager);

    // <summary>Gets the languages the tables hold besides English: <c>de</c>, <c>es</c>, <c>fr</c>.</summary>
    internal static IReadOnlyList<string> TranslatedLanguages { get; } = Array.AsReadOnly(Languages);

    // <summary>Returns an exercise's name in a culture's language.</summary>
    // <param name="exercise">The exercise.</param>
    // <param name="culture">The culture.</param>
    // <returns>The translation, or the exercise's own name.</returns>
    internal static string Name(Exercise exercise, CultureInfo culture) =>
        Translate(Words.Exercise(exercise.Id)?.Name, exercise.Name, culture);

    // <summary>Returns an exercise's cues in a culture's language.</summary>
    // <param name="exercise">The exercise.</param>
    // <param name="culture">The culture.</param>
    // <returns>The translations (the same list on every call), or the exercise's own cues.</returns>
    internal static IReadOnlyList<string> Cues(Exercise exercise, CultureInfo culture) =>
        Translate(Words.Exercise(exercise.Id)?.Cues, exercise.Cues, culture);

    // <summary>Returns one of an exercise's cues in a culture's language; see <see cref="Cues(Exercise, CultureInfo)"/>.</summary>
    // <param name="exercise">The exercise.</param>
    // <param name="index">The cue's index in <see cref="Exercise.Cues"/>, from 0.</param>
    // <param name="culture">The culture.</param>
    // <returns>The translation, or the exercise's own cue.</returns>
    // <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not the index of a cue.</exception>
    internal static string Cue(Exercise exercise, int index, CultureInfo culture) => Cues(exercise, culture)[index];

    // <summary>Returns one of an exercise's directions as words in a culture's language: <c>forward diagonal</c>, <c>schräg nach vorn</c>.</summary>
    // <param name="exercise">The exercise.</param>
    // <param name="direction">The direction, a slug such as <c>forward-diagonal</c>.</param>
    // <param name="culture">The culture.</param>
    // <returns>
    // The translation, or the slug as words (hyphens as spaces), which is also the English. Lower case: a sentence
    // that starts with it capitalises it.
    // </returns>
    internal static string Direction(Exercise exercise, string direction, CultureInfo culture)
    {
        // The table keeps a direction only when its English is the slug as words (see Table.Read), which is the
        // direction's own English text, so finding it is the rule's comparison.
        if (Words.Exercise(exercise.Id) is { } words && words.Directions.TryGetValue(direction, out var entry))
        {
            int language = Language(culture);
            return language == English ? entry.English : entry.In(language);
        }

        return direction.Replace('-', ' ');
    }

    // <summary>Returns a variation's name in a culture's language.</summary>
    // <param name="variation">The variation.</param>
    // <param name="exercise">The exercise the variation belongs to.</param>
    // <param name="culture">The culture.</param>
    // <returns>The translation, or the variation's own name.</returns>
    internal static string Name(ExerciseVariation variation, Exercise exercise, CultureInfo culture) =>
        Translate(Variation(exercise, variation)?.Name, variation.Name, culture);

    // <summary>Returns why a person would do a variation, in a culture's language.</summary>
    // <param name="variation">The variation.</param>
    // <param name="exercise">The exercise the variation belongs to.</param>
    // <param name="culture">The culture.</param>
    // <returns>The translation, or the variation's own reason.</returns>
    internal static string Reason(ExerciseVariation variation, Exercise exercise, CultureInfo culture) =>
        Translate(Variation(exercise, variation)?.Reason, variation.Reason, culture);

    // <summary>Returns a variation's own cues in a culture's language, like <see cref="Cues(Exercise, CultureInfo)"/>.</summary>
    // <param name="variation">The variation.</param>
    // <param name="exercise">The exercise the variation belongs to.</param>
    // <param name="culture">The culture.</param>
    // <returns>The translations, or the variation's own cues (empty when the exercise's apply).</returns>
    internal static IReadOnlyList<string> Cues(ExerciseVariation variation, Exercise exercise, CultureInfo culture) =>
        Translate(Variation(exercise, variation)?.Cues, variation.Cues, culture);

    // <summary>Returns a piece of equipment's name in a culture's language.</summary>
    // <param name="equipment">The equipment.</param>
    // <param name="culture">The culture.</param>
    // <returns>The translation, or the equipment's own name.</returns>
    internal static string Name(Equipment equipment, CultureInfo culture) =>
        Translate(Find(Words.Equipment, equipment.Id), equipment.Name, culture);

    // <summary>Returns a routine's name in a culture's language.</summary>
    // <param name="routine">The routine.</param>
    // <param name="culture">The culture.</param>
    // <returns>The translation, or the routine's own name.</returns>
    internal static string RoutineName(Routine routine, CultureInfo culture) =>
        Translate(Find(Words.Routines, routine.Id), routine.Name, culture);

    // <summary>Returns a program's name in a culture's language.</summary>
    // <param name="program">The program.</param>
    // <param name="culture">The culture.</param>
    // <returns>The translation, or the program's own name.</returns>
    internal static string ProgramName(TrainingProgram program, CultureInfo culture) =>
        Translate(Find(Words.Programs, program.Id), program.Name, culture);

    // <summary>Returns the display name of a built-in program phase, such as <c>Daily treatment</c> for <c>treatment</c>.</summary>
    // <param name="phaseId">The phase's name, a slug such as <c>treatment</c>.</param>
    // <param name="culture">The culture.</param>
    // <returns>The display name, or null when the catalog has none for the phase.</returns>
    // <remarks>A phase has no display text of its own; <see cref="PhaseName(TrainingProgram, ProgramPhase, CultureInfo)"/> gives one only to the built-in program's phases.</remarks>
    internal static string? PhaseName(string phaseId, CultureInfo culture) => Phrase(Find(Words.PhaseNames, phaseId), culture);

    // <summary>Returns the one-sentence description of a built-in program phase.</summary>
    // <param name="phaseId">The phase's name, a slug such as <c>treatment</c>.</param>
    // <param name="culture">The culture.</param>
    // <returns>The description, or null when the catalog has none for the phase.</returns>
    internal static string? PhaseDescription(string phaseId, CultureInfo culture) => Phrase(Find(Words.PhaseDescriptions, phaseId), culture);

    // <summary>
    // Returns a phase's display name when the program is a built-in one (its name is the catalog's English name for its
    // id), so a person's own program with a phase called <c>treatment</c> is not told it is daily.
    // </summary>
    // <param name="program">The program the phase belongs to.</param>
    // <param name="phase">The phase.</param>
    // <param name="culture">The culture.</param>
    // <returns>The display name, or null.</returns>
    internal static string? PhaseName(TrainingProgram program, ProgramPhase phase, CultureInfo culture) =>
        IsBuiltIn(program) ? PhaseName(phase.Name, culture) : null;

    // <summary>Returns a phase's description when the program is a built-in one; see <see cref="PhaseName(TrainingProgram, ProgramPhase, CultureInfo)"/>.</summary>
    // <param name="program">The program the phase belongs to.</param>
    // <param name="phase">The phase.</param>
    // <param name="culture">The culture.</param>
    // <returns>The description, or null.</returns>
    internal static string? PhaseDescription(TrainingProgram program, ProgramPhase phase, CultureInfo culture) =>
        IsBuiltIn(program) ? PhaseDescription(phase.Name, culture) : null;

    // <summary>Returns the index of the culture's language in <see cref="TranslatedLanguages"/>, or -1 for English.</summary>
    // <param name="culture">The culture: <c>de-AT</c> gives German's index, <c>ja-JP</c> and the invariant culture -1.</param>
    internal static int Language(CultureInfo culture)
    {
        // By name rather than by Parent: in globalization-invariant mode (with PredefinedCulturesOnly off) every
        // culture's parent is the invariant culture, so de-AT would never reach de.
        ReadOnlySpan<char> name = culture.Name;
        int end = name.IndexOfAny('-', '_');
        var language = end < 0 ? name : name[..end];
        for (int i = 0; i < Languages.Length; i++)
        {
            if (language.Equals(Languages[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return English;
    }

    private static bool IsBuiltIn(TrainingProgram program) =>
        Find(Words.Programs, program.Id) is { } name && string.Equals(program.Name, name.English, StringComparison.Ordinal);

    private static Entry? Find(Dictionary<string, Entry> entries, string id) => entries.GetValueOrDefault(id);

    private static VariationWords? Variation(Exercise exercise, ExerciseVariation variation) =>
        Words.Exercise(exercise.Id) is { } words ? words.Variations.GetValueOrDefault(variation.Id) : null;

    private static string Translate(Entry? entry, string own, CultureInfo culture)
    {
        if (entry is null || !string.Equals(own, entry.English, StringComparison.Ordinal))
        {
            return own;
        }

        int language = Language(culture);
        return language == English ? own : entry.In(language);
    }

    private static IReadOnlyList<string> Translate(CueWords? cues, IReadOnlyList<string> own, CultureInfo culture)
    {
        if (cues is null || !cues.IsEnglish(own))
        {
            return own;
        }

        int language = Language(culture);
        return language == English ? own : cues.In(language);
    }

    private static string? Phrase(Entry? entry, CultureInfo culture)
    {
        if (entry is null)
        {
            return null;
        }

        int language = Language(culture);
        return language == English ? entry.English : entry.In(language);
    }

    // <summary>One key, its English value, and its translations once looked up.</summary>
    private sealed class Entry(string key, string english)
    {
        private readonly string?[] _translations = new string?[Languages.Length];

        public string Key { get; } = key;

        public string English { get; } = english;

        // A racing second lookup writes the same string again, which is harmless.
        public string In(int language) =>
            _translations[language] ??= Manager.GetString(Key, CultureInfo.GetCultureInfo(Languages[language])) ?? English;
    }

    // <summary>The numbered cues of one exercise or variation.</summary>
    private sealed class CueWords(Entry[] cues)
    {
        private readonly IReadOnlyList<string>?[] _translations = new IReadOnlyList<string>?[Languages.Length];

        public bool IsEnglish(IReadOnlyList<string> own)
        {
            if (own.Count != cues.Length)
            {
                return false;
            }

            for (int i = 0; i < cues.Length; i++)
            {
                if (!string.Equals(own[i], cues[i].English, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public IReadOnlyList<string> In(int language) => _translations[language] ??= Translate(language);

        private ReadOnlyCollection<string> Translate(int language)
        {
            var texts = new string[cues.Length];
            for (int i = 0; i < texts.Length; i++)
            {
                texts[i] = cues[i].In(language);
            }

            return Array.AsReadOnly(texts);
        }
    }

    private sealed class ExerciseWords
    {
        public Entry? Name { get; set; }

        public CueWords? Cues { get; set; }

        public SortedList<int, Entry> CueList { get; } = [];

        public Dictionary<string, Entry> Directions { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, VariationWords> Variations { get; } = new(StringComparer.Ordinal);
    }

    private sealed class VariationWords
    {
        public Entry? Name { get; set; }

        public Entry? Reason { get; set; }

        public CueWords? Cues { get; set; }

        public SortedList<int, Entry> CueList { get; } = [];
    }

    // <summary>The English table's keys by what they name. Filled once by Read, then only read.</summary>
    private sealed class Table
    {
        private readonly Dictionary<string, ExerciseWords> _exercises = new(StringComparer.Ordinal);

        public Dictionary<string, Entry> Equipment { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entry> Routines { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entry> Programs { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entry> PhaseNames { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entry> PhaseDescriptions { get; } = new(StringComparer.Ordinal);

        public ExerciseWords? Exercise(string id) => _exercises.GetValueOrDefault(id);

        // Keys are dot-separated and ids are slugs, which hold no dots. An unknown key shape is a mistake in the
        // table, which the tests catch.
        public static Table Read(ResourceManager manager)
        {
            var table = new Table();
            var english = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
                ?? throw new InvalidOperationException($"The resources {BaseName} are missing from the assembly.");
            var each = english.GetEnumerator();
            while (each.MoveNext())
            {
                string key = (string)each.Key;
                table.Add(key, each.Value as string ?? throw new InvalidOperationException($"The resource {key} is not a string."));
            }

            foreach (var exercise in table._exercises.Values)
            {
                exercise.Cues = Cues(exercise.CueList);
                foreach (var variation in exercise.Variations.Values)
                {
                    variation.Cues = Cues(variation.CueList);
                }
            }

            return table;
        }

        private static CueWords? Cues(SortedList<int, Entry> cues)
        {
            if (cues.Count == 0)
            {
                return null;
            }

            if (cues.Keys[0] != 1 || cues.Keys[^1] != cues.Count)
            {
                throw new InvalidOperationException($"The cues {cues.Values[0].Key} and its neighbours are not numbered 1 to {cues.Count}.");
            }

            return new CueWords([.. cues.Values]);
        }

        private static int CueNumber(string key, string number) =>
            int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
                ? n
                : throw new InvalidOperationException($"The resource {key} has no cue number.");

        private void Add(string key, string value)
        {
            var entry = new Entry(key, value);
            string[] parts = key.Split('.');
            switch (parts)
            {
                case ["exercise", var id, "name"]:
                    ExerciseOf(id).Name = entry;
                    break;
                case ["exercise", var id, "cue", var n]:
                    ExerciseOf(id).CueList.Add(CueNumber(key, n), entry);
                    break;
                case ["exercise", var id, "direction", var direction]:
                    // Translated only while the English is the slug as words, the direction's own text.
                    if (string.Equals(value, direction.Replace('-', ' '), StringComparison.Ordinal))
                    {
                        ExerciseOf(id).Directions.Add(direction, entry);
                    }

                    break;
                case ["variation", var id, var variation, "name"]:
                    VariationOf(id, variation).Name = entry;
                    break;
                case ["variation", var id, var variation, "reason"]:
                    VariationOf(id, variation).Reason = entry;
                    break;
                case ["variation", var id, var variation, "cue", var n]:
                    VariationOf(id, variation).CueList.Add(CueNumber(key, n), entry);
                    break;
                case ["equipment", var id, "name"]:
                    Equipment.Add(id, entry);
                    break;
                case ["routine", var id, "name"]:
                    Routines.Add(id, entry);
                    break;
                case ["program", var id, "name"]:
                    Programs.Add(id, entry);
                    break;
                case ["phase", var id, "name"]:
                    PhaseNames.Add(id, entry);
                    break;
                case ["phase", var id, "description"]:
                    PhaseDescriptions.Add(id, entry);
                    break;
                default:
                    throw new InvalidOperationException($"The resource {key} is not a known kind of catalog text.");
            }
        }

        private ExerciseWords ExerciseOf(string id)
        {
            if (!_exercises.TryGetValue(id, out var words))
            {
                words = new ExerciseWords();
                _exercises.Add(id, words);
            }

            return words;
        }

        private VariationWords VariationOf(string exerciseId, string id)
        {
            var variations = ExerciseOf(exerciseId).Variations;
            if (!variations.TryGetValue(id, out var words))
            {
                words = new VariationWords();
                variations.Add(id, words);
            }

            return words;
        }
    }
}
