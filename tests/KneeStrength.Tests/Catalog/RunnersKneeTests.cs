using System;
using System.Linq;
using KneeStrength.Catalog;

namespace KneeStrength.Tests.Catalog;

/// <summary>The built-in catalog against the facts of the seed article (shared/seed/000_a005c0538c5bc078.txt).</summary>
public class RunnersKneeTests
{
    private static readonly string[] ArticleOrder =
    [
        "standing-leg-extension", "side-steps", "side-leg-raise", "forward-leg-raise", "side-plank", "clamshell",
        "single-leg-hop", "step-up", "hip-dip", "bosu-ball-squat", "standing-it-band-stretch", "standing-calf-stretch",
        "standing-achilles-stretch", "seated-hamstring-stretch",
    ];

    /// <summary>
    /// Each exercise's dosage: as the article writes it, in canonical form, and component by component.
    /// Columns: position in the routine, id, article notation, canonical text, kind, amount, laterality, directions.
    /// </summary>
    public static TheoryData<int, string, string, string, DosageKind, int, Laterality, int> Dosages => new()
    {
        { 0, "standing-leg-extension", "x 10 (per leg and per side)", "10 reps per leg in each of 4 directions", DosageKind.Repetitions, 10, Laterality.PerSide, 4 },
        { 1, "side-steps", "x 25 (per side)", "25 reps per side", DosageKind.Repetitions, 25, Laterality.PerSide, 1 },
        { 2, "side-leg-raise", "x 20 (per leg)", "20 reps per side", DosageKind.Repetitions, 20, Laterality.PerSide, 1 },
        { 3, "forward-leg-raise", "x 20 (per leg)", "20 reps per side", DosageKind.Repetitions, 20, Laterality.PerSide, 1 },
        { 4, "side-plank", "x 30 seconds (per side)", "30 s hold per side", DosageKind.Hold, 30, Laterality.PerSide, 1 },
        { 5, "clamshell", "x 20 (per side)", "20 reps per side", DosageKind.Repetitions, 20, Laterality.PerSide, 1 },
        { 6, "single-leg-hop", "x 20 (per side)", "20 reps per side", DosageKind.Repetitions, 20, Laterality.PerSide, 1 },
        { 7, "step-up", "x 20 (per side)", "20 reps per side", DosageKind.Repetitions, 20, Laterality.PerSide, 1 },
        { 8, "hip-dip", "x 20 (per side)", "20 reps per side", DosageKind.Repetitions, 20, Laterality.PerSide, 1 },
        { 9, "bosu-ball-squat", "x 20", "20 reps", DosageKind.Repetitions, 20, Laterality.Bilateral, 1 },
        { 10, "standing-it-band-stretch", "x 30 seconds (per side)", "30 s hold per side", DosageKind.Hold, 30, Laterality.PerSide, 1 },
        { 11, "standing-calf-stretch", "x 30 seconds (per side)", "30 s hold per side", DosageKind.Hold, 30, Laterality.PerSide, 1 },
        { 12, "standing-achilles-stretch", "x 30 seconds (per side)", "30 s hold per side", DosageKind.Hold, 30, Laterality.PerSide, 1 },
        { 13, "seated-hamstring-stretch", "x 30 seconds (per side)", "30 s hold per side", DosageKind.Hold, 30, Laterality.PerSide, 1 },
    };

    /// <summary>
    /// Each exercise's profile. Columns: id, name, category, position, per side, equipment ids (comma-joined, empty for
    /// none), variation ids (likewise), number of directions.
    /// </summary>
    public static TheoryData<string, string, ExerciseCategory, BodyPosition, bool, string, string, int> Profiles => new()
    {
        { "standing-leg-extension", "Standing leg extension", ExerciseCategory.Strength, BodyPosition.Standing, true, "band", "", 4 },
        { "side-steps", "Side steps", ExerciseCategory.Strength, BodyPosition.Standing, true, "band", "no-band", 0 },
        { "side-leg-raise", "Side leg raise", ExerciseCategory.Strength, BodyPosition.SideLying, true, "", "", 0 },
        { "forward-leg-raise", "Forward leg raise", ExerciseCategory.Strength, BodyPosition.Supine, true, "", "", 0 },
        { "side-plank", "Side plank", ExerciseCategory.Strength, BodyPosition.SideLying, true, "", "", 0 },
        { "clamshell", "Clamshell", ExerciseCategory.Strength, BodyPosition.SideLying, true, "", "", 0 },
        { "single-leg-hop", "Single-leg hop", ExerciseCategory.Plyometric, BodyPosition.Standing, true, "", "", 0 },
        { "step-up", "Step-up", ExerciseCategory.Strength, BodyPosition.OnStep, true, "step", "", 0 },
        { "hip-dip", "Hip dip", ExerciseCategory.Strength, BodyPosition.OnStep, true, "step", "", 0 },
        { "bosu-ball-squat", "Bosu ball squat", ExerciseCategory.Balance, BodyPosition.OnBosu, false, "bosu", "flat-side,plain-squat", 0 },
        { "standing-it-band-stretch", "Standing IT band stretch", ExerciseCategory.Stretch, BodyPosition.Standing, true, "", "", 0 },
        { "standing-calf-stretch", "Standing calf stretch", ExerciseCategory.Stretch, BodyPosition.Standing, true, "wall", "", 0 },
        { "standing-achilles-stretch", "Standing Achilles stretch", ExerciseCategory.Stretch, BodyPosition.Standing, true, "wall", "", 0 },
        { "seated-hamstring-stretch", "Seated hamstring stretch", ExerciseCategory.Stretch, BodyPosition.Seated, true, "", "", 0 },
    };

    public static TheoryData<string> Ids => [.. ArticleOrder];

    [Fact]
    public void Catalog_Exercises_AreTheFourteenInTheArticlesOrder()
    {
        RunnersKnee.Catalog.Exercises.Select(e => e.Id).Should().Equal(ArticleOrder);
    }

    [Fact]
    public void Catalog_Exercises_AreTheStaticMembers()
    {
        RunnersKnee.Catalog.Exercises.Should().Equal(
            RunnersKnee.StandingLegExtension, RunnersKnee.SideSteps, RunnersKnee.SideLegRaise, RunnersKnee.ForwardLegRaise,
            RunnersKnee.SidePlank, RunnersKnee.Clamshell, RunnersKnee.SingleLegHop, RunnersKnee.StepUp, RunnersKnee.HipDip,
            RunnersKnee.BosuBallSquat, RunnersKnee.StandingItBandStretch, RunnersKnee.StandingCalfStretch,
            RunnersKnee.StandingAchillesStretch, RunnersKnee.SeatedHamstringStretch);
    }

    [Fact]
    public void Routine_Always_IsRunnersKneeWithAllFourteenInOrder()
    {
        var routine = RunnersKnee.Routine;

        routine.Id.Should().Be("runners-knee");
        routine.Name.Should().Be("Knee strengthening for runners");
        routine.Items.Select(i => i.Exercise).Should().Equal(RunnersKnee.Catalog.Exercises);
    }

    [Fact]
    public void Members_CalledTwice_ReturnTheSameInstances()
    {
        RunnersKnee.Routine.Should().BeSameAs(RunnersKnee.Routine);
        RunnersKnee.Catalog.Should().BeSameAs(RunnersKnee.Catalog);
        RunnersKnee.StepUp.Should().BeSameAs(RunnersKnee.StepUp);
    }

    [Theory]
    [MemberData(nameof(Dosages))]
    public void Routine_Item_HasTheArticlesDosage(
        int index, string id, string articleNotation, string canonical, DosageKind kind, int amount, Laterality laterality, int directions)
    {
        var item = RunnersKnee.Routine.Items[index];
        var expected = kind == DosageKind.Hold
            ? Dosage.Hold(TimeSpan.FromSeconds(amount), laterality, directions)
            : Dosage.Repetitions(amount, laterality, directions);

        item.Exercise.Id.Should().Be(id);
        item.Dosage.Should().Be(expected);
        item.Dosage.Kind.Should().Be(kind);
        item.Dosage.Amount.Should().Be(amount);
        item.Dosage.Laterality.Should().Be(laterality);
        item.Dosage.Directions.Should().Be(directions);
        item.Dosage.Sets.Should().Be(1);
        item.Dosage.RestBetweenSets.Should().BeNull();
        item.Dosage.ToString().Should().Be(canonical);
        Dosage.Parse(canonical).Value.Should().Be(item.Dosage);
        Dosage.Parse(articleNotation, item.Exercise).Value.Should().Be(item.Dosage, "the article writes it '{0}'", articleNotation);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Exercise_Profile_MatchesTheArticle(
        string id, string name, ExerciseCategory category, BodyPosition position, bool isPerSide, string equipment, string variations, int directions)
    {
        var exercise = RunnersKnee.Catalog.Get(id);

        exercise.Name.Should().Be(name);
        exercise.Category.Should().Be(category);
        exercise.Position.Should().Be(position);
        exercise.IsPerSide.Should().Be(isPerSide);
        string.Join(",", exercise.Equipment.Select(e => e.Id)).Should().Be(equipment);
        string.Join(",", exercise.Variations.Select(v => v.Id)).Should().Be(variations);
        exercise.Directions.Should().HaveCount(directions);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Exercise_Cues_AreThreeToSixDistinctSentences(string id)
    {
        var cues = RunnersKnee.Catalog.Get(id).Cues;

        cues.Count.Should().BeInRange(3, 6);
        cues.Should().OnlyHaveUniqueItems();
        cues.Should().AllSatisfy(c => c.Should().EndWith(".").And.MatchRegex("^[A-Z]"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Exercise_Equipment_IsWellKnown(string id)
    {
        var exercise = RunnersKnee.Catalog.Get(id);

        exercise.Equipment.Concat(exercise.Variations.SelectMany(v => v.Equipment))
            .Where(e => !Equipment.WellKnown.Contains(e))
            .Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Exercise_Tempo_IsPlausibleForOneRepetition(string id) =>
        RunnersKnee.Catalog.Get(id).Tempo.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.5)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(5));

    [Fact]
    public void StandingLegExtension_WithoutBand_HasNoVariation()
    {
        // "This exercise requires a resistance band": nothing to fall back on.
        RunnersKnee.StandingLegExtension.Equipment.Should().Equal(Equipment.LoopBand);
        RunnersKnee.StandingLegExtension.Variations.Should().BeEmpty();
    }

    [Fact]
    public void StandingLegExtension_Directions_AreFourTurnedByFortyFiveDegrees()
    {
        RunnersKnee.StandingLegExtension.Directions.Should().Equal("forward", "forward-diagonal", "side", "back-diagonal");
    }

    [Fact]
    public void SideSteps_WithoutBand_HasANoBandVariationWithoutEquipment()
    {
        // "can be completed with or without a loop resistance band".
        RunnersKnee.SideSteps.Equipment.Should().Equal(Equipment.LoopBand);
        var noBand = RunnersKnee.SideSteps.FindVariation("no-band");

        noBand.Should().NotBeNull();
        noBand!.Equipment.Should().BeEmpty();
        noBand.Position.Should().BeNull();
        noBand.Name.Should().Be("Side steps without a band");
    }

    [Fact]
    public void StepUpAndHipDip_Both_UseAStep()
    {
        RunnersKnee.StepUp.Equipment.Should().Equal(Equipment.Step);
        RunnersKnee.HipDip.Equipment.Should().Equal(Equipment.Step);
        Equipment.Step.Name.Should().Contain("stair").And.Contain("chair");
    }

    [Fact]
    public void BosuBallSquat_Variations_AreFlatSideHarderAndPlainSquatWithoutEquipment()
    {
        var squat = RunnersKnee.BosuBallSquat;
        squat.Equipment.Should().Equal(Equipment.BosuBall);
        squat.Position.Should().Be(BodyPosition.OnBosu);
        squat.Cues[0].Should().Contain("dome", "the preferred form stands on the round side");

        var flat = squat.FindVariation("flat-side")!;
        flat.Equipment.Should().Equal(Equipment.BosuBall);
        flat.Position.Should().Be(BodyPosition.OnBosu);
        flat.Reason.Should().StartWith("Harder");

        var plain = squat.FindVariation("plain-squat")!;
        plain.Equipment.Should().BeEmpty();
        plain.Position.Should().Be(BodyPosition.Standing);
        plain.Cues.Count.Should().BeInRange(3, 6);

        squat.Variations.Should().Equal(flat, plain);
    }

    [Fact]
    public void CalfAndAchillesStretches_Both_UseAWall()
    {
        RunnersKnee.StandingCalfStretch.Equipment.Should().Equal(Equipment.Wall);
        RunnersKnee.StandingAchillesStretch.Equipment.Should().Equal(Equipment.Wall);
    }

    [Fact]
    public void Catalog_EquipmentUsed_IsBandBosuStepAndWall()
    {
        var used = new EquipmentSet(RunnersKnee.Catalog.Exercises.SelectMany(e => e.Equipment));

        (used == EquipmentSet.All).Should().BeTrue();
    }
}
