using System;
using System.Collections.Generic;
using System.Linq;

namespace KneeStrength.Tests;

public class ExerciseTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var variation = TestModel.Variation();
        var exercise = new Exercise(
            "lunge",
            "Lunge",
            ExerciseCategory.Balance,
            BodyPosition.OnStep,
            isPerSide: true,
            TimeSpan.FromMilliseconds(2500),
            ["One.", "Two."],
            [Equipment.Step],
            [variation],
            ["forward", "side"]);

        exercise.Id.Should().Be("lunge");
        exercise.Name.Should().Be("Lunge");
        exercise.Category.Should().Be(ExerciseCategory.Balance);
        exercise.Position.Should().Be(BodyPosition.OnStep);
        exercise.IsPerSide.Should().BeTrue();
        exercise.Tempo.Should().Be(TimeSpan.FromMilliseconds(2500));
        exercise.Cues.Should().Equal("One.", "Two.");
        exercise.Equipment.Should().Equal(Equipment.Step);
        exercise.Variations.Should().Equal(variation);
        exercise.Directions.Should().Equal("forward", "side");
        exercise.ToString().Should().Be("lunge");
    }

    [Fact]
    public void Constructor_OptionalListsOmitted_AreEmpty()
    {
        var exercise = new Exercise("squat", "Squat", ExerciseCategory.Strength, BodyPosition.Standing, false, TimeSpan.FromSeconds(3), ["Sit back."]);

        exercise.Equipment.Should().BeEmpty();
        exercise.Variations.Should().BeEmpty();
        exercise.Directions.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_SourceListsChangedLater_ExerciseIsUnchanged()
    {
        var cues = new List<string> { "One." };
        var equipment = new List<Equipment> { Equipment.Step };
        var variations = new List<ExerciseVariation> { TestModel.Variation() };
        var directions = new List<string> { "forward" };
        var exercise = TestModel.Exercise(cues: cues, equipment: equipment, variations: variations, directions: directions);

        cues.Add("Two.");
        equipment[0] = Equipment.Wall;
        variations.Clear();
        directions.Add("side");

        exercise.Should().Be(TestModel.Exercise(cues: ["One."], equipment: [Equipment.Step], directions: ["forward"]));
    }

    [Fact]
    public void Lists_CastToMutableList_CannotBeChanged()
    {
        var exercise = TestModel.Exercise();

        var act = () => ((IList<string>)exercise.Cues).Add("Sneaky.");

        act.Should().Throw<NotSupportedException>();
    }

    [Theory]
    [MemberData(nameof(EquipmentTests.BadIds), MemberType = typeof(EquipmentTests))]
    public void Constructor_BadId_ThrowsNamingId(string badId)
    {
        var act = () => TestModel.Exercise(id: badId);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("id")
            .WithMessage($"{KneeStrength.Text.DisplayText.Quote(badId)} is not a valid id: use 1 to 64 lower-case letters and digits in words joined by single hyphens, such as 'side-steps'.*");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Constructor_EmptyName_ThrowsNamingName(string badName)
    {
        var act = () => TestModel.Exercise(name: badName);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("Value must not be empty or white space.*");
    }

    [Fact]
    public void Constructor_NameTooLong_ThrowsNamingName()
    {
        var act = () => TestModel.Exercise(name: new string('n', 101));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("Value must be at most 100 characters long; it was 101.*");
    }

    [Fact]
    public void Constructor_UnknownCategory_ThrowsNamingCategory()
    {
        var act = () => TestModel.Exercise(category: (ExerciseCategory)42);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("category")
            .WithMessage("Unknown ExerciseCategory value.*");
    }

    [Fact]
    public void Constructor_UnknownPosition_ThrowsNamingPosition()
    {
        var act = () => TestModel.Exercise(position: (BodyPosition)42);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("position")
            .WithMessage("Unknown BodyPosition value.*");
    }

    [Theory]
    [InlineData(99)]
    [InlineData(60_001)]
    [InlineData(0)]
    [InlineData(-1000)]
    public void Constructor_TempoOutOfRange_ThrowsNamingTempo(int milliseconds)
    {
        var act = () => TestModel.Exercise(tempo: TimeSpan.FromMilliseconds(milliseconds));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("tempo")
            .WithMessage("Tempo must be 0.1 s to 60 s per repetition, in whole milliseconds.*");
    }

    [Fact]
    public void Constructor_TempoNotWholeMilliseconds_ThrowsNamingTempo()
    {
        var act = () => TestModel.Exercise(tempo: TimeSpan.FromTicks(TimeSpan.TicksPerSecond + 1));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("tempo");
    }

    [Fact]
    public void Constructor_TempoAtLimits_IsAccepted()
    {
        TestModel.Exercise(tempo: Exercise.MinTempo).Tempo.Should().Be(TimeSpan.FromMilliseconds(100));
        TestModel.Exercise(tempo: Exercise.MaxTempo).Tempo.Should().Be(TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Constructor_WrongNumberOfCues_ThrowsNamingCues(int count)
    {
        var act = () => TestModel.Exercise(cues: Enumerable.Repeat("Cue.", count));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("cues")
            .WithMessage($"Expected 1 to 10 cues; there were {count}.*");
    }

    [Fact]
    public void Constructor_TenCues_IsAccepted() =>
        TestModel.Exercise(cues: Enumerable.Repeat("Cue.", 10)).Cues.Should().HaveCount(10);

    [Fact]
    public void Constructor_CueOfMaxLength_IsAccepted() =>
        TestModel.Exercise(cues: [new string('c', 200)]).Cues[0].Should().HaveLength(200);

    public static TheoryData<string> BadCues => [string.Empty, "  ", new string('c', 201)];

    [Theory]
    [MemberData(nameof(BadCues))]
    public void Constructor_BlankOrLongCue_ThrowsNamingCues(string badCue)
    {
        var act = () => TestModel.Exercise(cues: ["Fine.", badCue]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("cues")
            .WithMessage("Cue 1 must be 1 to 200 characters and not blank.*");
    }

    [Fact]
    public void Constructor_NullCue_ThrowsNamingCues()
    {
        var act = () => TestModel.Exercise(cues: ["Fine.", null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("cues")
            .WithMessage("Element 1 is null.*");
    }

    [Fact]
    public void Constructor_NullEquipmentElement_ThrowsNamingEquipment()
    {
        var act = () => TestModel.Exercise(equipment: [Equipment.Step, null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("equipment")
            .WithMessage("Element 1 is null.*");
    }

    [Fact]
    public void Constructor_DuplicateEquipmentId_ThrowsNamingEquipment()
    {
        var act = () => TestModel.Exercise(equipment: [Equipment.LoopBand, Equipment.Step, new Equipment("band", "Resistance band")]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("equipment")
            .WithMessage("Equipment 'band' is listed twice.*");
    }

    [Fact]
    public void Constructor_NullVariationElement_ThrowsNamingVariations()
    {
        var act = () => TestModel.Exercise(variations: [null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("variations")
            .WithMessage("Element 0 is null.*");
    }

    [Fact]
    public void Constructor_DuplicateVariationId_ThrowsNamingVariations()
    {
        var act = () => TestModel.Exercise(variations: [TestModel.Variation("easy"), TestModel.Variation("hard"), TestModel.Variation("easy", name: "Other")]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("variations")
            .WithMessage("Variation id 'easy' is used twice.*");
    }

    [Fact]
    public void Constructor_NullDirection_ThrowsNamingDirections()
    {
        var act = () => TestModel.Exercise(directions: ["forward", null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("directions")
            .WithMessage("Element 1 is null.*");
    }

    [Theory]
    [InlineData("Forward")]
    [InlineData("back diagonal")]
    [InlineData("")]
    public void Constructor_DirectionNotAnId_ThrowsNamingDirections(string direction)
    {
        var act = () => TestModel.Exercise(directions: ["side", direction]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("directions")
            .WithMessage($"Direction '{direction}' is not a valid id.*");
    }

    [Fact]
    public void Constructor_DuplicateDirection_ThrowsNamingDirections()
    {
        var act = () => TestModel.Exercise(directions: ["forward", "side", "forward"]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("directions")
            .WithMessage("Direction 'forward' is listed twice.*");
    }

    [Fact]
    public void Constructor_NineDirections_ThrowsNamingDirections()
    {
        var act = () => TestModel.Exercise(directions: Enumerable.Range(1, 9).Select(i => $"d{i}"));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("directions")
            .WithMessage("An exercise has at most 8 directions; there were 9.*");
    }

    [Fact]
    public void Constructor_EightDirections_IsAccepted() =>
        TestModel.Exercise(directions: Enumerable.Range(1, 8).Select(i => $"d{i}")).Directions.Should().HaveCount(8);

    [Fact]
    public void Constructor_NullRequiredArguments_ThrowNamingThem()
    {
        ((Action)(() => TestModel.Exercise(id: null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
        ((Action)(() => TestModel.Exercise(name: null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
        var noCues = () => new Exercise("squat", "Squat", ExerciseCategory.Strength, BodyPosition.Standing, false, TimeSpan.FromSeconds(3), null!);
        noCues.Should().ThrowExactly<ArgumentNullException>().WithParameterName("cues");
    }

    [Fact]
    public void FindVariation_KnownAndUnknownIds_FindsOnlyTheKnown()
    {
        var easy = TestModel.Variation("easy");
        var exercise = TestModel.Exercise(variations: [TestModel.Variation("hard"), easy]);

        exercise.FindVariation("easy").Should().BeSameAs(easy);
        exercise.FindVariation("medium").Should().BeNull();
        ((Action)(() => exercise.FindVariation(null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Equals_BuiltSeparatelyFromEqualParts_IsEqualWithEqualHash()
    {
        var left = TestModel.Exercise();
        var right = TestModel.Exercise();

        left.Should().NotBeSameAs(right);
        EqualityAssertions.ShouldBeEqualByValue(left, right);
    }

    public static TheoryData<string> Differences => [.. Variants().Keys];

    [Theory]
    [MemberData(nameof(Differences))]
    public void Equals_DifferingInOnePart_IsUnequal(string difference)
    {
        var baseline = TestModel.Exercise();
        var other = Variants()[difference]();

        EqualityAssertions.ShouldBeUnequalByValue(other, baseline);
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        var exercise = TestModel.Exercise();

        exercise.Equals(null).Should().BeFalse();
        (exercise == null).Should().BeFalse();
        (exercise != null).Should().BeTrue();
    }

    private static Dictionary<string, Func<Exercise>> Variants() => new()
    {
        ["id"] = () => TestModel.Exercise(id: "lunges"),
        ["name"] = () => TestModel.Exercise(name: "Lunges"),
        ["category"] = () => TestModel.Exercise(category: ExerciseCategory.Balance),
        ["position"] = () => TestModel.Exercise(position: BodyPosition.OnStep),
        ["per side"] = () => TestModel.Exercise(isPerSide: false),
        ["tempo"] = () => TestModel.Exercise(tempo: TimeSpan.FromMilliseconds(2001)),
        ["one cue"] = () => TestModel.Exercise(cues: ["Step forward.", "Drop the back knee!", "Push back up."]),
        ["cue order"] = () => TestModel.Exercise(cues: ["Drop the back knee.", "Step forward.", "Push back up."]),
        ["one cue fewer"] = () => TestModel.Exercise(cues: ["Step forward.", "Drop the back knee."]),
        ["equipment element"] = () => TestModel.Exercise(equipment: [new Equipment("band", "Resistance band")]),
        ["equipment added"] = () => TestModel.Exercise(equipment: [new Equipment("band", "Loop band"), Equipment.Wall]),
        ["no equipment"] = () => TestModel.Exercise(equipment: []),
        ["variation reason"] = () => TestModel.Exercise(variations: [TestModel.Variation(reason: "Other reason.")]),
        ["variation cue"] = () => TestModel.Exercise(variations: [TestModel.Variation(cues: ["Hold the chair."])]),
        ["variation added"] = () => TestModel.Exercise(variations: [TestModel.Variation(), TestModel.Variation("hard")]),
        ["direction element"] = () => TestModel.Exercise(directions: ["forward", "back"]),
        ["direction order"] = () => TestModel.Exercise(directions: ["side", "forward"]),
        ["no directions"] = () => TestModel.Exercise(directions: []),
    };
}
