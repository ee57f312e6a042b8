using System;
using System.Collections.Generic;
using System.Linq;

namespace KneeStrength.Tests;

public class ExerciseVariationTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var variation = new ExerciseVariation("flat-side", "Flat side up", [Equipment.BosuBall], "Harder.", BodyPosition.OnBosu, ["Balance first."]);

        variation.Id.Should().Be("flat-side");
        variation.Name.Should().Be("Flat side up");
        variation.Equipment.Should().Equal(Equipment.BosuBall);
        variation.Reason.Should().Be("Harder.");
        variation.Position.Should().Be(BodyPosition.OnBosu);
        variation.Cues.Should().Equal("Balance first.");
        variation.ToString().Should().Be("flat-side");
    }

    [Fact]
    public void Constructor_OptionalArgumentsOmitted_MeanTheExercises()
    {
        var variation = new ExerciseVariation("no-band", "No band", [], "No band on hand.");

        variation.Equipment.Should().BeEmpty();
        variation.Position.Should().BeNull();
        variation.Cues.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_SourceListsChangedLater_VariationIsUnchanged()
    {
        var equipment = new List<Equipment> { Equipment.Wall };
        var cues = new List<string> { "Hold the wall." };
        var variation = TestModel.Variation(equipment: equipment, cues: cues);

        equipment.Add(Equipment.Step);
        cues[0] = "Let go.";

        variation.Should().Be(TestModel.Variation(equipment: [Equipment.Wall], cues: ["Hold the wall."]));
    }

    [Theory]
    [MemberData(nameof(EquipmentTests.BadIds), MemberType = typeof(EquipmentTests))]
    public void Constructor_BadId_ThrowsNamingId(string badId)
    {
        var act = () => TestModel.Variation(id: badId);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("id")
            .WithMessage($"{KneeStrength.Text.DisplayText.Quote(badId)} is not a valid id: use 1 to 64 lower-case letters and digits in words joined by single hyphens, such as 'side-steps'.*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_EmptyName_ThrowsNamingName(string badName)
    {
        var act = () => TestModel.Variation(name: badName);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("Value must not be empty or white space.*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_EmptyReason_ThrowsNamingReason(string badReason)
    {
        var act = () => TestModel.Variation(reason: badReason);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("reason")
            .WithMessage("Value must not be empty or white space.*");
    }

    [Fact]
    public void Constructor_ReasonTooLong_ThrowsNamingReason()
    {
        TestModel.Variation(reason: new string('r', 200)).Reason.Should().HaveLength(200);
        var act = () => TestModel.Variation(reason: new string('r', 201));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("reason")
            .WithMessage("Value must be at most 200 characters long; it was 201.*");
    }

    [Fact]
    public void Constructor_NullEquipment_ThrowsNamingEquipment()
    {
        var act = () => new ExerciseVariation("no-band", "No band", null!, "No band on hand.");

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("equipment");
    }

    [Fact]
    public void Constructor_NullEquipmentElement_ThrowsNamingEquipment()
    {
        var act = () => TestModel.Variation(equipment: [null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("equipment")
            .WithMessage("Element 0 is null.*");
    }

    [Fact]
    public void Constructor_DuplicateEquipmentId_ThrowsNamingEquipment()
    {
        var act = () => TestModel.Variation(equipment: [Equipment.Wall, new Equipment("wall", "Door")]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("equipment")
            .WithMessage("Equipment 'wall' is listed twice.*");
    }

    [Fact]
    public void Constructor_UnknownPosition_ThrowsNamingPosition()
    {
        var act = () => TestModel.Variation(position: (BodyPosition)99);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("position")
            .WithMessage("Unknown body position.*");
    }

    [Fact]
    public void Constructor_ElevenCues_ThrowsNamingCues()
    {
        TestModel.Variation(cues: Enumerable.Repeat("Cue.", 10)).Cues.Should().HaveCount(10);
        var act = () => TestModel.Variation(cues: Enumerable.Repeat("Cue.", 11));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("cues")
            .WithMessage("Expected 0 to 10 cues; there were 11.*");
    }

    [Fact]
    public void Constructor_NullCue_ThrowsNamingCues()
    {
        var act = () => TestModel.Variation(cues: [null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("cues")
            .WithMessage("Element 0 is null.*");
    }

    [Fact]
    public void Constructor_BlankCue_ThrowsNamingCues()
    {
        var act = () => TestModel.Variation(cues: ["Fine.", " "]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("cues")
            .WithMessage("Cue 1 must be 1 to 200 characters and not blank.*");
    }

    [Fact]
    public void Equals_BuiltSeparatelyFromEqualParts_IsEqualWithEqualHash()
    {
        var left = TestModel.Variation();
        var right = TestModel.Variation();

        left.Should().NotBeSameAs(right);
        left.Equals(right).Should().BeTrue();
        (left == right).Should().BeTrue();
        (left != right).Should().BeFalse();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("equipment element")]
    [InlineData("no equipment")]
    [InlineData("reason")]
    [InlineData("position")]
    [InlineData("no position")]
    [InlineData("cue element")]
    [InlineData("no cues")]
    public void Equals_DifferingInOnePart_IsUnequal(string difference)
    {
        var other = difference switch
        {
            "id" => TestModel.Variation(id: "no-band-2"),
            "name" => TestModel.Variation(name: "Other"),
            "equipment element" => TestModel.Variation(equipment: [new Equipment("wall", "Door")]),
            "no equipment" => TestModel.Variation(equipment: []),
            "reason" => TestModel.Variation(reason: "Other."),
            "position" => TestModel.Variation(position: BodyPosition.Seated),
            "no position" => TestModel.Variation(position: null),
            "cue element" => TestModel.Variation(cues: ["Hold the door."]),
            "no cues" => TestModel.Variation(cues: []),
            _ => throw new ArgumentOutOfRangeException(nameof(difference)),
        };

        other.Equals(TestModel.Variation()).Should().BeFalse();
        (other == TestModel.Variation()).Should().BeFalse();
        (other != TestModel.Variation()).Should().BeTrue();
    }
}
