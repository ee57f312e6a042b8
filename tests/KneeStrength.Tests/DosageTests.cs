using System;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Catalog;

namespace KneeStrength.Tests;

public class DosageTests
{
    private static readonly TimeSpan ThirtySeconds = TimeSpan.FromSeconds(30);

    [Fact]
    public void Default_Always_IsOneBilateralRepOneDirectionOneSetNoRest()
    {
        var dosage = default(Dosage);

        dosage.Kind.Should().Be(DosageKind.Repetitions);
        dosage.RepetitionCount.Should().Be(1);
        dosage.Amount.Should().Be(1);
        dosage.HoldTime.Should().Be(TimeSpan.Zero);
        dosage.Laterality.Should().Be(Laterality.Bilateral);
        dosage.IsPerSide.Should().BeFalse();
        dosage.Directions.Should().Be(1);
        dosage.Sets.Should().Be(1);
        dosage.RestBetweenSets.Should().BeNull();
    }

    [Fact]
    public void Default_Always_EqualsOneRepetitionFromTheFactory()
    {
        (default(Dosage) == Dosage.Repetitions(1)).Should().BeTrue();
        default(Dosage).GetHashCode().Should().Be(Dosage.Repetitions(1).GetHashCode());
        new Dosage().Should().Be(default(Dosage));
    }

    [Fact]
    public void Default_ToString_IsOneRep()
    {
        default(Dosage).ToString().Should().Be("1 rep");
        Dosage.Parse("1 rep").Value.Should().Be(default(Dosage));
    }

    [Fact]
    public void Repetitions_AllArguments_AreKept()
    {
        var dosage = Dosage.Repetitions(12, Laterality.PerSide, directions: 3, sets: 4, restBetweenSets: TimeSpan.FromSeconds(45));

        dosage.Kind.Should().Be(DosageKind.Repetitions);
        dosage.RepetitionCount.Should().Be(12);
        dosage.Amount.Should().Be(12);
        dosage.HoldTime.Should().Be(TimeSpan.Zero);
        dosage.Laterality.Should().Be(Laterality.PerSide);
        dosage.IsPerSide.Should().BeTrue();
        dosage.Directions.Should().Be(3);
        dosage.Sets.Should().Be(4);
        dosage.RestBetweenSets.Should().Be(TimeSpan.FromSeconds(45));
    }

    [Fact]
    public void Hold_AllArguments_AreKept()
    {
        var dosage = Dosage.Hold(ThirtySeconds, Laterality.PerSide, directions: 2, sets: 3, restBetweenSets: TimeSpan.Zero);

        dosage.Kind.Should().Be(DosageKind.Hold);
        dosage.HoldTime.Should().Be(ThirtySeconds);
        dosage.Amount.Should().Be(30);
        dosage.RepetitionCount.Should().Be(0);
        dosage.Laterality.Should().Be(Laterality.PerSide);
        dosage.Directions.Should().Be(2);
        dosage.Sets.Should().Be(3);
        dosage.RestBetweenSets.Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void Repetitions_CountAtLimit_IsAccepted(int count) =>
        Dosage.Repetitions(count).RepetitionCount.Should().Be(count);

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    [InlineData(-5)]
    public void Repetitions_CountOutOfRange_ThrowsNamingCount(int badCount)
    {
        var act = () => Dosage.Repetitions(badCount);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("count")
            .WithMessage($"Value must be between 1 and 1000, inclusive; it was {badCount}.*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(600)]
    public void Hold_DurationAtLimit_IsAccepted(int seconds) =>
        Dosage.Hold(TimeSpan.FromSeconds(seconds)).HoldTime.Should().Be(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(601, "601")]
    [InlineData(-1, "-1")]
    [InlineData(0.5, "0.5")]
    public void Hold_DurationOutOfRange_ThrowsNamingDuration(double seconds, string shown)
    {
        var act = () => Dosage.Hold(TimeSpan.FromSeconds(seconds));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("duration")
            .WithMessage($"Value must be between 1 and 600 seconds, inclusive; it was {shown} s.*");
    }

    [Theory]
    [InlineData(30_500, "30.5")]
    [InlineData(1_001, "1.001")]
    public void Hold_FractionalSeconds_ThrowsNamingDuration(int milliseconds, string shown)
    {
        var act = () => Dosage.Hold(TimeSpan.FromMilliseconds(milliseconds));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("duration")
            .WithMessage($"Value must be whole seconds; it was {shown} s.*");
    }

    [Fact]
    public void Hold_FractionalSecondsUnderCommaDecimalCulture_MessageIsInvariant()
    {
        // Messages are for developers and logs; they must read the same whatever culture the app runs under.
        var previous = CultureInfo.CurrentCulture;
        var commaDecimal = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaDecimal.NumberFormat.NumberDecimalSeparator = ",";
        commaDecimal.NumberFormat.NegativeSign = "~";
        CultureInfo.CurrentCulture = commaDecimal;
        try
        {
            ((Action)(() => Dosage.Hold(TimeSpan.FromMilliseconds(30_500))))
                .Should().ThrowExactly<ArgumentException>().WithMessage("Value must be whole seconds; it was 30.5 s.*");
            ((Action)(() => Dosage.Repetitions(1, sets: 2, restBetweenSets: TimeSpan.FromSeconds(-1.5))))
                .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("Value must be between 0 and 600 seconds, inclusive; it was -1.5 s.*");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Repetitions_SetsOutOfRange_ThrowsNamingSets(int badSets)
    {
        var act = () => Dosage.Repetitions(10, sets: badSets);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("sets")
            .WithMessage($"Value must be between 1 and 20, inclusive; it was {badSets}.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Hold_SetsOutOfRange_ThrowsNamingSets(int badSets)
    {
        var act = () => Dosage.Hold(ThirtySeconds, sets: badSets);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("sets")
            .WithMessage($"Value must be between 1 and 20, inclusive; it was {badSets}.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Repetitions_DirectionsOutOfRange_ThrowsNamingDirections(int badDirections)
    {
        var act = () => Dosage.Repetitions(10, Laterality.PerSide, badDirections);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("directions")
            .WithMessage($"Value must be between 1 and 8, inclusive; it was {badDirections}.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Hold_DirectionsOutOfRange_ThrowsNamingDirections(int badDirections)
    {
        var act = () => Dosage.Hold(ThirtySeconds, Laterality.PerSide, badDirections);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("directions")
            .WithMessage($"Value must be between 1 and 8, inclusive; it was {badDirections}.*");
    }

    [Fact]
    public void Repetitions_UnknownLaterality_ThrowsNamingLaterality()
    {
        var act = () => Dosage.Repetitions(10, (Laterality)7);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("laterality")
            .WithMessage("Unknown laterality.*");
    }

    [Fact]
    public void Repetitions_RestWithOneSet_ThrowsNamingRest()
    {
        var act = () => Dosage.Repetitions(10, sets: 1, restBetweenSets: ThirtySeconds);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("restBetweenSets")
            .WithMessage("A rest between sets needs at least two sets.*");
    }

    [Fact]
    public void Hold_RestWithOneSet_ThrowsNamingRest()
    {
        var act = () => Dosage.Hold(ThirtySeconds, restBetweenSets: TimeSpan.Zero);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("restBetweenSets")
            .WithMessage("A rest between sets needs at least two sets.*");
    }

    [Theory]
    [InlineData(601, "601")]
    [InlineData(-1, "-1")]
    public void Repetitions_RestOutOfRange_ThrowsNamingRest(int seconds, string shown)
    {
        var act = () => Dosage.Repetitions(10, sets: 3, restBetweenSets: TimeSpan.FromSeconds(seconds));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("restBetweenSets")
            .WithMessage($"Value must be between 0 and 600 seconds, inclusive; it was {shown} s.*");
    }

    [Fact]
    public void Repetitions_FractionalRest_ThrowsNamingRest()
    {
        var act = () => Dosage.Repetitions(10, sets: 3, restBetweenSets: TimeSpan.FromSeconds(1.5));

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("restBetweenSets")
            .WithMessage("Value must be whole seconds; it was 1.5 s.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(600)]
    public void Repetitions_RestAtLimit_IsAccepted(int seconds) =>
        Dosage.Repetitions(10, sets: 2, restBetweenSets: TimeSpan.FromSeconds(seconds)).RestBetweenSets
            .Should().Be(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void WithAmount_Repetitions_ChangesOnlyTheCount()
    {
        var dosage = Dosage.Repetitions(10, Laterality.PerSide, 4, 3, ThirtySeconds);

        dosage.WithAmount(1000).Should().Be(Dosage.Repetitions(1000, Laterality.PerSide, 4, 3, ThirtySeconds));
    }

    [Fact]
    public void WithAmount_Hold_ChangesOnlyTheSeconds()
    {
        var dosage = Dosage.Hold(ThirtySeconds, Laterality.PerSide, 1, 2, TimeSpan.FromSeconds(10));

        dosage.WithAmount(600).Should().Be(Dosage.Hold(TimeSpan.FromSeconds(600), Laterality.PerSide, 1, 2, TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData(DosageKind.Repetitions, 0, 1000)]
    [InlineData(DosageKind.Repetitions, 1001, 1000)]
    [InlineData(DosageKind.Hold, 0, 600)]
    [InlineData(DosageKind.Hold, 601, 600)]
    public void WithAmount_OutOfRangeForKind_ThrowsNamingAmount(DosageKind kind, int badAmount, int max)
    {
        var dosage = kind == DosageKind.Hold ? Dosage.Hold(ThirtySeconds) : Dosage.Repetitions(10);

        var act = () => dosage.WithAmount(badAmount);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("amount")
            .WithMessage($"Value must be between 1 and {max}, inclusive; it was {badAmount}.*");
    }

    [Fact]
    public void WithSets_NewSetsAndRest_KeepsTheRest()
    {
        var dosage = Dosage.Hold(ThirtySeconds, Laterality.PerSide, directions: 2);

        dosage.WithSets(3, TimeSpan.FromSeconds(20))
            .Should().Be(Dosage.Hold(ThirtySeconds, Laterality.PerSide, 2, 3, TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public void WithSets_RestWithOneSet_ThrowsNamingRest()
    {
        var act = () => Dosage.Repetitions(10).WithSets(1, ThirtySeconds);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("restBetweenSets");
    }

    [Fact]
    public void WithSets_SetsOutOfRange_ThrowsNamingSets()
    {
        var act = () => Dosage.Repetitions(10).WithSets(21);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("sets");
    }

    [Fact]
    public void Equals_SameComponentsBuiltSeparately_IsEqualWithEqualHash()
    {
        var left = Dosage.Repetitions(10, Laterality.PerSide, 4, 3, ThirtySeconds);
        var right = Dosage.Repetitions(10, Laterality.PerSide, 4, 3, ThirtySeconds);

        EqualityAssertions.ShouldBeEqualByValue(left, right);
    }

    public static TheoryData<string> Differences => [.. Variants().Keys];

    [Theory]
    [MemberData(nameof(Differences))]
    public void Equals_DifferingInOneComponent_IsUnequal(string difference)
    {
        var baseline = Dosage.Repetitions(10, Laterality.PerSide, 2, 3, ThirtySeconds);
        var other = Variants()[difference]();

        EqualityAssertions.ShouldBeUnequalByValue(other, baseline);
    }

    private static Dictionary<string, Func<Dosage>> Variants() => new()
    {
        ["kind (same amount)"] = () => Dosage.Hold(TimeSpan.FromSeconds(10), Laterality.PerSide, 2, 3, ThirtySeconds),
        ["amount"] = () => Dosage.Repetitions(11, Laterality.PerSide, 2, 3, ThirtySeconds),
        ["laterality"] = () => Dosage.Repetitions(10, Laterality.Bilateral, 2, 3, ThirtySeconds),
        ["directions"] = () => Dosage.Repetitions(10, Laterality.PerSide, 1, 3, ThirtySeconds),
        ["sets"] = () => Dosage.Repetitions(10, Laterality.PerSide, 2, 4, ThirtySeconds),
        ["rest"] = () => Dosage.Repetitions(10, Laterality.PerSide, 2, 3, TimeSpan.FromSeconds(31)),
        ["rest 0 s"] = () => Dosage.Repetitions(10, Laterality.PerSide, 2, 3, TimeSpan.Zero),

        // No rest given (the pacing decides) is not the same as an explicit rest of 0 s.
        ["no rest"] = () => Dosage.Repetitions(10, Laterality.PerSide, 2, 3),
    };

    [Fact]
    public void Equals_NoRestAndZeroRest_AreDifferent()
    {
        var pacingDecides = Dosage.Repetitions(10, sets: 2);
        var noRest = Dosage.Repetitions(10, sets: 2, restBetweenSets: TimeSpan.Zero);

        pacingDecides.RestBetweenSets.Should().BeNull();
        noRest.RestBetweenSets.Should().Be(TimeSpan.Zero);
        (pacingDecides == noRest).Should().BeFalse();
    }

    [Fact]
    public void Equals_ObjectOfOtherType_IsFalse()
    {
        Dosage.Repetitions(10).Equals(null).Should().BeFalse();
        Dosage.Repetitions(10).Equals((object)10).Should().BeFalse();
    }

    [Theory]
    [InlineData("20 reps per side")]
    [InlineData("30 s hold per side")]
    [InlineData("10 reps per leg in each of 4 directions")]
    [InlineData("3 x 10 reps per side, 30 s rest")]
    public void ToString_Always_IsTheCanonicalText(string text) =>
        Dosage.Parse(text).Value.ToString().Should().Be(text);

    [Fact]
    public void Parse_ArticleNotationWithExerciseDirections_UsesThem()
    {
        var result = Dosage.Parse("x 10 (per leg and per side)", RunnersKnee.StandingLegExtension);

        result.Value.Should().Be(Dosage.Repetitions(10, Laterality.PerSide, directions: 4));
    }

    [Fact]
    public void Parse_ArticleNotationWithExerciseWithoutDirections_Fails()
    {
        var result = Dosage.Parse("x 10 (per leg and per side)", RunnersKnee.SideSteps);

        result.Success.Should().BeFalse();
        result.Position.Should().Be(5);
    }

    [Fact]
    public void Parse_Null_ThrowsNamingText()
    {
        var act = () => Dosage.Parse(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
    }
}
