using System;
using System.CommandLine;
using System.Globalization;
using System.Resources;
using KneeStrength.Text;

namespace KneeStrength.Cli;

/// <summary>
/// The words <c>knee</c> prints, in one language: its own texts from the message tables
/// <c>Resources/CliWords[.de|.es|.fr].resx</c>, and the library's words (<see cref="KneeText"/>) for the facts.
/// </summary>
/// <remarks>
/// English is read from knee.dll itself; German, Spanish and French from the satellite assemblies
/// (<c>de/knee.resources.dll</c> and so on), which the Native AOT publish compiles into the executable. A key missing
/// from a language's table reads English. Placeholders are <c>{0}</c>, <c>{1}</c>, ... filled in with the invariant
/// culture, so numbers are written the same way in every language.
/// </remarks>
internal sealed class CliText
{
    /// <summary>The tables' name, fixed in the project file whatever the folder or root namespace becomes.</summary>
    internal const string BaseName = "KneeStrength.Cli.Resources.CliWords";

    /// <summary>The option's name, used to find its value in any command's parse result.</summary>
    public const string OptionName = "--language";

    private static readonly ResourceManager Manager = new(BaseName, typeof(CliText).Assembly);

    private CliText(KneeText words) => Words = words;

    /// <summary>Gets the English words.</summary>
    public static CliText English { get; } = new(KneeText.English);

    /// <summary>Gets the library's words in the same language.</summary>
    public KneeText Words { get; }

    /// <summary>Gets the two-letter code of the language: <c>en</c>, <c>de</c>, <c>es</c> or <c>fr</c>.</summary>
    public string Language => Words.Language;

    /// <summary>Returns the words for the library's words' language.</summary>
    public static CliText For(KneeText words) => words.Language == "en" ? English : new CliText(words);

    /// <summary>
    /// The language a command speaks: <c>--language</c> when given, else the system's UI language from the POSIX
    /// variables (<see cref="FromEnvironment"/>), else English.
    /// </summary>
    public static CliText Of(ParseResult parseResult) =>
        For(parseResult.GetValue<KneeText?>(OptionName) ?? FromEnvironment(Environment.GetEnvironmentVariable) ?? KneeText.English);

    /// <summary>
    /// The language a command line asks for, as <see cref="Of"/> reads it, or English when its <c>--language</c> is
    /// wrong (the parse reports that as a usage error).
    /// </summary>
    public static CliText Chosen(ParseResult parseResult)
    {
        foreach (var error in parseResult.Errors)
        {
            if (error.SymbolResult is System.CommandLine.Parsing.OptionResult { Option.Name: OptionName }
                or System.CommandLine.Parsing.ArgumentResult { Parent: System.CommandLine.Parsing.OptionResult { Option.Name: OptionName } })
            {
                return English;
            }
        }

        return Of(parseResult);
    }

    /// <summary>
    /// The system's UI language from the POSIX locale variables, the first one set of <c>LC_ALL</c>, <c>LC_MESSAGES</c>
    /// and <c>LANG</c> (as <c>de_DE.UTF-8</c> or <c>fr_CA@euro</c>); null when none is set, or it is <c>C</c> or
    /// <c>POSIX</c>, or its language is not one of <see cref="KneeText.Languages"/>.
    /// </summary>
    /// <remarks>
    /// The app runs in globalization-invariant mode, where .NET leaves <see cref="CultureInfo.CurrentUICulture"/>
    /// invariant whatever the environment says, so the variables are read here.
    /// </remarks>
    public static KneeText? FromEnvironment(Func<string, string?> variable)
    {
        foreach (string name in (ReadOnlySpan<string>)["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            if (variable(name) is { Length: > 0 } value)
            {
                // The first one set decides, as in POSIX: LC_ALL=C means English even with LANG=de_DE.UTF-8.
                int end = value.IndexOfAny(['.', '@']);
                string tag = end < 0 ? value : value[..end];
                return KneeText.TryFor(tag, out var words) ? words : null;
            }
        }

        return null;
    }

    /// <summary>Returns the text of a key in the language, without placeholders filled in.</summary>
    public string this[string key] =>
        Manager.GetString(key, Words.Culture) ?? throw new InvalidOperationException($"The CLI's message table has no text '{key}'.");

    /// <summary>Returns the text of a key with its placeholders <c>{0}</c>, <c>{1}</c>, ... filled in.</summary>
    public string Say(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>A count with its noun from <c>count.NOUN.one</c> or <c>count.NOUN.other</c>: <c>1 step</c>, <c>160 Schritten</c>.</summary>
    public string Count(int count, string noun) =>
        Say(count == 1 || (count == 0 && Language == "fr") ? $"count.{noun}.one" : $"count.{noun}.other", count);

    /// <summary>An exercise's category in words: <c>strength</c>, <c>Kraft</c>.</summary>
    public string Category(ExerciseCategory category) => category switch
    {
        ExerciseCategory.Strength => this["category.strength"],
        ExerciseCategory.Balance => this["category.balance"],
        ExerciseCategory.Stretch => this["category.stretch"],
        ExerciseCategory.Plyometric => this["category.plyometric"],
        ExerciseCategory.Mobility => this["category.mobility"],
        ExerciseCategory.Activity => this["category.activity"],
        _ => category.ToString(),
    };

    /// <summary>An exercise's body position in words: <c>on your side</c>, <c>in Seitenlage</c>.</summary>
    public string Position(BodyPosition position) => position switch
    {
        BodyPosition.Standing => this["position.standing"],
        BodyPosition.SideLying => this["position.sideLying"],
        BodyPosition.Supine => this["position.supine"],
        BodyPosition.Seated => this["position.seated"],
        BodyPosition.OnStep => this["position.onStep"],
        BodyPosition.OnBosu => this["position.onBosu"],
        BodyPosition.Prone => this["position.prone"],
        BodyPosition.Kneeling => this["position.kneeling"],
        BodyPosition.AllFours => this["position.allFours"],
        BodyPosition.SeatedOnChair => this["position.seatedOnChair"],
        _ => position.ToString(),
    };

    /// <summary>A section of a routine as a heading: <c>Warm-up</c>, <c>Main</c>, <c>Cool-down</c>.</summary>
    public string Section(RoutineSectionKind kind) => kind switch
    {
        RoutineSectionKind.WarmUp => this["section.warmUp"],
        RoutineSectionKind.CoolDown => this["section.coolDown"],
        _ => this["section.main"],
    };

    /// <summary>A side in words: <c>left</c>, <c>links</c>; empty for none.</summary>
    public string Side(Side? side) => side switch
    {
        KneeStrength.Side.Left => this["side.left"],
        KneeStrength.Side.Right => this["side.right"],
        _ => string.Empty,
    };

    /// <summary>What a circuit's item says of its circuit: <c>in a circuit: 3 rounds, 1 min rest after each</c>.</summary>
    public string InCircuit(Circuit circuit) => circuit.RestAfterRound is TimeSpan rest
        ? Say("circuit.rest", Count(circuit.Rounds, "round"), Cli.Words.Duration(rest))
        : Say("circuit.plain", Count(circuit.Rounds, "round"));

    /// <summary>Which round of a circuit a step is in: <c>round 2 of 3</c>.</summary>
    public string Round(int round, int rounds) => Say("circuit.round", round, rounds);

    /// <summary>What a work or hold step asks for: <c>10 reps</c>, <c>30 s hold</c>; empty for pauses.</summary>
    public string Amount(in Scheduling.TimedStep step) => step.Kind switch
    {
        Scheduling.StepKind.Work => Say(step.Repetitions == 1 ? "amount.reps.one" : "amount.reps.other", step.Repetitions),
        Scheduling.StepKind.Hold => Say("amount.hold", (int)step.HoldTime.TotalSeconds),
        _ => string.Empty,
    };

    /// <summary>Equipment ids (what <c>--equipment</c> takes, the same in every language) joined by commas, or <c>none</c>.</summary>
    public string EquipmentIds(System.Collections.Generic.IReadOnlyList<Equipment> equipment)
    {
        if (equipment.Count == 0)
        {
            return this["equipment.none"];
        }

        var ids = new string[equipment.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = equipment[i].Id;
        }

        return string.Join(", ", ids);
    }

    /// <summary>A date in a sentence, as the language's readers write one (<see cref="KneeText.Date"/>): <c>2026-03-16</c>, <c>16. März 2026</c>.</summary>
    public string Date(DateOnly date) => Words.Date(date);

    /// <summary>
    /// A phase as the schedule and the enrolment name it: in English by its own name, as the program document and the
    /// scheduled-sessions document spell it (<c>treatment</c>); in another language by its display name
    /// (<see cref="KneeText.PhaseName"/>), since a phase's own name is an English word.
    /// </summary>
    public string PhaseName(ProgramPhase phase) => Language == "en" ? phase.Name : Words.PhaseName(phase);

    /// <summary>A weekday's short name, as a calendar's column heading: <c>Mon</c>, <c>Mo</c>, <c>lun</c>.</summary>
    public string ShortWeekday(DayOfWeek day) => this[$"weekday.short.{WeekdayKey(day)}"];

    /// <summary>A schedule rule in words: <c>daily</c>, <c>every 2 days</c>, <c>weekly on Monday and Thursday</c>.</summary>
    public string Rule(ScheduleRule rule)
    {
        if (rule.Frequency == ScheduleFrequency.Daily)
        {
            return rule.Interval == 1 ? this["rule.daily"] : Say("rule.everyDays", rule.Interval);
        }

        var days = rule.Weekdays;
        var text = new System.Text.StringBuilder(this[$"rule.weekday.{WeekdayKey(days[0])}"]);
        for (int i = 1; i < days.Count; i++)
        {
            text.Append(this[i == days.Count - 1 ? "rule.last" : "rule.separator"]).Append(this[$"rule.weekday.{WeekdayKey(days[i])}"]);
        }

        return Say("rule.weeklyOn", text.ToString());
    }

    /// <summary>The name of a step's exercise in the language (its variation's when done as one); null for a step of no exercise.</summary>
    public string? ExerciseName(in Scheduling.TimedStep step) => step.Exercise is not { } exercise ? null
        : step.Variation is { } variation ? Words.VariationName(exercise, variation)
        : Words.ExerciseName(exercise);

    /// <summary>How much of a session was done, in words: <c>all</c>, <c>teilweise</c>.</summary>
    public string Completion(Tracking.SessionCompletion completion) => completion switch
    {
        Tracking.SessionCompletion.Partial => this["completion.partial"],
        Tracking.SessionCompletion.None => this["completion.none"],
        _ => this["completion.all"],
    };

    /// <summary>
    /// A journal's day as <c>knee log</c> confirms it: <c>2026-03-02 runners-knee: all, pain -/1/1, next morning 1</c>
    /// in English, the same facts in the language's words.
    /// </summary>
    public string Log(Tracking.SessionLog log)
    {
        var text = new System.Text.StringBuilder(Date(log.Date));
        if (log.RoutineId is not null)
        {
            text.Clear().Append(Say("log.session", Date(log.Date), log.RoutineId, Completion(log.Completion), Score(log.PainBefore), Score(log.PainDuring), Score(log.PainAfter)));
        }

        if (log.PainNextMorning is int morning)
        {
            text.Append(Say("log.nextMorning", morning));
        }

        if (log.Run is Tracking.RunLog run)
        {
            text.Append(Say("log.run", run.Minutes, run.Pain));
        }

        if (log.SharpPain)
        {
            text.Append(this["log.sharpPain"]);
        }

        return text.ToString();

        static string Score(int? pain) => pain is int p ? p.ToString(CultureInfo.InvariantCulture) : "-";
    }

    /// <summary>
    /// Whether a typed answer is one of a prompt's answers (<c>answer.yes</c>, <c>answer.all</c>, ...): the language's
    /// words or, as anyone may type them, the English ones; case is ignored.
    /// </summary>
    public bool IsAnswer(string answer, string key) => Matches(this[key], answer) || Matches(English[key], answer);

    private static bool Matches(string answers, string answer)
    {
        foreach (string word in answers.Split(','))
        {
            if (string.Equals(word.Trim(), answer, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string WeekdayKey(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "monday",
        DayOfWeek.Tuesday => "tuesday",
        DayOfWeek.Wednesday => "wednesday",
        DayOfWeek.Thursday => "thursday",
        DayOfWeek.Friday => "friday",
        DayOfWeek.Saturday => "saturday",
        _ => "sunday",
    };

    /// <summary>A line starting with a capital letter, as a French date at the start of a line needs.</summary>
    public static string UpperFirst(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1)) : text;
}
