using System;

namespace KneeStrength.Tests;

public class EquipmentTests
{
    public static TheoryData<string> BadIds => new()
    {
        string.Empty,
        "Band",
        "loop band",
        "loop_band",
        "-band",
        "band-",
        "loop--band",
        "bänd",
        new string('a', 65),
    };

    [Theory]
    [InlineData("band", "Loop band")]
    [InlineData("bosu", "Bosu ball")]
    [InlineData("step", "Step (stair, chair or other sturdy raised surface)")]
    [InlineData("wall", "Wall (or door)")]
    public void WellKnown_Each_HasIdAndName(string id, string name)
    {
        var equipment = Equipment.FindWellKnown(id);

        equipment.Should().NotBeNull();
        equipment!.Id.Should().Be(id);
        equipment.Name.Should().Be(name);
    }

    [Fact]
    public void WellKnown_Always_IsTheFourPiecesOrderedById()
    {
        Equipment.WellKnown.Should().Equal(Equipment.LoopBand, Equipment.BosuBall, Equipment.Step, Equipment.Wall);
        Equipment.WellKnown.Should().BeInAscendingOrder(e => e.Id, StringComparer.Ordinal);
    }

    [Fact]
    public void FindWellKnown_UnknownId_ReturnsNull() =>
        Equipment.FindWellKnown("foam-roller").Should().BeNull();

    [Fact]
    public void FindWellKnown_Null_ThrowsNamingId()
    {
        var act = () => Equipment.FindWellKnown(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var equipment = new Equipment("foam-roller", "Foam roller");

        equipment.Id.Should().Be("foam-roller");
        equipment.Name.Should().Be("Foam roller");
        equipment.ToString().Should().Be("foam-roller");
    }

    [Theory]
    [MemberData(nameof(BadIds))]
    public void Constructor_BadId_ThrowsNamingId(string badId)
    {
        var act = () => new Equipment(badId, "Foam roller");

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("id")
            .WithMessage($"{KneeStrength.Text.DisplayText.Quote(badId)} is not a valid id: use 1 to 64 lower-case letters and digits in words joined by single hyphens, such as 'side-steps'.*");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("3")]
    [InlineData("kettlebell-16kg")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Constructor_GoodId_IsAccepted(string id) =>
        new Equipment(id, "Thing").Id.Should().Be(id);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_EmptyName_ThrowsNamingName(string badName)
    {
        var act = () => new Equipment("foam-roller", badName);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("Value must not be empty or white space.*");
    }

    [Fact]
    public void Constructor_NameTooLong_ThrowsNamingName()
    {
        var act = () => new Equipment("foam-roller", new string('n', 101));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("Value must be at most 100 characters long; it was 101.*");
    }

    [Fact]
    public void Constructor_NameOfMaxLength_IsAccepted() =>
        new Equipment("foam-roller", new string('n', 100)).Name.Should().HaveLength(100);

    [Fact]
    public void Constructor_NullArguments_ThrowNamingThem()
    {
        ((Action)(() => _ = new Equipment(null!, "Foam roller"))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
        ((Action)(() => _ = new Equipment("foam-roller", null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Equals_SameIdAndName_IsEqualWithEqualHash()
    {
        var left = new Equipment("band", "Loop band");
        var right = new Equipment("band", "Loop band");

        left.Should().Be(right).And.NotBeSameAs(right);
        (left == right).Should().BeTrue();
        (left != right).Should().BeFalse();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Should().Be(Equipment.LoopBand);
    }

    [Theory]
    [InlineData("band", "Resistance band")]
    [InlineData("bands", "Loop band")]
    public void Equals_DifferentIdOrName_IsUnequal(string id, string name)
    {
        var other = new Equipment(id, name);

        other.Equals(Equipment.LoopBand).Should().BeFalse();
        (other == Equipment.LoopBand).Should().BeFalse();
        (other != Equipment.LoopBand).Should().BeTrue();
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Equipment.LoopBand.Equals(null).Should().BeFalse();
        (Equipment.LoopBand == null).Should().BeFalse();
        (null == Equipment.LoopBand).Should().BeFalse();
        ((Equipment?)null == null).Should().BeTrue();
    }
}
