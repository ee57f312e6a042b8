using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Tests.Text;

/// <summary>
/// The text layer's choice of language, its dates, and its English tables agreeing with the library's English fast
/// paths (step cues), so that English output is one thing whichever way it is made.
/// </summary>
public sealed class KneeTextTests
{
    [Theory]
    [InlineData("de", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("es-419", "es")]
    [InlineData("fr_CA", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("en-GB", "en")]
    [InlineData("ja-JP", "en")]
    [InlineData("", "en")]
    public void For_LanguageTag_TakesThePrimarySubtagElseEnglish(string tag, string language)
    {
        KneeText.For(tag).Language.Should().Be(language);
        KneeText.For(tag).Should().BeSameAs(KneeText.For(language), "the words of a language are made once");
    }

    [Fact]
    public void For_Cultures_AreMatchedByLanguage()
    {
        KneeText.For(CultureInfo.InvariantCulture).Should().BeSameAs(KneeText.English);
        KneeText.For(CultureInfo.GetCultureInfo("es-MX")).Language.Should().Be("es");
        KneeText.Languages.Should().Equal("en", "de", "es", "fr");
    }

    [Fact]
    public void Date_English_IsIsoAndTheWeekdayIsInvariant()
    {
        var date = new DateOnly(2026, 3, 16);

        KneeText.English.Date(date).Should().Be("2026-03-16");
        KneeText.English.DayAndDate(date).Should().Be("Monday 2026-03-16");
    }

    [Fact]
    public void Cue_EnglishTables_SayEveryBuiltInStepAsTheStepsOwnCue()
    {
        var plans = new[]
        {
            SessionScheduler.Default.Schedule(RunnersKnee.Routine),
            new SessionScheduler(new SessionOptions(firstSide: Side.Right)).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(20)),
            new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("wall").Value)).Schedule(RunnersKnee.Routine),
            new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band,bosu").Value)).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12)),
        };

        foreach (var plan in plans)
        {
            foreach (var step in plan.Steps)
            {
                CueWords.Format(step, KneeText.English).Should().Be(step.Cue, "a built-in plan's {0} step says so", step.Kind);
                KneeText.English.Cue(step).Should().Be(step.Cue);
            }
        }
    }

    [Fact]
    public void Cue_EnglishTables_SayEveryGeneratedStepAsTheStepsOwnCue() =>
        Gen.Select(ModelGenerators.Routine, ModelGenerators.Options).Sample(
            input =>
            {
                var (routine, options) = input;
                SessionPlan plan;
                try
                {
                    plan = new SessionScheduler(options).Schedule(routine);
                }
                catch (ArgumentOutOfRangeException)
                {
                    return;
                }

                foreach (var step in plan.Steps)
                {
                    CueWords.Format(step, KneeText.English).Should().Be(step.Cue);
                }
            },
            iter: 200);

    [Fact]
    public void Cue_KeptWords_AreTheWordsOfTheStepsFactsAndStepsWithEqualFactsShareThem() =>
        Gen.Select(ModelGenerators.Routine, ModelGenerators.Options, Gen.Int[1, 3]).Sample(
            input =>
            {
                var (routine, options, language) = input;
                var words = KneeText.For(KneeText.Languages[language]);
                SessionPlan plan;
                try
                {
                    plan = new SessionScheduler(options).Schedule(routine);
                }
                catch (ArgumentOutOfRangeException)
                {
                    return;
                }

                var steps = plan.Steps;
                for (int i = 0; i < steps.Count; i++)
                {
                    string fresh = CueWords.Format(steps[i], words);
                    words.Cue(steps[i]).Should().Be(fresh);
                    words.Cue(steps[i]).Should().Be(fresh, "asked again, the kept words");
                    for (int j = i + 1; j < steps.Count; j++)
                    {
                        if (steps[i].CueKey.Equals(steps[j].CueKey))
                        {
                            steps[i].CueKey.GetHashCode().Should().Be(steps[j].CueKey.GetHashCode());
                            CueWords.Format(steps[j], words).Should().Be(fresh, "equal facts, equal words: the key holds every fact a cue says");
                        }
                    }
                }
            },
            iter: 200);

    [Fact]
    public void Names_German_AreTheCatalogsTranslationsAndAUsersOwnStayAsTheyAre()
    {
        var german = KneeText.For("de");
        var own = new Routine("runners-knee", "My knee routine", [RunnersKnee.Routine.Items[0]]);

        german.RoutineName(RunnersKnee.Routine).Should().NotBe(RunnersKnee.Routine.Name).And.NotBeEmpty();
        german.ProgramName(RunnersKnee.Program).Should().NotBe(RunnersKnee.Program.Name).And.NotBeEmpty();
        german.ExerciseCues(RunnersKnee.Clamshell).Should().HaveSameCount(RunnersKnee.Clamshell.Cues).And.NotIntersectWith(RunnersKnee.Clamshell.Cues);
        german.RoutineName(own).Should().Be("My knee routine");
        KneeText.English.ExerciseCues(RunnersKnee.Clamshell).Should().Equal(RunnersKnee.Clamshell.Cues);
    }

    [Fact]
    public void Cue_German_NamesTheExerciseInGerman()
    {
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);
        var german = KneeText.For("de");
        string name = german.ExerciseName(RunnersKnee.StandingLegExtension);

        name.Should().NotBe(RunnersKnee.StandingLegExtension.Name);
        german.Cue(plan.Steps[0]).Should().Contain(name);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("fr")]
    public void Cue_OtherLanguages_HaveNoEnglishWordsAndOnlyTheStepsNumbers(string language)
    {
        var words = KneeText.For(language);
        string[] english = ["get", "ready", "first", "next", "up", "switch", "the", "turn", "degrees", "rest", "round", "set", "starting", "with", "hold", "reps", "rep", "slow", "quick", "many", "as", "you", "can", "about", "holding", "each", "left", "right", "leg", "stand", "lie", "sit", "your", "aim", "stop", "reserve", "for", "of"];
        var plans = new[]
        {
            SessionScheduler.Default.Schedule(RunnersKnee.Routine),
            new SessionScheduler(new SessionOptions(firstSide: Side.Right, equipment: EquipmentSet.Parse("wall").Value)).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12)),
        };

        foreach (var plan in plans)
        {
            foreach (var step in plan.Steps)
            {
                string cue = words.Cue(step);
                string exercise = step.Exercise is null ? string.Empty : words.ExerciseName(step.Exercise) + " " + (step.Variation is null ? string.Empty : words.VariationName(step.Exercise, step.Variation));
                var said = System.Text.RegularExpressions.Regex.Matches(cue.Replace(exercise.Trim(), " ", StringComparison.Ordinal), @"\p{L}+").Select(m => m.Value.ToLowerInvariant());
                said.Should().NotIntersectWith(english, "the {0} cue \"{1}\" is in {2}", step.Kind, cue, language);
                var numbers = System.Text.RegularExpressions.Regex.Matches(cue, @"\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture));
                numbers.Should().BeSubsetOf([step.Amount, step.Set, step.HoldEachSeconds, 45], "a cue says the step's numbers (and turns by 45 degrees)");
            }
        }
    }

    [Fact]
    public void Notes_BuiltInIn12Minutes_TellsAlikeNotesInOneLine()
    {
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));

        var lines = KneeText.English.Notes(plan);

        plan.Adjustments.Should().HaveCount(15);
        lines.Select(l => (l.Kind, l.Exercises.Count, l.Change)).Should().Equal(
            (NoteKind.Adjustment, 0, "Pauses cut to the minimum: getting ready 10 s -> 5 s, between exercises 10 s -> 5 s and setting up 15 s -> 5 s"),
            (NoteKind.Adjustment, 9, "50% of the planned reps and hold time"),
            (NoteKind.Adjustment, 5, "Left out"));
        lines[0].Subject.Should().Be("Whole session");
        lines[2].Exercises.Should().Equal(plan.Adjustments.Where(a => a.Kind == AdjustmentKind.ExerciseLeftOut).Select(a => a.Exercise!));
        lines[2].Subject.Should().Be("Single-leg hop, Standing IT band stretch, Standing calf stretch, Standing Achilles stretch and Seated hamstring stretch");
        lines[2].Reason.Should().Be(plan.Adjustments[^1].Reason).And.StartWith("To fit the session into 12 min: stretches");
    }

    [Fact]
    public void Notes_OneNoteOfAKind_SaysItsOwnChange()
    {
        var routine = new Routine("one", "One", [new RoutineSection(RoutineSectionKind.Main, [
            new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(20, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(30))),
            new RoutineItem(RunnersKnee.SideLegRaise, Dosage.Repetitions(20, Laterality.PerSide)),
        ])]);
        var full = SessionScheduler.Default.Schedule(routine);
        var plan = SessionScheduler.Default.Schedule(routine, full.TotalDuration - TimeSpan.FromSeconds(100));

        var lines = KneeText.For("fr").Notes(plan);

        var sets = plan.Adjustments.Single(a => a.Kind == AdjustmentKind.SetsDropped);
        lines.Should().ContainSingle(l => l.Exercises.Count == 1).Which.Change.Should().Be(KneeText.For("fr").Change(sets)).And.Contain("->");
        lines.Single(l => l.Exercises.Count == 1).Subject.Should().Be("Coquille");
    }

    [Fact]
    public void ChangeAndReason_AnyLanguage_RefuseNull()
    {
        FluentActions.Invoking(() => KneeText.English.Change(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KneeText.English.Reason((Adjustment)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KneeText.English.Notes(null!)).Should().Throw<ArgumentNullException>();
    }
}
