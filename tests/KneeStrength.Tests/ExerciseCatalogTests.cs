using System;
using System.Collections.Generic;

namespace KneeStrength.Tests;

public class ExerciseCatalogTests
{
    private static ExerciseCatalog TwoExercises() => new([TestModel.Exercise("lunge"), TestModel.Exercise("split-squat")]);

    [Fact]
    public void Constructor_Exercises_KeepsTheirOrder()
    {
        var catalog = new ExerciseCatalog([TestModel.Exercise("b"), TestModel.Exercise("a")]);

        catalog.Exercises.Should().Equal(TestModel.Exercise("b"), TestModel.Exercise("a"));
    }

    [Fact]
    public void Constructor_Empty_IsAccepted() => new ExerciseCatalog([]).Exercises.Should().BeEmpty();

    [Fact]
    public void Constructor_SourceChangedLater_CatalogIsUnchanged()
    {
        var source = new List<Exercise> { TestModel.Exercise("lunge") };
        var catalog = new ExerciseCatalog(source);

        source.Add(TestModel.Exercise("split-squat"));

        catalog.Exercises.Should().HaveCount(1);
        catalog.Find("split-squat").Should().BeNull();
    }

    [Fact]
    public void Constructor_DuplicateId_ThrowsNamingExercises()
    {
        var act = () => new ExerciseCatalog([TestModel.Exercise("lunge"), TestModel.Exercise("squat"), TestModel.Exercise("lunge", name: "Other lunge")]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("exercises")
            .WithMessage("Exercise id 'lunge' is used twice.*");
    }

    [Fact]
    public void Constructor_NullElement_ThrowsNamingExercises()
    {
        var act = () => new ExerciseCatalog([TestModel.Exercise(), null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("exercises")
            .WithMessage("Element 1 is null.*");
    }

    [Fact]
    public void Constructor_Null_ThrowsNamingExercises()
    {
        var act = () => new ExerciseCatalog(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("exercises");
    }

    [Fact]
    public void Find_KnownAndUnknownIds_FindsOnlyTheKnown()
    {
        var catalog = TwoExercises();

        catalog.Find("split-squat").Should().BeSameAs(catalog.Exercises[1]);
        catalog.Find("Split-Squat").Should().BeNull();
        catalog.Find("squat").Should().BeNull();
    }

    [Fact]
    public void Get_UnknownId_ThrowsListingKnownIds()
    {
        var act = () => TwoExercises().Get("squat");

        act.Should().ThrowExactly<KeyNotFoundException>()
            .WithMessage("Unknown exercise id 'squat'. Known ids: lunge, split-squat.");
    }

    [Fact]
    public void Get_KnownId_ReturnsIt() => TwoExercises().Get("lunge").Id.Should().Be("lunge");

    [Fact]
    public void FindAndGet_Null_ThrowNamingId()
    {
        ((Action)(() => TwoExercises().Find(null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
        ((Action)(() => TwoExercises().Get(null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void With_NewExercises_AppendsThemAndLeavesTheOriginal()
    {
        var catalog = TwoExercises();

        var bigger = catalog.With([TestModel.Exercise("squat")]);

        bigger.Exercises.Should().Equal(TestModel.Exercise("lunge"), TestModel.Exercise("split-squat"), TestModel.Exercise("squat"));
        catalog.Exercises.Should().HaveCount(2);
    }

    [Fact]
    public void With_ExistingId_ThrowsNamingExercises()
    {
        var act = () => TwoExercises().With([TestModel.Exercise("lunge")]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("exercises")
            .WithMessage("Exercise id 'lunge' is used twice.*");
    }

    [Fact]
    public void With_NullElement_ThrowsNamingExercises()
    {
        var act = () => TwoExercises().With([null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("exercises")
            .WithMessage("Element 0 is null.*");
    }

    [Fact]
    public void Equals_BuiltSeparatelyFromEqualParts_IsEqualWithEqualHash()
    {
        var left = TwoExercises();
        var right = TwoExercises();

        left.Equals(right).Should().BeTrue();
        (left == right).Should().BeTrue();
        (left != right).Should().BeFalse();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_OtherOrderOrOneExerciseDifferent_IsUnequal()
    {
        var catalog = TwoExercises();

        (catalog == new ExerciseCatalog([TestModel.Exercise("split-squat"), TestModel.Exercise("lunge")])).Should().BeFalse();
        (catalog == new ExerciseCatalog([TestModel.Exercise("lunge"), TestModel.Exercise("split-squat", name: "Split squat")])).Should().BeFalse();
        (catalog != new ExerciseCatalog([TestModel.Exercise("lunge")])).Should().BeTrue();
        catalog.Equals(null).Should().BeFalse();
    }
}
