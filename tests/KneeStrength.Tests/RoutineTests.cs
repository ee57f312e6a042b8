using System;
using System.Collections.Generic;
using System.Linq;

namespace KneeStrength.Tests;

public class RoutineTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var first = TestModel.Item("lunge");
        var second = TestModel.Item("split-squat");
        var routine = new Routine("legs", "Legs", [first, second, first]);

        routine.Id.Should().Be("legs");
        routine.Name.Should().Be("Legs");
        routine.Items.Should().Equal(first, second, first);
        routine.ToString().Should().Be("legs");
    }

    [Fact]
    public void Constructor_SourceChangedLater_RoutineIsUnchanged()
    {
        var items = new List<RoutineItem> { TestModel.Item() };
        var routine = new Routine("legs", "Legs", items);

        items.Add(TestModel.Item("split-squat"));

        routine.Items.Should().HaveCount(1);
    }

    [Theory]
    [MemberData(nameof(EquipmentTests.BadIds), MemberType = typeof(EquipmentTests))]
    public void Constructor_BadId_ThrowsNamingId(string badId)
    {
        var act = () => TestModel.Routine(id: badId);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("id")
            .WithMessage($"{KneeStrength.Text.DisplayText.Quote(badId)} is not a valid id: use 1 to 64 lower-case letters and digits in words joined by single hyphens, such as 'side-steps'.*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_EmptyName_ThrowsNamingName(string badName)
    {
        var act = () => TestModel.Routine(name: badName);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("Value must not be empty or white space.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void Constructor_WrongNumberOfItems_ThrowsNamingItems(int count)
    {
        var act = () => TestModel.Routine(items: Enumerable.Repeat(TestModel.Item(), count));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("items")
            .WithMessage($"A routine holds 1 to 200 items; there were {count}.*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public void Constructor_ItemsAtLimits_IsAccepted(int count) =>
        TestModel.Routine(items: Enumerable.Repeat(TestModel.Item(), count)).Items.Should().HaveCount(count);

    [Fact]
    public void Constructor_NullItem_ThrowsNamingItems()
    {
        var act = () => TestModel.Routine(items: [TestModel.Item(), TestModel.Item(), null!]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("items")
            .WithMessage("Element 2 is null.*");
    }

    [Fact]
    public void Constructor_NullArguments_ThrowNamingThem()
    {
        ((Action)(() => TestModel.Routine(id: null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
        ((Action)(() => TestModel.Routine(name: null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
        ((Action)(() => _ = new Routine("legs", "Legs", (IEnumerable<RoutineItem>)null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("items");
    }

    [Fact]
    public void Equals_BuiltSeparatelyFromEqualParts_IsEqualWithEqualHash()
    {
        var left = TestModel.Routine();
        var right = TestModel.Routine();

        left.Should().NotBeSameAs(right);
        EqualityAssertions.ShouldBeEqualByValue(left, right);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("item dosage")]
    [InlineData("item exercise")]
    [InlineData("item order")]
    [InlineData("item added")]
    [InlineData("item removed")]
    public void Equals_DifferingInOnePart_IsUnequal(string difference)
    {
        var other = difference switch
        {
            "id" => TestModel.Routine(id: "legs-2"),
            "name" => TestModel.Routine(name: "Legs 2"),
            "item dosage" => TestModel.Routine(items: [TestModel.Item("lunge"), TestModel.Item("split-squat", 13)]),
            "item exercise" => TestModel.Routine(items: [TestModel.Item("lunge"), new RoutineItem(TestModel.Exercise("split-squat", tempo: TimeSpan.FromSeconds(4)), TestModel.FittingDosage(12))]),
            "item order" => TestModel.Routine(items: [TestModel.Item("split-squat", 12), TestModel.Item("lunge")]),
            "item added" => TestModel.Routine(items: [TestModel.Item("lunge"), TestModel.Item("split-squat", 12), TestModel.Item("lunge")]),
            "item removed" => TestModel.Routine(items: [TestModel.Item("lunge")]),
            _ => throw new ArgumentOutOfRangeException(nameof(difference)),
        };

        other.Equals(TestModel.Routine()).Should().BeFalse();
        (other == TestModel.Routine()).Should().BeFalse();
        (other != TestModel.Routine()).Should().BeTrue();
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        TestModel.Routine().Equals(null).Should().BeFalse();
        (TestModel.Routine() == null).Should().BeFalse();
    }
}
