using System;
using System.Collections.Generic;

namespace KneeStrength.Tests;

public class CircuitTests
{
    private static readonly Exercise Squat = new(
        "squat", "Squat", ExerciseCategory.Strength, BodyPosition.Standing, isPerSide: false, TimeSpan.FromSeconds(3), ["Sit back."]);

    private static readonly Exercise Bridge = new(
        "bridge", "Bridge", ExerciseCategory.Strength, BodyPosition.Supine, isPerSide: false, TimeSpan.FromSeconds(3), ["Lift the hips."]);

    private static RoutineItem SquatItem(int reps = 10) => new(Squat, Dosage.Repetitions(reps));

    private static RoutineItem BridgeItem(int reps = 10) => new(Bridge, Dosage.Repetitions(reps));

    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var circuit = new Circuit(3, [SquatItem(), BridgeItem()], TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(15), restAfterLastRound: true);

        circuit.Rounds.Should().Be(3);
        circuit.Items.Should().Equal(SquatItem(), BridgeItem());
        circuit.RestAfterRound.Should().Be(TimeSpan.FromSeconds(60));
        circuit.RestBetweenItems.Should().Be(TimeSpan.FromSeconds(15));
        circuit.RestAfterLastRound.Should().BeTrue();
        circuit.ItemCount.Should().Be(2);
        circuit.ToString().Should().Be("3 rounds: squat, bridge");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Constructor_RoundsOutOfRange_ThrowsNamingRounds(int count)
    {
        var act = () => new Circuit(count, [SquatItem(), BridgeItem()]);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("rounds");
    }

    [Fact]
    public void Constructor_OneItem_ThrowsNamingItems()
    {
        var act = () => new Circuit(3, [SquatItem()]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("items").WithMessage("A circuit holds 2 to 10 items; there were 1.*");
    }

    [Fact]
    public void Constructor_ItemWithSets_ThrowsSayingTheRoundsAreTheSets()
    {
        var act = () => new Circuit(3, [SquatItem(), new RoutineItem(Bridge, Dosage.Repetitions(10, sets: 2))]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("items")
            .WithMessage("Item 1 ('bridge') of a circuit must be one set with no rest between sets, because the rounds are the sets; it was '2 x 10 reps'.*");
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(601.0)]
    public void Constructor_RestOutOfRange_ThrowsNamingIt(double seconds)
    {
        var act = () => new Circuit(2, [SquatItem(), BridgeItem()], restAfterRound: TimeSpan.FromSeconds(seconds));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("restAfterRound");
    }

    [Fact]
    public void Constructor_RestNotWholeSeconds_ThrowsNamingIt()
    {
        var act = () => new Circuit(2, [SquatItem(), BridgeItem()], restBetweenItems: TimeSpan.FromSeconds(1.5));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("restBetweenItems");
    }

    [Fact]
    public void Equals_EqualParts_IsEqualWithEqualHash()
    {
        var left = new Circuit(2, [SquatItem(), BridgeItem()], TimeSpan.FromSeconds(30));
        var right = new Circuit(2, [SquatItem(), BridgeItem()], TimeSpan.FromSeconds(30));

        left.Should().Be(right);
        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Should().NotBe(new Circuit(3, [SquatItem(), BridgeItem()], TimeSpan.FromSeconds(30)));
        left.Should().NotBe(new Circuit(2, [BridgeItem(), SquatItem()], TimeSpan.FromSeconds(30)));
        left.Should().NotBe(new Circuit(2, [SquatItem(), BridgeItem()], TimeSpan.FromSeconds(30), restAfterLastRound: true));
    }

    [Fact]
    public void Routine_OfSections_ListsItemsInSessionOrderWithTheirSectionAndCircuit()
    {
        var circuit = new Circuit(3, [SquatItem(), BridgeItem()]);
        var routine = new Routine(
            "structured",
            "Structured",
            [
                new RoutineSection(RoutineSectionKind.WarmUp, [SquatItem(5)]),
                new RoutineSection(RoutineSectionKind.Main, [circuit, BridgeItem(12)]),
                new RoutineSection(RoutineSectionKind.CoolDown, [BridgeItem(4)]),
            ]);

        routine.Items.Should().Equal(SquatItem(5), SquatItem(), BridgeItem(), BridgeItem(12), BridgeItem(4));
        routine.IsPlainList.Should().BeFalse();
        routine.SectionOf(0).Should().Be(RoutineSectionKind.WarmUp);
        routine.SectionOf(2).Should().Be(RoutineSectionKind.Main);
        routine.SectionOf(4).Should().Be(RoutineSectionKind.CoolDown);
        routine.CircuitOf(1).Should().BeSameAs(circuit);
        routine.CircuitOf(2).Should().BeSameAs(circuit);
        routine.CircuitOf(3).Should().BeNull();
        ((Action)(() => routine.SectionOf(5))).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("itemIndex");
    }

    [Fact]
    public void Routine_OfItems_IsOneMainSectionAndEqualsTheSameAsSections()
    {
        var plain = new Routine("r", "R", [SquatItem(), BridgeItem()]);
        var sectioned = new Routine("r", "R", [new RoutineSection(RoutineSectionKind.Main, [SquatItem(), BridgeItem()])]);

        plain.IsPlainList.Should().BeTrue();
        plain.Sections.Should().ContainSingle().Which.Kind.Should().Be(RoutineSectionKind.Main);
        plain.Should().Be(sectioned);
        plain.GetHashCode().Should().Be(sectioned.GetHashCode());
    }

    public static TheoryData<RoutineSectionKind[], string> BadSectionOrders => new()
    {
        { [RoutineSectionKind.Main, RoutineSectionKind.WarmUp], "Section 1 is a warm-up after a main section*" },
        { [RoutineSectionKind.Main, RoutineSectionKind.Main], "Section 1 is a main section after a main section*" },
        { [RoutineSectionKind.CoolDown, RoutineSectionKind.CoolDown], "Section 1 is a cool-down after a cool-down*" },
        { [RoutineSectionKind.WarmUp, RoutineSectionKind.CoolDown], "A routine has one main section; there was none.*" },
    };

    [Theory]
    [MemberData(nameof(BadSectionOrders))]
    public void Routine_SectionsOutOfOrder_ThrowsNamingSections(RoutineSectionKind[] kinds, string message)
    {
        var sections = new List<RoutineSection>();
        foreach (var kind in kinds)
        {
            sections.Add(new RoutineSection(kind, [SquatItem()]));
        }

        var act = () => new Routine("r", "R", sections);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("sections").WithMessage(message);
    }

    [Fact]
    public void Routine_TooManyItemsInCircuits_ThrowsCountingEachItem()
    {
        var circuit = new Circuit(2, [SquatItem(), BridgeItem(), SquatItem(), BridgeItem(), SquatItem(), BridgeItem(), SquatItem(), BridgeItem(), SquatItem(), BridgeItem()]);
        var blocks = new RoutineBlock[21];
        Array.Fill(blocks, circuit);

        var act = () => new Routine("r", "R", [new RoutineSection(RoutineSectionKind.Main, blocks)]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("sections").WithMessage("A routine holds 1 to 200 items; there were 210.*");
    }

    [Fact]
    public void Section_UndefinedKind_ThrowsNamingKind()
    {
        var act = () => new RoutineSection((RoutineSectionKind)7, [SquatItem()]);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
    }
}
