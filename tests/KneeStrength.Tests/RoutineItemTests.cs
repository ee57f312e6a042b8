using System;
using KneeStrength.Catalog;

namespace KneeStrength.Tests;

public class RoutineItemTests
{
    [Fact]
    public void Constructor_FittingDosage_KeepsBoth()
    {
        var item = new RoutineItem(RunnersKnee.SideSteps, Dosage.Repetitions(25, Laterality.PerSide));

        item.Exercise.Should().BeSameAs(RunnersKnee.SideSteps);
        item.Dosage.Should().Be(Dosage.Repetitions(25, Laterality.PerSide));
        item.ToString().Should().Be("side-steps: 25 reps per side");
    }

    [Fact]
    public void Constructor_BilateralDosageForPerSideExercise_ThrowsNamingDosage()
    {
        var act = () => new RoutineItem(RunnersKnee.SideSteps, Dosage.Repetitions(25));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("dosage")
            .WithMessage("'side-steps' is done per side, so its dosage must be per side (such as '25 reps per side'); it was '25 reps'.*");
    }

    [Fact]
    public void Constructor_BilateralHoldForPerSideExercise_SuggestsAPerSideHold()
    {
        var act = () => new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(30), sets: 2));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("dosage")
            .WithMessage("'side-plank' is done per side, so its dosage must be per side (such as '2 sets of 30 s hold per side'); it was '2 sets of 30 s hold'.*");
    }

    [Fact]
    public void Constructor_PerSideDosageForBilateralExercise_ThrowsNamingDosage()
    {
        var act = () => new RoutineItem(RunnersKnee.BosuBallSquat, Dosage.Repetitions(20, Laterality.PerSide));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("dosage")
            .WithMessage("'bosu-ball-squat' is done with both sides together, so its dosage must not be per side; it was '20 reps per side'.*");
    }

    [Fact]
    public void Constructor_TooFewDirections_ThrowsNamingDosage()
    {
        var act = () => new RoutineItem(RunnersKnee.StandingLegExtension, Dosage.Repetitions(10, Laterality.PerSide));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("dosage")
            .WithMessage("'standing-leg-extension' moves in 4 directions, so its dosage must too; it was '10 reps per side'.*");
    }

    [Fact]
    public void Constructor_DirectionsForExerciseWithout_ThrowsNamingDosage()
    {
        var act = () => new RoutineItem(RunnersKnee.SideSteps, Dosage.Repetitions(10, Laterality.PerSide, directions: 2));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("dosage")
            .WithMessage("'side-steps' moves in 1 direction, so its dosage must too; it was '10 reps per leg in each of 2 directions'.*");
    }

    [Fact]
    public void Constructor_NullExercise_ThrowsNamingExercise()
    {
        var act = () => new RoutineItem(null!, default);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("exercise");
    }

    [Fact]
    public void Equals_SameExerciseAndDosageBuiltSeparately_IsEqualWithEqualHash()
    {
        var left = TestModel.Item();
        var right = TestModel.Item();

        left.Should().NotBeSameAs(right);
        left.Equals(right).Should().BeTrue();
        (left == right).Should().BeTrue();
        (left != right).Should().BeFalse();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_OtherExerciseOrDosage_IsUnequal()
    {
        var item = TestModel.Item();

        (item == TestModel.Item(exerciseId: "split-squat")).Should().BeFalse();
        (item == TestModel.Item(reps: 11)).Should().BeFalse();
        (item != new RoutineItem(TestModel.Exercise(), TestModel.FittingDosage().WithSets(2))).Should().BeTrue();
        item.Equals(null).Should().BeFalse();
    }
}
