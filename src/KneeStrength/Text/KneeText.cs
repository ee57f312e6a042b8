using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;

namespace KneeStrength.Text;

/// <summary>
/// The words for the facts the library produces, in one language: the coach's reasons, dosages, step cues, dates, and
/// the built-in catalog's names and cues. English, German, Spanish and French are complete; any other culture gets
/// English.
/// </summary>
/// <remarks>
/// <para>The library's own English texts (<see cref="Decision.Reason"/>, <see cref="Judgement.Reason"/>,
/// <see cref="Dosage.ToString"/>) are <see cref="English"/>'s words, with invariant numbers and ISO dates, as they
/// always were. Numbers are digits in every language; dates are written as each language's readers write them.</para>
/// <para>Only the words change with the language: the facts, and the dosage notation the library parses
/// (<see cref="DosagePattern"/>), are the same everywhere.</para>
/// <para>The message tables are .NET resources: English in the library, the other languages in satellite
/// assemblies (<c>de/KneeStrength.resources.dll</c> and so on), which trimming and Native AOT keep.</para>
/// <para>Instances are immutable, cached per culture and thread-safe.</para>
/// </remarks>
public sealed class KneeText
{
    private static readonly string[] Supported = ["en", "de", "es", "fr"];

    private static readonly KneeText?[] ByLanguage = [new KneeText("en", CultureInfo.InvariantCulture), null, null, null];

    private KneeText(string language, CultureInfo culture)
    {
        Language = language;
        Culture = culture;
    }

    /// <summary>Gets the English words, with invariant numbers and ISO 8601 dates: the library's own texts.</summary>
    public static KneeText English => ByLanguage[0]!;

    /// <summary>Gets the languages with complete words, as two-letter ISO 639-1 codes: <c>en</c>, <c>de</c>, <c>es</c>, <c>fr</c>.</summary>
    public static IReadOnlyList<string> Languages => Supported;

    /// <summary>Gets the two-letter ISO 639-1 code of the words' language: <c>en</c>, <c>de</c>, <c>es</c> or <c>fr</c>.</summary>
    public string Language { get; }

    /// <summary>
    /// Gets the culture the message tables are looked up by: the invariant culture for English, else the language's
    /// neutral culture (<c>de</c>, <c>es</c>, <c>fr</c>). Numbers and dates do not depend on its data: the words write
    /// whole numbers as digits and dates from their own month and weekday names, the same with or without ICU.
    /// </summary>
    public CultureInfo Culture { get; }

    /// <summary>Returns the words for a culture: its language when it is one of <see cref="Languages"/>, else English.</summary>
    /// <param name="culture">The culture, such as <c>de-AT</c> or the current UI culture; the invariant culture is English.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static KneeText For(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        return For(culture.Name);
    }

    /// <summary>Returns the words for a language tag such as <c>de</c>, <c>es-MX</c> or <c>fr-CA</c>; English for any other.</summary>
    /// <param name="languageTag">The BCP 47 language tag; empty for the invariant culture, which is English.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languageTag"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// The app runs in globalization-invariant mode with only predefined cultures, where the language's culture (and
    /// so its message table) cannot be made: set <c>PredefinedCulturesOnly</c> to false in the app's project.
    /// </exception>
    public static KneeText For(string languageTag) => TryFor(languageTag, out var words) ? words : English;

    /// <summary>
    /// Returns the words for a language tag whose primary subtag is one of <see cref="Languages"/>, such as
    /// <c>de</c>, <c>en-GB</c>, <c>es-MX</c> or <c>fr_CA</c>; false for any other tag, the empty one included.
    /// </summary>
    /// <param name="languageTag">The BCP 47 language tag (an underscore separates subtags too, as in POSIX locales).</param>
    /// <param name="words">The words, or null when the tag's language is not one of <see cref="Languages"/>.</param>
    /// <returns>True when the library words the tag's language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languageTag"/> is null.</exception>
    /// <exception cref="InvalidOperationException">See <see cref="For(string)"/>.</exception>
    public static bool TryFor(string languageTag, [NotNullWhen(true)] out KneeText? words)
    {
        Preconditions.CheckNotNull(languageTag);
        var tag = languageTag.AsSpan();
        int dash = tag.IndexOfAny('-', '_');
        var primary = dash < 0 ? tag : tag[..dash];
        for (int i = 0; i < Supported.Length; i++)
        {
            if (primary.Equals(Supported[i], StringComparison.OrdinalIgnoreCase))
            {
                words = ByLanguage[i] ??= Make(Supported[i]);
                return true;
            }
        }

        words = null;
        return false;
    }

    private static KneeText Make(string language)
    {
        try
        {
            return new KneeText(language, CultureInfo.GetCultureInfo(language));
        }
        catch (CultureNotFoundException e)
        {
            throw new InvalidOperationException(
                $"The words in '{language}' need the culture '{language}' to find their message table, and this app's globalization-invariant mode allows only the invariant culture: set <PredefinedCulturesOnly>false</PredefinedCulturesOnly> in the app's project.",
                e);
        }
    }

    /// <summary>Writes a coach's decision in words.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The reason, one or more sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public string Reason(Decision decision) => CoachingWords.Reason(Preconditions.CheckNotNull(decision), this);

    /// <summary>Writes how the pain rules judged a day in words.</summary>
    /// <param name="judgement">The judgement.</param>
    /// <returns>The reason, one or more sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="judgement"/> is null.</exception>
    public string Reason(Judgement judgement) => CoachingWords.Reason(Preconditions.CheckNotNull(judgement), this);

    /// <summary>Writes what a time budget changed, such as <c>3 x 10 reps per side -> 2 x 10 reps per side</c>.</summary>
    /// <param name="adjustment">The plan's note.</param>
    /// <returns>The change; in English, <see cref="Adjustment.Change"/> of a note the scheduler made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adjustment"/> is null.</exception>
    public string Change(Adjustment adjustment) => PlanNoteWords.Change(Preconditions.CheckNotNull(adjustment), this);

    /// <summary>Writes why a time budget made a change, such as <c>To fit the session into 12 min.</c></summary>
    /// <param name="adjustment">The plan's note.</param>
    /// <returns>The reason; in English, <see cref="Adjustment.Reason"/> of a note the scheduler made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adjustment"/> is null.</exception>
    public string Reason(Adjustment adjustment) => PlanNoteWords.Reason(Preconditions.CheckNotNull(adjustment), this);

    /// <summary>Writes why an exercise is done in another form.</summary>
    /// <param name="substitution">The plan's note.</param>
    /// <returns>The reason, from the note's facts (a note read from a document too).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="substitution"/> is null.</exception>
    public string Reason(Substitution substitution) => PlanNoteWords.Reason(Preconditions.CheckNotNull(substitution), this);

    /// <summary>Writes why an exercise was left out for want of equipment.</summary>
    /// <param name="omission">The plan's note.</param>
    /// <returns>The reason, from the note's facts (a note read from a document too).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="omission"/> is null.</exception>
    public string Reason(Omission omission) => PlanNoteWords.Reason(Preconditions.CheckNotNull(omission), this);

    /// <summary>
    /// Writes a plan's notes as lines, in the plan's order (substitutions, omissions, adjustments): alike notes on
    /// several exercises (exercises left out for the same reason, the same cut to each exercise's reps) are one line
    /// naming them all, at the place of the first; a note on one exercise says its own change, such as its dosage
    /// before and after.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The lines; empty when the plan has no notes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public IReadOnlyList<NoteLine> Notes(SessionPlan plan) => PlanNoteWords.Notes(Preconditions.CheckNotNull(plan), this);

    /// <summary>Writes a dosage in words, such as <c>3 x 10 reps per side, 30 s rest</c>.</summary>
    /// <param name="dosage">The dosage.</param>
    /// <returns>The text; in English, the notation <see cref="DosagePattern.Parse"/> reads.</returns>
    public string Dosage(Dosage dosage) => Language == "en" ? DosagePattern.Format(dosage) : DosageWords.Format(dosage, this);

    /// <summary>Writes a step's cue, what a coach would say for it: <c>Left leg: 10 slow reps.</c></summary>
    /// <param name="step">The step.</param>
    /// <returns>The cue; in English, <see cref="Scheduling.TimedStep.Cue"/>.</returns>
    public string Cue(in Scheduling.TimedStep step)
    {
        if (Language == "en")
        {
            return step.Cue;
        }

        // A routine's steps repeat (sets, sides, rounds, and the same session day after day), so each cue's words are
        // kept by its facts; a full table starts again, so the words of many routines stay bounded.
        var key = step.CueKey;
        if (_cues.TryGetValue(key, out string? cue))
        {
            return cue;
        }

        if (_cues.Count >= MaxKeptCues)
        {
            _cues.Clear();
        }

        return _cues[key] = CueWords.Format(step, this);
    }

    // How many cues each language keeps: a few dozen routines' worth of steps.
    private const int MaxKeptCues = 4096;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Scheduling.CueFacts, string> _cues = new();

    /// <summary>Writes a date as the language's readers write one: <c>2026-03-16</c> in English, <c>16. März 2026</c> in German.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public string Date(DateOnly date) => DateWords("format.date", date);

    /// <summary>Writes a weekday and date: <c>Monday 2026-03-16</c> in English, <c>Montag, 16. März 2026</c> in German.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public string DayAndDate(DateOnly date) => DateWords("format.dayAndDate", date);

    /// <summary>Returns an exercise's name in the language: a built-in exercise's translated name, any other exercise's own.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exercise"/> is null.</exception>
    public string ExerciseName(Exercise exercise) => CatalogWords.Name(Preconditions.CheckNotNull(exercise), Culture);

    /// <summary>Returns an exercise's cues in the language: a built-in exercise's translated cues, any other exercise's own.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <returns>The cues, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exercise"/> is null.</exception>
    public IReadOnlyList<string> ExerciseCues(Exercise exercise) => CatalogWords.Cues(Preconditions.CheckNotNull(exercise), Culture);

    /// <summary>Returns a routine's name in the language: the built-in routine's translated name, any other routine's own.</summary>
    /// <param name="routine">The routine.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routine"/> is null.</exception>
    public string RoutineName(Routine routine) => CatalogWords.RoutineName(Preconditions.CheckNotNull(routine), Culture);

    /// <summary>Returns a program's name in the language: the built-in program's translated name, any other program's own.</summary>
    /// <param name="program">The program.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> is null.</exception>
    public string ProgramName(TrainingProgram program) => CatalogWords.ProgramName(Preconditions.CheckNotNull(program), Culture);

    /// <summary>Returns a variation's name in the language: a built-in variation's translated name, any other's own.</summary>
    /// <param name="exercise">The exercise the variation belongs to.</param>
    /// <param name="variation">The variation.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string VariationName(Exercise exercise, ExerciseVariation variation)
    {
        Preconditions.CheckNotNull(exercise);
        return CatalogWords.Name(Preconditions.CheckNotNull(variation), exercise, Culture);
    }

    /// <summary>Returns one of an exercise's directions in the language, such as <c>forward diagonal</c> (<c>schräg nach vorn</c>).</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="direction">One of its directions, a slug such as <c>forward-diagonal</c> (<see cref="TimedStep.Direction"/>).</param>
    /// <returns>The words; a direction the catalog does not translate as its slug with spaces.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string DirectionName(Exercise exercise, string direction)
    {
        Preconditions.CheckNotNull(exercise);
        return CatalogWords.Direction(exercise, Preconditions.CheckNotNull(direction), Culture);
    }

    /// <summary>Returns a piece of equipment's name in the language: a well-known one's translated name, any other's own.</summary>
    /// <param name="equipment">The equipment.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="equipment"/> is null.</exception>
    public string EquipmentName(Equipment equipment) => CatalogWords.Name(Preconditions.CheckNotNull(equipment), Culture);

    /// <summary>
    /// Returns a phase's display name: the built-in program's phases (of the built-in routine) by their names
    /// (<c>Daily treatment</c>, <c>Weekly prevention</c>), any other phase by its id.
    /// </summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> is null.</exception>
    public string PhaseName(ProgramPhase phase)
    {
        Preconditions.CheckNotNull(phase);
        return phase.Routine == Catalog.RunnersKnee.Routine ? CatalogWords.PhaseName(phase.Name, Culture) ?? phase.Name : phase.Name;
    }

    /// <summary>Returns the language code.</summary>
    public override string ToString() => Language;

    // <summary>A value as a message shows it: numbers in the culture, dates and durations in the language's words.</summary>
    internal string Value(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        DateOnly date => Date(date),
        TimeSpan duration => DurationText.Format(duration),
        Dosage dosage => Dosage(dosage),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // <summary>A date by a date message: {year}, {MM} and {dd} (two digits), {d} (the day's number), {monthName}, {weekday}.</summary>
    private string DateWords(string key, DateOnly date)
    {
        var c = CultureInfo.InvariantCulture;
        return Say(
            key,
            ("year", date.Year.ToString("D4", c)),
            ("MM", date.Month.ToString("D2", c)),
            ("dd", date.Day.ToString("D2", c)),
            ("d", date.Day.ToString(c)),
            ("monthName", Say(MonthKeys[date.Month - 1])),
            ("weekday", Say(WeekdayKeys[(int)date.DayOfWeek])));
    }

    private static readonly string[] MonthKeys =
        ["month.1", "month.2", "month.3", "month.4", "month.5", "month.6", "month.7", "month.8", "month.9", "month.10", "month.11", "month.12"];

    private static readonly string[] WeekdayKeys =
        ["weekday.sunday", "weekday.monday", "weekday.tuesday", "weekday.wednesday", "weekday.thursday", "weekday.friday", "weekday.saturday"];

    // <summary>A text with its first letter upper case, as the language writes it.</summary>
    // <summary>The name of the form done in the language: the variation's, else the exercise's.</summary>
    internal string FormName(Exercise exercise, ExerciseVariation? variation) =>
        variation is null ? CatalogWords.Name(exercise, Culture) : CatalogWords.Name(variation, exercise, Culture);

    internal string Capitalized(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];

    // <summary>The message with its placeholders filled in.</summary>
    internal string Say(string key, params ReadOnlySpan<(string Name, object? Value)> values) => Messages.Format(key, this, values);

    // <summary>The words of a plan's note on an exercise done in another form: the variation's reason, and a setting it does without.</summary>
    internal string SubstitutionReason(Exercise exercise, ExerciseVariation variation, EquipmentSetting? unused)
    {
        string reason = CatalogWords.Reason(variation, exercise, Culture);
        if (unused is null)
        {
            return reason;
        }

        string setting = Language == "en" ? unused.ToString() : DosageWords.Setting(unused, this);
        return reason + Say("substitution.settingUnused", ("setting", setting));
    }

    // <summary>The words of a plan's note on an exercise left out for want of equipment.</summary>
    internal string Omission(IReadOnlyList<Equipment> missing)
    {
        var names = new string[missing.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = EquipmentName(missing[i]);
        }

        return Say("omission.missingEquipment", ("equipment", List(names)));
    }

    // <summary>Items joined as a list is said: "a and b", "a, b and c".</summary>
    internal string List(IReadOnlyList<string> items)
    {
        if (items.Count <= 1)
        {
            return items.Count == 0 ? string.Empty : items[0];
        }

        var first = new string[items.Count - 1];
        for (int i = 0; i < first.Length; i++)
        {
            first[i] = items[i];
        }

        return Say("list.last", ("first", string.Join(Say("list.separator"), first)), ("last", items[^1]));
    }
}
