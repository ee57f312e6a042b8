using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Text;
using KneeStrength.Tracking;

namespace KneeStrength.Tests.Text;

/// <summary>
/// The library's message tables (src/KneeStrength/Text/Resources/Messages*.resx, read from the source tree) and the
/// words <see cref="KneeText"/> makes of them for real coaching days in German, Spanish and French.
/// </summary>
public partial class MessagesTests
{
    private static readonly string[] Translated = ["de", "es", "fr"];

    private static readonly DateOnly Start = new(2026, 3, 2);

    // Treatment daily from Monday 2 March, prevention every seven days after it.
    private static readonly Enrolment Ann = new("ann", RunnersKnee.Program, Start);

    // Back to running on Sunday 12 April: prevention from Monday 13 April.
    private static readonly Enrolment BackOnTheTwelfth = new("ann", RunnersKnee.Program, Start, [EnrolmentEvent.BackToRunning(new DateOnly(2026, 4, 12))]);

    // Back to running on the first day: prevention every seven days from Tuesday 3 March.
    private static readonly Enrolment Running = new("ann", RunnersKnee.Program, Start, [EnrolmentEvent.BackToRunning(Start)]);

    // English words of the messages that a translation's words must not hold, chosen so that none is also a German,
    // Spanish or French word a translation may use; the few that are (German "also", French "pain") are allowed in
    // that language below.
    private static readonly string[] EnglishWords =
    [
        "the", "session", "sessions", "pain", "during", "next", "morning", "step", "steps", "easier", "harder", "calm",
        "rest", "hold", "holding", "reps", "rep", "side", "leg", "with", "and", "which", "higher", "above", "within",
        "acceptable", "target", "hour", "settled", "reported", "sharp", "severe", "clinician", "back", "toward", "program",
        "prescription", "ended", "planned", "shorter", "shortest", "routine", "left", "now", "hops", "each", "directions",
        "many", "heavy", "yellow", "green", "blue", "purple", "black", "grey", "silver", "weighs", "response", "not",
        "logged", "done", "completed", "until", "would", "instead", "consider", "going", "daily", "treatment", "check",
        "your", "more", "these", "rules", "manage", "yet", "needs", "without", "also", "band", "minutes", "running",
        "exercises", "rounds", "round", "stretches", "mobility", "strengthening", "longest", "whole", "getting", "ready",
        "sets", "fit", "between", "cut", "time", "work", "setting", "first", "then",
    ];

    // English words that are also words of a language, which its messages may use ("also", "Not" and "Rest" are German
    // words, "Band" German for the loop band; "routine", "prescription" and "pain" are French words). "was" is German,
    // so it is not in the list at all.
    private static readonly Dictionary<string, string[]> AlsoWordsOf = new()
    {
        ["de"] = ["also", "band", "hold", "not", "rest", "routine"],
        ["es"] = [],
        ["fr"] = ["acceptable", "directions", "minutes", "pain", "prescription", "routine", "session", "sessions"],
    };

    // Numbers the words say that are no fact of a day: the 24 hours after a session whose response weighs more.
    private static readonly int[] NumbersOfTheWords = [24];

    public static TheoryData<string> TranslatedLanguages => [.. Translated];

    public static TheoryData<string> AllLanguages => ["en", .. Translated];

    public static TheoryData<string, string> TranslatedScenarios =>
        [.. Translated.SelectMany(language => Scenarios.Keys.Select(name => (language, name)))];

    public static TheoryData<string, string> AllScenarios =>
        [.. new[] { "en" }.Concat(Translated).SelectMany(language => Scenarios.Keys.Select(name => (language, name)))];

    // Coaching days between them giving every kind of decision and every verdict; the names say what the runner logged.
    // Two decisions no journal reaches with the built-in program are made directly, and a day without a session, which
    // makes no decision, is only judged.
    private static readonly Dictionary<string, Func<Told>> Scenarios = new()
    {
        ["nothing logged"] = () => Day(Ann, Journal.Empty, Start),
        ["three calm sessions"] = () => Day(Ann, new Journal([Session(0), Session(1), Session(2)]), Start.AddDays(3)),
        ["two calm sessions"] = () => Day(Ann, new Journal([Session(0), Session(1)]), Start.AddDays(2)),
        ["calm session, no next morning yet"] = () => Day(Ann, new Journal([Session(0, morning: null)]), Start.AddDays(1)),
        ["pain 6 during, calm next morning"] = () => Day(Ann, new Journal([Session(0, before: 2, during: 6, after: 2, morning: 2)]), Start.AddDays(1)),
        ["pain 6 during, no next morning yet"] = () => Day(Ann, new Journal([Session(0), Session(1, during: 6, morning: null)]), Start.AddDays(2)),
        ["worse next morning"] = () => Day(Ann, new Journal([Session(0), Session(1, before: 2, during: 3, after: 2, morning: 4)]), Start.AddDays(2)),
        ["two flares"] = () => Day(Ann, new Journal([Session(0, before: 2, during: 3, after: 2, morning: 4), Session(1, before: 2, during: 3, after: 2, morning: 5)]), Start.AddDays(2)),
        ["calm after a flare"] = () => Day(Ann, new Journal([Session(0, before: 2, during: 3, after: 2, morning: 4), Session(1)]), Start.AddDays(2)),
        ["flare after a step up"] = () => Day(Ann, new Journal([Session(0), Session(1), Session(2), Session(3, morning: 3)]), Start.AddDays(4)),
        ["step up in ten minutes"] = () => Day(Ann.WithSessions(TimeSpan.FromMinutes(10), null), new Journal([Session(0), Session(1), Session(2)]), Start.AddDays(3)),
        ["step up in eight minutes"] = () => Day(Ann.WithSessions(TimeSpan.FromMinutes(8), null), new Journal([Session(0), Session(1), Session(2)]), Start.AddDays(3)),
        ["flare in fifteen minutes"] = () => Day(Ann.WithSessions(TimeSpan.FromMinutes(15), null), new Journal([Session(0), Session(1, morning: 3)]), Start.AddDays(2)),
        ["one minute a session"] = () => Day(Ann.WithSessions(TimeSpan.FromMinutes(1), null), Journal.Empty, Start),
        ["nothing before, not settled"] = () => Day(Ann, new Journal([Session(0, after: 3, morning: 2)]), Start.AddDays(1)),
        ["done in part"] = () => Day(Ann, new Journal([Session(0, completion: SessionCompletion.Partial)]), Start.AddDays(1)),
        ["not done"] = () => Day(Ann, new Journal([Session(0, completion: SessionCompletion.None)]), Start.AddDays(1)),
        ["pain during not logged"] = () => Day(Ann, new Journal([Session(0, during: null)]), Start.AddDays(1)),
        ["pain 3 during"] = () => Day(Ann, new Journal([Session(0, during: 3)]), Start.AddDays(1)),
        ["severe pain during"] = () => Day(Ann, new Journal([Session(0, during: 7)]), Start.AddDays(1)),
        ["sharp pain"] = () => Day(Ann, new Journal([Session(0, sharp: true)]), Start.AddDays(1)),
        ["severe pain running"] = () => Day(Ann, new Journal([Run(0, 8)]), Start.AddDays(8)),
        ["run with pain 6"] = () => Day(Ann, new Journal([Session(0), Session(1), Run(2, 6)]), Start.AddDays(3)),
        ["back to running with a run"] = () => Day(Ann, new Journal([Session(0), Run(5, 2)]), Start.AddDays(6)),
        ["back to running on a date"] = () => Day(BackOnTheTwelfth, Journal.Empty, new DateOnly(2026, 4, 13)),
        ["day without a session"] = () => Day(BackOnTheTwelfth, Journal.Empty, new DateOnly(2026, 4, 14)),
        ["day without a session, none after it"] = () => Day(new Enrolment("ann", ShortProgram(4), Start), Journal.Empty, Start.AddDays(5)),
        ["after the last phase"] = () => Day(new Enrolment("ann", ShortProgram(1), Start), Journal.Empty, Start.AddDays(7)),
        ["a calm prevention session, then a run"] = () => Day(Running, new Journal([Session(1), Run(4, 2, morning: 1)]), Start.AddDays(8)),
        ["prevention, pain 6 and a worse morning"] = () => Day(Ann, new Journal([new SessionLog(new DateOnly(2026, 4, 13), "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 6, painAfter: 2, painNextMorning: 3)]), new DateOnly(2026, 4, 20)),
        ["prevention run with pain 6"] = () => Day(Ann, new Journal([new SessionLog(new DateOnly(2026, 4, 15), null, SessionCompletion.None, run: new RunLog(30, 6))]), new DateOnly(2026, 4, 20)),
        ["left out for want of a band and a step"] = () => new Told(
            [new Decision(DecisionKind.LeaveOut)
            {
                Exercise = RunnersKnee.StepUp,
                DosageBefore = Dosage.Repetitions(10, Laterality.PerSide, sets: 2, restBetweenSets: TimeSpan.FromSeconds(45)),
                Cause = DecisionCause.MissingEquipment,
                Omission = new Omission(RunnersKnee.StepUp, [Equipment.LoopBand, Equipment.Step]),
            }],
            null),
        ["regress at the lowest level"] = () => RegressWithoutAStep(),
        ["a run within the rules"] = () => new Told([], Coach.Default.Judge(new Journal([Run(0, 2)]), Start)),
    };

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Table_Keys_AreExactlyTheEnglishKeys(string language)
    {
        var english = Table("en");
        var table = Table(language);

        english.Keys.Except(table.Keys).Should().BeEmpty("the {0} table must translate every English message", language);
        table.Keys.Except(english.Keys).Should().BeEmpty("the {0} table must hold no key the English table lacks", language);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Table_Values_AreNotEmpty(string language)
    {
        Table(language).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).Should().BeEmpty("the {0} table must say every message", language);
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Table_Placeholders_AreTheEnglishOnes(string language)
    {
        var english = Table("en");
        var problems = Table(language)
            .Where(e => english.ContainsKey(e.Key))
            .Select(e => (e.Key, Problem: PlaceholderProblem(e.Key, english[e.Key], e.Value)))
            .Where(e => e.Problem is not null)
            .Select(e => $"{language} {e.Key}: {e.Problem}");

        problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("decision.hold.calm", "{judgement} {streak} of {needed} calm sessions.", "{judgement} {needed} sessions.", "missing {streak}")]
    [InlineData("decision.hold.calm", "{judgement} {streak} of {needed}.", "{judgement} {streak} von {neded}.", "missing {needed}, extra {neded}")]
    [InlineData("decision.hold.calm", "{judgement} {streak} of {needed}.", "{streak} von {needed}: {judgement}", null)]
    [InlineData("format.date", "{year}-{MM}-{dd}", "{d}. {monthName} {year}", null)]
    [InlineData("format.date", "{year}-{MM}-{dd}", "{d}. {monthName}", "missing {year}")]
    [InlineData("format.dayAndDate", "{weekday} {year}-{MM}-{dd}", "{d}. {monthName} {year}", "missing {weekday}")]
    [InlineData("format.date", "{year}-{MM}-{dd}", "{year} {month}", "missing {MM} or {monthName}, {dd} or {d}, extra {month}")]
    public void PlaceholderProblem_Translation_NamesWhatIsMissingOrExtra(string key, string english, string translated, string? expected)
    {
        PlaceholderProblem(key, english, translated).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Table_Values_HoldNoEnglishWord(string language)
    {
        var found = Table(language)
            .SelectMany(e => EnglishIn(PlaceholderPattern().Replace(e.Value, " "), language).Select(w => $"{language} {e.Key}: '{w}' in {e.Value}"));

        found.Should().BeEmpty();
    }

    [Fact]
    public void FrenchTable_Punctuation_HasANoBreakSpaceBeforeIt()
    {
        var problems = Table("fr")
            .Where(e => FrenchSpacingPattern().IsMatch(e.Value))
            .Select(e => $"{e.Key}: {e.Value}");

        problems.Should().BeEmpty("French puts a no-break space (U+00A0) before : ; ? ! and inside « », and always the same one");
    }

    [Fact]
    public void EnglishWords_EachIsAWordOfTheEnglishTable()
    {
        var words = Table("en").Values.SelectMany(v => WordPattern().Matches(PlaceholderPattern().Replace(v, " ")).Select(m => m.Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        EnglishWords.Where(w => !words.Contains(w)).Should().BeEmpty("the list holds English words of the messages, nothing else");
        EnglishWords.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Scenarios_GiveEveryKindOfDecision()
    {
        var kinds = Scenarios.Values.SelectMany(s => s().Decisions).Select(d => d.Kind).ToHashSet();

        Enum.GetValues<DecisionKind>().Where(k => !kinds.Contains(k)).Should().BeEmpty("every kind of decision must be worded in every language");
    }

    [Fact]
    public void Scenarios_GiveEveryVerdict()
    {
        var verdicts = Scenarios.Values.SelectMany(s => Judgements(s())).Select(j => j.Verdict).ToHashSet();

        Enum.GetValues<Verdict>().Where(v => !verdicts.Contains(v)).Should().BeEmpty("every verdict must be worded in every language");
    }

    [Fact]
    public void Scenarios_SayEveryCoachingMessage()
    {
        // Each judgement.* and decision.* message, its placeholders any text, is found in the English words of some
        // scenario: so the checks below read every coaching message in every language.
        var said = Scenarios.Values.Select(s => s()).SelectMany(t => t.Decisions.Select(KneeText.English.Reason).Concat(Judgements(t).Select(KneeText.English.Reason))).ToList();
        var unsaid = Table("en")
            .Where(e => (e.Key.StartsWith("judgement.", StringComparison.Ordinal) || e.Key.StartsWith("decision.", StringComparison.Ordinal)) && e.Key != "judgement.also.separator")
            .Where(e => !said.Any(Template(e.Value).IsMatch))
            .Select(e => e.Key);

        unsaid.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TranslatedScenarios))]
    public void Reason_Scenario_HoldsNoEnglishWord(string language, string scenario)
    {
        var words = KneeText.For(language);
        var told = Scenarios[scenario]();

        var found = told.Decisions.Select(d => (d.Kind.ToString(), words.Reason(d)))
            .Concat(Judgements(told).Select(j => (j.Verdict.ToString(), words.Reason(j))))
            .SelectMany(r => EnglishIn(r.Item2, language).Select(w => $"{r.Item1}: '{w}' in {r.Item2}"));

        found.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(AllScenarios))]
    public void Reason_Scenario_SaysOnlyNumbersOfTheFacts(string language, string scenario)
    {
        var words = KneeText.For(language);
        var told = Scenarios[scenario]();

        var decisions = told.Decisions.Select(d => (d.Kind.ToString(), words.Reason(d), Facts(d)));
        var judgements = Judgements(told).Select(j => (j.Verdict.ToString(), words.Reason(j), Facts(j)));
        var strays = decisions.Concat(judgements)
            .SelectMany(r => Numbers(r.Item2).Where(n => !r.Item3.Contains(n)).Select(n => $"{r.Item1}: {n} in {r.Item2} (facts: {string.Join(" ", r.Item3.Order())})"));

        strays.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TranslatedScenarios))]
    public void Reason_Scenario_DiffersFromTheEnglish(string language, string scenario)
    {
        var words = KneeText.For(language);
        var told = Scenarios[scenario]();

        told.Decisions.Where(d => words.Reason(d) == d.Reason).Select(d => d.Reason).Should().BeEmpty();
        Judgements(told).Where(j => words.Reason(j) == j.Reason).Select(j => j.Reason).Should().BeEmpty();
    }

    [Fact]
    public void Reason_German_ReadsAsAPhysiotherapistSaysIt()
    {
        var german = KneeText.For("de");
        var flare = Scenarios["worse next morning"]().Decisions;
        var back = Scenarios["back to running with a run"]().Decisions;
        var rest = Scenarios["day without a session"]().Decisions;

        german.Reason(flare[0]).Should().Be(
            "Ihre Schmerzen am nächsten Morgen lagen bei 4/10, höher als 1/10 am Morgen davor. Außerdem: Ihre Schmerzen eine Stunde danach lagen bei 2/10 und waren nicht auf 1/10 am Morgen davor zurückgegangen. Die nächste Einheit wird eine Stufe leichter.");
        german.Reason(flare[1]).Should().Be("Hüpfen auf einem Bein: vorerst weggelassen; bei einem gereizten Knie fallen die Sprünge als Erstes weg.");
        german.Reason(back[0]).Should().Be(
            "Sie sind am 7. März 2026 wieder gelaufen, mit Schmerzen beim Laufen von 2/10, innerhalb der akzeptablen 5/10: Ab dem 8. März 2026 geht es weiter mit „Wöchentliche Vorbeugung“.");
        german.Reason(rest.Single(d => d.Kind == DecisionKind.RestDay)).Should().Be(
            "Keine Einheit am Dienstag, 14. April 2026 (Wöchentliche Vorbeugung): Die nächste ist am Montag, 20. April 2026.");
    }

    [Fact]
    public void Reason_SpanishAndFrench_ReadAsAPhysiotherapistSaysIt()
    {
        var decisions = Scenarios["three calm sessions"]().Decisions;
        var clamshell = decisions.Single(d => d.ExerciseId == "clamshell");
        var left = Scenarios["left out for want of a band and a step"]().Decisions[0];

        KneeText.For("es").Reason(decisions[0]).Should().Be(
            "Sesión completa, con un dolor de 1/10 durante la sesión, que una hora después se había calmado y a la mañana siguiente seguía tranquilo. 3 sesiones bien toleradas seguidas: subes un nivel.");
        KneeText.For("es").Reason(clamshell).Should().Be("Almeja: 20 repeticiones por lado -> 22 repeticiones por lado.");
        KneeText.For("fr").Reason(clamshell).Should().Be("Coquille\u00A0: 20 répétitions par côté -> 22 répétitions par côté.");
        KneeText.For("fr").Reason(left).Should().Be(
            "Montée de marche\u00A0: pas au programme pour l'instant. Il faut\u00A0: Élastique en boucle et Marche (d'escalier, chaise ou autre support stable et surélevé). Vous ne l'avez pas sous la main, et aucune variante ne permet de s'en passer.");
    }

    public static TheoryData<string, string, string> DosageWordsTable => new()
    {
        { "de", "10 reps", "10 Wiederholungen" },
        { "de", "1 rep", "1 Wiederholung" },
        { "de", "20 reps per side", "20 Wiederholungen pro Seite" },
        { "de", "3 x 10 reps per side, 30 s rest", "3 x 10 Wiederholungen pro Seite, 30 s Pause" },
        { "de", "2-3 x 8-12 reps", "2-3 x 8-12 Wiederholungen" },
        { "de", "30 s hold per side", "30 s halten pro Seite" },
        { "de", "3 sets of 45 s hold, 60 s rest", "3 x 45 s halten, 60 s Pause" },
        { "de", "10 reps per leg in each of 4 directions", "10 Wiederholungen pro Bein in jede der 4 Richtungen" },
        { "de", "10 reps, 5 s hold each", "10 Wiederholungen, jeweils 5 s halten" },
        { "de", "15 reps, as many as you can", "15 Wiederholungen, so viele Sie können" },
        { "de", "45 s hold, as long as you can", "45 s halten, so lange Sie können" },
        { "de", "3 x 12 reps, medium (red) band", "3 x 12 Wiederholungen, mittleres rotes Band" },
        { "de", "12 reps, red band", "12 Wiederholungen, rotes Band" },
        { "de", "12 reps, heavy band", "12 Wiederholungen, starkes Band" },
        { "de", "10 reps per side, 20 cm step", "10 Wiederholungen pro Seite, 20 cm hohe Stufe" },
        { "de", "3 x 10 reps, RPE 7", "3 x 10 Wiederholungen, Anstrengung 7/10 (RPE)" },
        { "de", "10 reps, 2 reps in reserve", "10 Wiederholungen, 2 Wiederholungen in Reserve" },
        { "de", "10 reps, 1 rep in reserve", "10 Wiederholungen, 1 Wiederholung in Reserve" },
        { "es", "3 x 10 reps per side, 30 s rest", "3 x 10 repeticiones por lado, 30 s de descanso" },
        { "es", "3 sets of 45 s hold per side, 60 s rest", "3 series de 45 s por lado, 60 s de descanso" },
        { "es", "3 x 12 reps, medium (red) band", "3 x 12 repeticiones, banda roja de resistencia media" },
        { "es", "10 reps, 5 s hold each, 1 rep in reserve", "10 repeticiones, manteniendo 5 s en cada una, 1 repetición en reserva" },
        { "fr", "3 x 10 reps per side, 30 s rest", "3 x 10 répétitions par côté, 30 s de repos" },
        { "fr", "3 sets of 45 s hold per side, 60 s rest", "3 x 45 s de maintien par côté, 60 s de repos" },
        { "fr", "3 x 12 reps, medium (red) band", "3 x 12 répétitions, élastique moyen (rouge)" },
        { "fr", "10 reps per leg in each of 4 directions, 20 cm step", "10 répétitions par jambe dans chacune des 4 directions, marche de 20 cm" },
    };

    [Theory]
    [MemberData(nameof(DosageWordsTable))]
    public void Dosage_Translated_SaysTheWordsAndKeepsTheNumbers(string language, string notation, string expected)
    {
        var dosage = DosagePattern.Parse(notation).Value;

        string words = KneeText.For(language).Dosage(dosage);

        words.Should().Be(expected);
        Numbers(words).Should().Equal(Numbers(notation), "the numbers stay, in the same order");
        EnglishIn(words, language).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(DosageWordsTable))]
    public void Dosage_English_IsTheCanonicalNotation(string language, string notation, string expected)
    {
        _ = (language, expected);
        var dosage = DosagePattern.Parse(notation).Value;

        KneeText.English.Dosage(dosage).Should().Be(dosage.ToString()).And.Be(notation);
        DosageWords.Format(dosage, KneeText.English).Should().Be(DosagePattern.Format(dosage), "the English table must agree with the notation");
    }

    [Fact]
    public void DosageWords_English_AgreeWithTheNotationForEveryBuiltInDosage()
    {
        var dosages = Enumerable.Range(-6, 16)
            .SelectMany(level => ProgressionPolicy.Default.Adapt(RunnersKnee.Routine, level).Items.Select(i => i.Dosage))
            .Distinct()
            .ToList();

        dosages.Should().HaveCountGreaterThan(RunnersKnee.Routine.Items.Count);
        dosages.Where(d => DosageWords.Format(d, KneeText.English) != DosagePattern.Format(d))
            .Select(d => $"{DosagePattern.Format(d)}: words '{DosageWords.Format(d, KneeText.English)}'")
            .Should().BeEmpty();
        dosages.Where(d => KneeText.English.Dosage(d) != d.ToString()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("en", "2026-03-16", "Monday 2026-03-16")]
    [InlineData("de", "16. März 2026", "Montag, 16. März 2026")]
    [InlineData("es", "16 de marzo de 2026", "lunes 16 de marzo de 2026")]
    [InlineData("fr", "16 mars 2026", "lundi 16 mars 2026")]
    public void Date_Language_IsWrittenAsItsReadersWriteIt(string language, string date, string dayAndDate)
    {
        var words = KneeText.For(language);

        words.Date(new DateOnly(2026, 3, 16)).Should().Be(date);
        words.DayAndDate(new DateOnly(2026, 3, 16)).Should().Be(dayAndDate);
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void Date_EveryDayOfAYear_SaysItsDayAndYearAndItsOwnMonthAndWeekday(string language)
    {
        var words = KneeText.For(language);
        var days = Enumerable.Range(0, 365).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).ToList();

        days.Where(d => !Numbers(words.DayAndDate(d)).SequenceEqual([d.Day, d.Year])).Select(words.DayAndDate).Should().BeEmpty();
        days.Select(d => words.Date(d).Split(' ', '.').First(p => p.Length > 0 && char.IsLetter(p[0]) && p != "de")).Distinct().Should().HaveCount(12);
        days.Select(d => words.DayAndDate(d).Split(' ', ',')[0]).Distinct().Should().HaveCount(7);
        days.SelectMany(d => EnglishMonthsAndDays.Where(w => words.DayAndDate(d).Contains(w, StringComparison.Ordinal))).Should().BeEmpty();
    }

    private static readonly string[] EnglishMonthsAndDays =
    [
        "January", "February", "March", "May", "June", "July", "October", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    private sealed record Told(IReadOnlyList<Decision> Decisions, Judgement? Last);

    private static Told Day(Enrolment enrolment, Journal journal, DateOnly date)
    {
        var day = Coach.Default.Decide(enrolment, journal, date);
        return new Told(day.Decisions, day.LastJudgement);
    }

    // A regression the level cannot show: the policy's floor reached, the next session stays as easy as it is.
    private static Told RegressWithoutAStep()
    {
        var day = Coach.Default.Decide(Ann, new Journal([Session(0, morning: 3)]), Start.AddDays(1));
        var regress = day.Decisions[0];
        return new Told([new Decision(DecisionKind.Regress, regress.Rule) { Judgement = regress.Judgement, LevelBefore = -1, LevelAfter = -1 }], null);
    }

    private static TrainingProgram ShortProgram(int everyNDays) =>
        new("short", "Short", [new ProgramPhase("only", RunnersKnee.Routine, ScheduleRule.EveryNDays(everyNDays), PhaseEnd.AfterWeeks(1))]);

    private static SessionLog Session(int day, int? before = null, int? during = 1, int after = 1, int? morning = 1, bool sharp = false, SessionCompletion completion = SessionCompletion.All) =>
        new(Start.AddDays(day), "runners-knee", completion, painBefore: before, painDuring: during, painAfter: after, painNextMorning: morning, sharpPain: sharp);

    private static SessionLog Run(int day, int pain, int? morning = null) =>
        new(Start.AddDays(day), null, SessionCompletion.None, painNextMorning: morning, run: new RunLog(30, pain));

    private static IEnumerable<Judgement> Judgements(Told told) =>
        told.Decisions.Select(d => d.Judgement).Append(told.Last).OfType<Judgement>().Distinct();

    // The whole numbers a decision's words may say: its dates' years, months and days, the pain scores and limits of
    // its judgement, its levels and the steps between them, its calm-session counts, its dosages' numbers and its
    // durations' hours, minutes and seconds.
    private static HashSet<int> Facts(Decision d)
    {
        var facts = new HashSet<int>(NumbersOfTheWords);
        AddDate(facts, d.Date);
        AddDate(facts, d.PhaseStart);
        AddDate(facts, d.NextSession);
        if (d.Judgement is { } j)
        {
            facts.UnionWith(Facts(j));
        }

        foreach (int? n in new[] { d.LevelBefore, d.LevelAfter, d.LevelBefore - d.LevelAfter, d.CalmSessions, d.CalmSessionsToProgress, d.RunPain, d.PainLimit })
        {
            if (n is int value)
            {
                facts.Add(Math.Abs(value));
            }
        }

        AddDosage(facts, d.DosageBefore);
        AddDosage(facts, d.DosageAfter);
        AddDuration(facts, d.SessionBudget);
        AddDuration(facts, d.ShortestSession);
        return facts;
    }

    private static HashSet<int> Facts(Judgement j)
    {
        var facts = new HashSet<int>(NumbersOfTheWords);
        var log = j.Log;
        var rules = j.Rules;
        AddDate(facts, log.Date);
        foreach (int? n in new[] { log.PainBefore, log.PainDuring, log.PainAfter, log.PainNextMorning, log.Run?.Pain, log.Run?.Minutes, j.MorningBefore })
        {
            if (n is int value)
            {
                facts.Add(value);
            }
        }

        facts.UnionWith([rules.AcceptableDuring, rules.TargetDuring, rules.SevereAt, rules.MorningTolerance, rules.SettleTolerance, j.ReferenceScore + rules.MorningTolerance]);
        return facts;
    }

    private static void AddDate(HashSet<int> facts, DateOnly? date)
    {
        if (date is DateOnly d)
        {
            facts.UnionWith([d.Year, d.Month, d.Day]);
        }
    }

    private static void AddDosage(HashSet<int> facts, Dosage? dosage)
    {
        if (dosage is not Dosage d)
        {
            return;
        }

        facts.UnionWith([d.SetRange.Minimum, d.SetRange.Maximum, d.Directions, d.HoldEachSeconds, (int)d.HoldTime.TotalSeconds]);
        if (d.Kind == DosageKind.Repetitions)
        {
            facts.UnionWith([d.RepetitionRange.Minimum, d.RepetitionRange.Maximum]);
        }

        if (d.RestBetweenSets is TimeSpan rest)
        {
            facts.Add((int)rest.TotalSeconds);
        }

        if (d.Setting is { } setting)
        {
            facts.Add(setting.StepHeightCentimetres);
        }

        if (d.Effort is Effort effort)
        {
            facts.Add(effort.Value);
        }
    }

    private static void AddDuration(HashSet<int> facts, TimeSpan? duration)
    {
        if (duration is TimeSpan t)
        {
            facts.UnionWith([(int)t.TotalHours, t.Minutes, t.Seconds, (int)t.TotalMinutes]);
        }
    }

    // The whole numbers of a text, in order; "/10" is the pain scale, no number of the facts.
    private static List<int> Numbers(string text) =>
        [.. NumberPattern().Matches(ScalePattern().Replace(text, " ")).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))];

    private static IEnumerable<string> EnglishIn(string text, string language)
    {
        var allowed = AlsoWordsOf[language];
        return WordPattern().Matches(text).Select(m => m.Value)
            .Where(w => EnglishWords.Contains(w, StringComparer.OrdinalIgnoreCase) && !allowed.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    // A table as the source tree holds it: key to value, each key once.
    private static Dictionary<string, string> Table(string language) =>
        ResxTable.Read(ResxTable.PathOf("src/KneeStrength/Text/Resources/Messages.resx", language));

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    // What is wrong with a translation's placeholders: null when it has exactly the English ones (in any order). A date
    // (format.*) may be written with any of the date placeholders format.date's comment names, so long as it says the
    // year, the month and the day, and the weekday when the English does.
    private static string? PlaceholderProblem(string key, string english, string translated)
    {
        var expected = Placeholders(english);
        var found = Placeholders(translated);
        List<string> missing, extra;
        if (key.StartsWith("format.", StringComparison.Ordinal))
        {
            string[] dates = ["{year}", "{MM}", "{dd}", "{d}", "{monthName}", "{weekday}"];
            missing = [.. expected.Where(p => p is not ("{MM}" or "{dd}") && !found.Contains(p))];
            if (!found.Contains("{MM}") && !found.Contains("{monthName}"))
            {
                missing.Add("{MM} or {monthName}");
            }

            if (!found.Contains("{dd}") && !found.Contains("{d}"))
            {
                missing.Add("{dd} or {d}");
            }

            extra = [.. found.Where(p => !dates.Contains(p))];
        }
        else
        {
            missing = [.. expected.Except(found)];
            extra = [.. found.Except(expected)];
        }

        var parts = new List<string>(2);
        if (missing.Count > 0)
        {
            parts.Add("missing " + string.Join(", ", missing));
        }

        if (extra.Count > 0)
        {
            parts.Add("extra " + string.Join(", ", extra));
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    // A message as a pattern its words match: the text as it is (a fact's first letter may be upper case), each
    // placeholder any text.
    private static Regex Template(string message) =>
        new(string.Join("(.+)", PlaceholderPattern().Split(message).Select(Regex.Escape)), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"/10\b")]
    private static partial Regex ScalePattern();

    // A French "high" punctuation mark or closing guillemet without a no-break space before it, or an opening one without one after it.
    [GeneratedRegex("[^\u00A0][:;?!»]|«[^\u00A0]")]
    private static partial Regex FrenchSpacingPattern();
}
