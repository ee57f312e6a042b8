using System;
using System.Collections.Generic;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Tests.Text;

/// <summary>
/// What a time budget changed (<see cref="Adjustment"/>) and a plan's note lines (<see cref="KneeText.Notes"/>),
/// worded for budgeted plans of the built-in routine and of routines with sets, many rests and a circuit.
/// </summary>
public partial class MessagesTests
{
    private static readonly Routine WithSets = new("sets", "Sets", [new RoutineSection(RoutineSectionKind.Main, [
        new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(20, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(30))),
        new RoutineItem(RunnersKnee.SideLegRaise, Dosage.Repetitions(20, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(40))),
        new RoutineItem(RunnersKnee.ForwardLegRaise, Dosage.Repetitions(20, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(50))),
        new RoutineItem(RunnersKnee.HipDip, Dosage.Repetitions(20, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(60))),
    ])]);

    private static readonly Routine WithTwoSets = new("two", "Two", [new RoutineSection(RoutineSectionKind.Main, [
        new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(20, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(45))),
        new RoutineItem(RunnersKnee.SideLegRaise, Dosage.Repetitions(20, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(45))),
        new RoutineItem(RunnersKnee.ForwardLegRaise, Dosage.Repetitions(20, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(45))),
    ])]);

    private static readonly Routine WithCircuit = new("circuit", "Circuit", [new RoutineSection(RoutineSectionKind.Main, [
        new Circuit(3, [
            new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(20, Laterality.PerSide)),
            new RoutineItem(RunnersKnee.SideLegRaise, Dosage.Repetitions(20, Laterality.PerSide)),
        ], TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(20)),
    ])]);

    // Four circuits with four different rests after rounds and pauses between items.
    private static readonly Routine WithCircuits = new("circuits", "Circuits", [new RoutineSection(RoutineSectionKind.Main, [
        .. Enumerable.Range(1, 4).Select(i => new Circuit(2, [
            new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(10, Laterality.PerSide)),
            new RoutineItem(RunnersKnee.SideLegRaise, Dosage.Repetitions(10, Laterality.PerSide)),
        ], TimeSpan.FromSeconds(30 + (10 * i)), TimeSpan.FromSeconds(10 + (10 * i)))),
    ])]);

    // Budgeted plans between them giving every kind of adjustment and pause, lines for one note and for alike notes,
    // substitutions and omissions.
    private static readonly Dictionary<string, Func<SessionPlan>> PlanScenarios = new()
    {
        ["built-in in 12 minutes"] = () => SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12)),
        ["built-in, 30 seconds short"] = () => Short(SessionScheduler.Default, RunnersKnee.Routine, 30),
        ["built-in in 8 minutes"] = () => SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(8)),
        ["band and wall in 12 minutes"] = () => new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band,wall").Value))
            .Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12)),
        ["four rests, 10 seconds short"] = () => Short(SessionScheduler.Default, WithSets, 10),
        ["sets, one dropped"] = () => FirstWith(WithTwoSets, p => p.Adjustments.Count(a => a.Kind == AdjustmentKind.SetsDropped) == 1),
        ["sets, two dropped"] = () => FirstWith(WithTwoSets, p => p.Adjustments.Count(a => a.Kind == AdjustmentKind.SetsDropped) == 2),
        ["sets, down to one each"] = () => FirstWith(WithTwoSets, p => p.Adjustments.Count(a => a.Kind == AdjustmentKind.SetsDropped && a.SetsAfter == 1) >= 2),
        ["four rests in 3 minutes"] = () => SessionScheduler.Default.Schedule(WithSets, TimeSpan.FromMinutes(3)),
        ["circuit, 10 seconds short"] = () => Short(SessionScheduler.Default, WithCircuit, 10),
        ["circuit, a round short"] = () => FirstWith(WithCircuit, p => p.Adjustments.Any(a => a.Kind == AdjustmentKind.RoundsDropped)),
        ["four circuits, 40 seconds short"] = () => Short(SessionScheduler.Default, WithCircuits, 40),
        ["circuit in 90 seconds"] = () => SessionScheduler.Default.Schedule(WithCircuit, TimeSpan.FromSeconds(90)),
    };

    public static TheoryData<string, string> TranslatedPlanScenarios =>
        [.. Translated.SelectMany(language => PlanScenarios.Keys.Select(name => (language, name)))];

    public static TheoryData<string, string> AllPlanScenarios =>
        [.. new[] { "en" }.Concat(Translated).SelectMany(language => PlanScenarios.Keys.Select(name => (language, name)))];

    [Fact]
    public void PlanScenarios_GiveEveryKindOfAdjustmentAndPause()
    {
        var adjustments = PlanScenarios.Values.SelectMany(s => s().Adjustments).ToList();

        Enum.GetValues<AdjustmentKind>().Except(adjustments.Select(a => a.Kind)).Should().BeEmpty("every kind of adjustment must be worded in every language");
        Enum.GetValues<PauseKind>().Except(adjustments.SelectMany(a => a.Pauses).Select(p => p.Kind)).Should().BeEmpty();
        adjustments.Should().Contain(a => a.Kind == AdjustmentKind.PausesCut && a.Percent < 100).And.Contain(a => a.Kind == AdjustmentKind.PausesCut && a.Percent == 100);
    }

    [Fact]
    public void PlanScenarios_SayEveryAdjustmentAndNoteMessage()
    {
        var said = PlanScenarios.Values.Select(s => s())
            .SelectMany(p => p.Adjustments.SelectMany(a => new[] { a.Change, a.Reason }).Concat(KneeText.English.Notes(p).SelectMany(l => new[] { l.Subject, l.Change, l.Reason })))
            .ToList();
        var unsaid = Table("en")
            .Where(e => e.Key.StartsWith("adjustment.", StringComparison.Ordinal) || e.Key.StartsWith("note.", StringComparison.Ordinal))
            .Where(e => !said.Any(Template(e.Value).IsMatch))
            .Select(e => e.Key);

        unsaid.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TranslatedPlanScenarios))]
    public void Adjustments_PlanScenario_HoldNoEnglishWord(string language, string scenario)
    {
        var words = KneeText.For(language);
        var plan = PlanScenarios[scenario]();

        var texts = plan.Adjustments.SelectMany(a => new[] { words.Change(a), words.Reason(a) })
            .Concat(words.Notes(plan).SelectMany(l => new[] { l.Subject, l.Change, l.Reason }));

        texts.SelectMany(t => EnglishIn(t, language).Select(w => $"'{w}' in {t}")).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(AllPlanScenarios))]
    public void Adjustments_PlanScenario_SayOnlyNumbersOfTheFacts(string language, string scenario)
    {
        var words = KneeText.For(language);
        var plan = PlanScenarios[scenario]();

        // Each note's words say its own facts' numbers; a line for alike notes, numbers they all share.
        var strays = plan.Adjustments
            .SelectMany(a => new[] { words.Change(a), words.Reason(a) }.SelectMany(t => Numbers(t).Where(n => !Facts(a).Contains(n)).Select(n => $"{n} in {t}")));
        var lines = words.Notes(plan).Where(l => l.Kind == NoteKind.Adjustment).ToList();
        var lineStrays = lines.SelectMany(l =>
        {
            var notes = l.Exercises.Count == 0 ? plan.Adjustments.Where(a => a.Kind == AdjustmentKind.PausesCut).ToList()
                : plan.Adjustments.Where(a => a.Kind == AdjustmentKind.RoundsDropped && words.Change(a) == l.Change).ToList() is { Count: > 0 } rounds ? rounds
                : plan.Adjustments.Where(a => a.Exercise is { } e && l.Exercises.Contains(e)).ToList();
            var shared = notes.Select(Facts).Aggregate((a, b) => [.. a.Intersect(b)]);
            return new[] { l.Change, l.Reason }.SelectMany(t => Numbers(t).Where(n => !shared.Contains(n)).Select(n => $"{n} in {t}"));
        });

        strays.Concat(lineStrays).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TranslatedPlanScenarios))]
    public void Adjustments_PlanScenario_DifferFromTheEnglish(string language, string scenario)
    {
        var words = KneeText.For(language);
        var plan = PlanScenarios[scenario]();

        // A dosage change of digits only (20 -> 10 with the same unit) may read alike; the words around it may not.
        plan.Adjustments.Where(a => words.Reason(a) == a.Reason).Select(a => a.Reason).Should().BeEmpty();
        plan.Adjustments.Where(a => a.Kind != AdjustmentKind.SetsDropped && a.Kind != AdjustmentKind.DoseScaled && words.Change(a) == a.Change)
            .Select(a => a.Change).Should().BeEmpty();
    }

    [Fact]
    public void Notes_German_ReadAsAPhysiotherapistSaysIt()
    {
        var german = KneeText.For("de");
        var lines = german.Notes(PlanScenarios["built-in in 12 minutes"]());

        lines.Select(l => (l.Subject, l.Change, l.Reason)).Should().Equal(
            ("Ganze Einheit", "Pausen so kurz wie möglich: Vorbereitung 10 s -> 5 s, zwischen den Übungen 10 s -> 5 s und Einrichten 15 s -> 5 s", "Damit die Einheit in 12 min passt."),
            ("Beinstrecken im Stehen, Seitschritte, Seitliches Beinheben, Beinheben in Rückenlage, Seitstütz, Muschelübung, Aufsteigen auf die Stufe, Beckenabsenken und Kniebeuge auf dem Bosu-Ball",
                "50 % der geplanten Wiederholungen und Haltezeit", "Damit die Einheit in 12 min passt."),
            ("Hüpfen auf einem Bein, Dehnung der Oberschenkelaußenseite im Stehen, Wadendehnung im Stehen, Dehnung der Achillessehne im Stehen und Dehnung der Oberschenkelrückseite im Sitzen",
                "Weggelassen",
                "Damit die Einheit in 12 min passt, fallen zuerst Dehnungen und Mobilisation weg, dann Sprünge, dann Gleichgewichtsübungen; die Kräftigung von Hüfte und Knie bleibt am längsten."));
    }

    private static SessionPlan Short(SessionScheduler scheduler, Routine routine, int seconds) =>
        scheduler.Schedule(routine, scheduler.Schedule(routine).TotalDuration - TimeSpan.FromSeconds(seconds));

    // The plan with the largest budget (in steps of 5 s down from the full plan's length) that shows what is asked.
    private static SessionPlan FirstWith(Routine routine, Func<SessionPlan, bool> shows)
    {
        var scheduler = SessionScheduler.Default;
        for (var budget = scheduler.Schedule(routine).TotalDuration; ; budget -= TimeSpan.FromSeconds(5))
        {
            var plan = scheduler.Schedule(routine, budget);
            if (shows(plan))
            {
                return plan;
            }
        }
    }

    // The whole numbers an adjustment's words may say: its dosages', its sets and percent, its pauses' and budget's
    // hours, minutes and seconds.
    private static HashSet<int> Facts(Adjustment a)
    {
        var facts = new HashSet<int>();
        AddDosage(facts, a.DosageBefore);
        AddDosage(facts, a.DosageAfter);
        foreach (int? n in new[] { a.SetsBefore, a.SetsAfter, a.Percent })
        {
            if (n is int value)
            {
                facts.Add(value);
            }
        }

        foreach (var pause in a.Pauses)
        {
            facts.UnionWith([(int)pause.Before.TotalSeconds, (int)pause.After.TotalSeconds]);
        }

        AddDuration(facts, a.TimeBudget);
        return facts;
    }
}
