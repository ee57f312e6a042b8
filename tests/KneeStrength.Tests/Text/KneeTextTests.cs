using System;
using System.Globalization;
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
    public void Cue_German_NamesTheExerciseInGerman()
    {
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);
        var german = KneeText.For("de");
        string name = german.ExerciseName(RunnersKnee.StandingLegExtension);

        name.Should().NotBe(RunnersKnee.StandingLegExtension.Name);
        german.Cue(plan.Steps[0]).Should().Contain(name);
    }
}
