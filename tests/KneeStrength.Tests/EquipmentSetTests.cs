using System;
using System.Collections.Generic;

namespace KneeStrength.Tests;

public class EquipmentSetTests
{
    [Fact]
    public void Constructor_AnyOrder_OrdersById()
    {
        var set = new EquipmentSet([Equipment.Wall, Equipment.LoopBand, Equipment.Step]);

        set.Should().Equal(Equipment.LoopBand, Equipment.Step, Equipment.Wall);
        set.Count.Should().Be(3);
    }

    [Fact]
    public void Constructor_SamePieceTwice_KeepsOne()
    {
        var set = new EquipmentSet([Equipment.Step, new Equipment("step", Equipment.Step.Name)]);

        set.Should().Equal(Equipment.Step);
    }

    [Fact]
    public void Constructor_OneIdForTwoPieces_ThrowsNamingEquipment()
    {
        var act = () => new EquipmentSet([Equipment.LoopBand, new Equipment("band", "Resistance band")]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("equipment")
            .WithMessage("Id 'band' names two different pieces of equipment.*");
    }

    [Fact]
    public void Constructor_NullElement_ThrowsNamingEquipment()
    {
        var act = () => new EquipmentSet([Equipment.LoopBand, null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("equipment")
            .WithMessage("Element 1 is null.*");
    }

    [Fact]
    public void Constructor_Null_ThrowsNamingEquipment()
    {
        var act = () => new EquipmentSet(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("equipment");
    }

    [Fact]
    public void Constructor_SourceChangedLater_SetIsUnchanged()
    {
        var source = new List<Equipment> { Equipment.LoopBand };
        var set = new EquipmentSet(source);

        source.Add(Equipment.Wall);

        set.Should().Equal(Equipment.LoopBand);
    }

    [Fact]
    public void None_Always_IsEmpty()
    {
        EquipmentSet.None.Should().BeEmpty();
        EquipmentSet.None.Count.Should().Be(0);
        EquipmentSet.None.ToString().Should().Be("none");
    }

    [Fact]
    public void All_Always_HoldsTheWellKnownEquipment()
    {
        EquipmentSet.All.Should().Equal(Equipment.WellKnown);
        EquipmentSet.All.ToString().Should().Be("band,bosu,step,wall");
    }

    [Fact]
    public void Contains_CustomPieceWithWellKnownId_StandsIn()
    {
        var set = new EquipmentSet([new Equipment("band", "Resistance tube tied in a loop")]);

        set.Contains(Equipment.LoopBand).Should().BeTrue();
        set.Contains(Equipment.Wall).Should().BeFalse();
    }

    [Fact]
    public void ContainsAll_Subsets_AnswersForEveryPiece()
    {
        // Typed as IEnumerable<T>: a list or collection expression would bind to the internal IReadOnlyList<T>
        // overload that this test assembly can see and package users cannot.
        var set = new EquipmentSet([Equipment.LoopBand, Equipment.Step]);
        IEnumerable<Equipment> both = [Equipment.Step, Equipment.LoopBand];
        IEnumerable<Equipment> nothing = [];
        IEnumerable<Equipment> withWall = [Equipment.Step, Equipment.Wall];

        set.ContainsAll(both).Should().BeTrue();
        set.ContainsAll(nothing).Should().BeTrue();
        set.ContainsAll(withWall).Should().BeFalse();
    }

    [Fact]
    public void Contains_Null_ThrowsNamingEquipment()
    {
        ((Action)(() => EquipmentSet.All.Contains(null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("equipment");
        ((Action)(() => EquipmentSet.All.ContainsAll((IEnumerable<Equipment>)null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("equipment");
    }

    [Fact]
    public void Equals_SamePiecesInOtherOrder_IsEqualWithEqualHash()
    {
        var left = new EquipmentSet([Equipment.Wall, Equipment.BosuBall]);
        var right = new EquipmentSet([new Equipment("bosu", "Bosu ball"), new Equipment("wall", "Wall (or door)")]);

        EqualityAssertions.ShouldBeEqualByValue(left, right);
    }

    [Fact]
    public void Equals_OnePieceDifferent_IsUnequal()
    {
        var left = new EquipmentSet([Equipment.Wall, Equipment.BosuBall]);

        (left == new EquipmentSet([Equipment.Wall, Equipment.Step])).Should().BeFalse();
        (left == new EquipmentSet([Equipment.Wall, new Equipment("bosu", "Balance dome")])).Should().BeFalse();
        (left == new EquipmentSet([Equipment.Wall])).Should().BeFalse();
        (left != new EquipmentSet([Equipment.Wall])).Should().BeTrue();
        left.Equals(null).Should().BeFalse();
    }

    [Theory]
    [InlineData("band,bosu,step,wall", "band,bosu,step,wall")]
    [InlineData("wall,band", "band,wall")]
    [InlineData("  step ,  wall  ", "step,wall")]
    [InlineData("bosu", "bosu")]
    [InlineData("all", "band,bosu,step,wall")]
    [InlineData("  all ", "band,bosu,step,wall")]
    [InlineData("none", "none")]
    [InlineData("\tnone\n", "none")]
    [InlineData("band, Bosu", "band,bosu")]
    [InlineData("WALL,Step", "step,wall")]
    [InlineData("ALL", "band,bosu,step,wall")]
    [InlineData("None", "none")]
    public void Parse_ValidText_GivesTheSet(string text, string expected)
    {
        var result = EquipmentSet.Parse(text);

        result.Success.Should().BeTrue(result.Message);
        result.Value.ToString().Should().Be(expected);
    }

    [Fact]
    public void Parse_All_IsTheAllSet() => EquipmentSet.Parse("all").Value.Should().BeSameAs(EquipmentSet.All);

    [Fact]
    public void Parse_None_IsTheNoneSet() => EquipmentSet.Parse("none").Value.Should().BeSameAs(EquipmentSet.None);

    [Theory]
    [InlineData("", 0, "Expected equipment ids such as 'band,bosu', or 'all' or 'none', but the text is empty")]
    [InlineData("   ", 0, "Expected equipment ids such as 'band,bosu', or 'all' or 'none', but the text is empty")]
    [InlineData("band,foo", 5, "Unknown equipment 'foo'; known ids are band, bosu, step, wall, or 'all' or 'none'")]
    [InlineData("band, Bozu", 6, "Unknown equipment 'Bozu'; known ids are band, bosu, step, wall, or 'all' or 'none'")]
    [InlineData("band,BAND", 5, "Equipment 'band' is listed twice")]
    [InlineData("all,band", 0, "Unknown equipment 'all'; known ids are band, bosu, step, wall, or 'all' or 'none'")]
    [InlineData("band,wall,band", 10, "Equipment 'band' is listed twice")]
    [InlineData("band, step ,  step", 14, "Equipment 'step' is listed twice")]
    [InlineData("band,", 5, "Expected an equipment id between commas")]
    [InlineData("band,,wall", 5, "Expected an equipment id between commas")]
    [InlineData(",band", 0, "Expected an equipment id between commas")]
    public void Parse_BadText_FailsWithErrorAndPosition(string text, int position, string error)
    {
        var result = EquipmentSet.Parse(text);

        result.Success.Should().BeFalse();
        result.Error.Should().Be(error);
        result.Position.Should().Be(position);
    }

    [Fact]
    public void Parse_CustomEquipment_AddsToTheWellKnownPieces()
    {
        var miniBand = new Equipment("mini-band", "Mini band");

        EquipmentSet.Parse("band,mini-band", [miniBand]).Value.Should().Equal(Equipment.LoopBand, miniBand);
        EquipmentSet.Parse("Mini-Band", [miniBand]).Value.Should().Equal(miniBand);
        EquipmentSet.Parse("all", [miniBand]).Value.Should().Equal(Equipment.LoopBand, Equipment.BosuBall, miniBand, Equipment.Step, Equipment.Wall);
        EquipmentSet.Parse("roller", [miniBand]).Error.Should().Be("Unknown equipment 'roller'; known ids are band, bosu, mini-band, step, wall, or 'all' or 'none'");
    }

    [Fact]
    public void Parse_CustomPieceWithAWellKnownId_StandsInForIt()
    {
        var heavyBand = new Equipment("band", "Heavy loop band");

        EquipmentSet.Parse("band", [heavyBand]).Value.Should().Equal(heavyBand);
    }

    [Fact]
    public void Parse_CustomPiecesSharingAnId_ThrowsNamingBoth()
    {
        var act = () => EquipmentSet.Parse("band", [new Equipment("roller", "Foam roller"), new Equipment("roller", "Massage roller")]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("custom")
            .WithMessage("Elements 0 and 1 are two different pieces of equipment with the id 'roller': 'Foam roller' and 'Massage roller'.*");
        EquipmentSet.Parse("roller", [new Equipment("roller", "Foam roller"), new Equipment("roller", "Foam roller")]).Value.Should()
            .Equal([new Equipment("roller", "Foam roller")], "the same piece twice is one piece");
    }

    [Fact]
    public void Parse_Null_ThrowsNamingText()
    {
        var act = () => EquipmentSet.Parse(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void ToString_AnySet_ParsesBack()
    {
        var set = new EquipmentSet([Equipment.Wall, Equipment.Step]);

        (EquipmentSet.Parse(set.ToString()).Value == set).Should().BeTrue();
        (EquipmentSet.Parse(EquipmentSet.None.ToString()).Value == EquipmentSet.None).Should().BeTrue();
    }
}
