using System;

namespace KneeStrength.Tests;

public class EffortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(10)]
    public void Rpe_InRange_KeepsScaleAndValue(int value)
    {
        var effort = Effort.Rpe(value);

        effort.Scale.Should().Be(EffortScale.Rpe);
        effort.Value.Should().Be(value);
        effort.ToString().Should().Be($"RPE {value}");
    }

    [Theory]
    [InlineData(0, "0 reps in reserve")]
    [InlineData(1, "1 rep in reserve")]
    [InlineData(3, "3 reps in reserve")]
    public void RepsInReserve_InRange_SaysItInWords(int value, string text)
    {
        var effort = Effort.RepsInReserve(value);

        effort.Scale.Should().Be(EffortScale.RepsInReserve);
        effort.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Factories_OutOfRange_ThrowNamingValue(int value)
    {
        FluentActions.Invoking(() => Effort.Rpe(value)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(value));
        FluentActions.Invoking(() => Effort.RepsInReserve(value)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(value));
    }

    [Fact]
    public void On_UndefinedScale_ThrowsNamingScale() =>
        FluentActions.Invoking(() => Effort.On((EffortScale)7, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scale");

    [Fact]
    public void Equality_ComparesScaleAndValue()
    {
        EqualityAssertions.ShouldBeEqualByValue(Effort.Rpe(7), Effort.On(EffortScale.Rpe, 7));
        EqualityAssertions.ShouldBeUnequalByValue(Effort.Rpe(2), Effort.RepsInReserve(2));
        EqualityAssertions.ShouldBeUnequalByValue(Effort.Rpe(2), Effort.Rpe(3));
        default(Effort).Should().Be(Effort.Rpe(0));
    }

    [Fact]
    public void Dosage_WithEffort_KeepsItThroughOtherChangesAndComparesIt()
    {
        var dosage = Dosage.Repetitions(10, sets: 3).WithEffort(Effort.RepsInReserve(2));

        dosage.WithAmount(12).WithSets(2).Effort.Should().Be(Effort.RepsInReserve(2));
        dosage.WithEffort(null).Effort.Should().BeNull();
        dosage.Should().NotBe(dosage.WithEffort(Effort.Rpe(2)));
        Dosage.Repetitions(10).Effort.Should().BeNull();
    }

    [Fact]
    public void Dosage_HoldWithRepsInReserve_Throws() =>
        FluentActions.Invoking(() => Dosage.Hold(TimeSpan.FromSeconds(30)).WithEffort(Effort.RepsInReserve(1)))
            .Should().Throw<ArgumentException>().WithParameterName("effort")
            .WithMessage("Repetitions in reserve need a repetitions dosage; give a hold an RPE instead.*");
}
