using System;

namespace KneeStrength.Tests;

public class PhaseEndTests
{
    [Fact]
    public void Default_IsOpen()
    {
        var end = default(PhaseEnd);

        end.Should().Be(PhaseEnd.Open);
        end.Kind.Should().Be(PhaseEndKind.Open);
        end.IsOpen.Should().BeTrue();
        end.Weeks.Should().BeNull();
        end.LastDay.Should().BeNull();
        end.ToString().Should().Be("open");
    }

    [Theory]
    [InlineData(1, "after 1 week")]
    [InlineData(6, "after 6 weeks")]
    [InlineData(522, "after 522 weeks")]
    public void AfterWeeks_InRange_HoldsWeeks(int weeks, string text)
    {
        var end = PhaseEnd.AfterWeeks(weeks);

        end.Kind.Should().Be(PhaseEndKind.AfterWeeks);
        end.IsOpen.Should().BeFalse();
        end.Weeks.Should().Be(weeks);
        end.LastDay.Should().BeNull();
        end.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    [InlineData(523)]
    public void AfterWeeks_OutOfRange_ThrowsNamingWeeks(int value)
    {
        var act = () => PhaseEnd.AfterWeeks(value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weeks")
            .WithMessage($"Value must be between 1 and 522, inclusive; it was {value}.*");
    }

    [Fact]
    public void OnDate_LeapDay_HoldsDate()
    {
        var end = PhaseEnd.OnDate(new DateOnly(2028, 2, 29));

        end.Kind.Should().Be(PhaseEndKind.OnDate);
        end.LastDay.Should().Be(new DateOnly(2028, 2, 29));
        end.Weeks.Should().BeNull();
        end.ToString().Should().Be("through 2028-02-29");
    }

    [Fact]
    public void OnDate_ExtremeDates_RoundTrip()
    {
        PhaseEnd.OnDate(DateOnly.MinValue).LastDay.Should().Be(DateOnly.MinValue);
        PhaseEnd.OnDate(DateOnly.MaxValue).LastDay.Should().Be(DateOnly.MaxValue);
        PhaseEnd.OnDate(DateOnly.MinValue).Should().NotBe(PhaseEnd.Open);
    }

    [Fact]
    public void Equality_ComparesKindAndValue()
    {
        var ends = new[]
        {
            PhaseEnd.Open, PhaseEnd.AfterWeeks(1), PhaseEnd.AfterWeeks(2),
            PhaseEnd.OnDate(new DateOnly(2026, 1, 1)), PhaseEnd.OnDate(new DateOnly(2026, 1, 2)),
            PhaseEnd.OnDate(DateOnly.FromDayNumber(1)),
        };

        for (int i = 0; i < ends.Length; i++)
        {
            for (int j = 0; j < ends.Length; j++)
            {
                (ends[i] == ends[j]).Should().Be(i == j, $"{ends[i]} against {ends[j]}");
                (ends[i] != ends[j]).Should().Be(i != j);
            }
        }

        PhaseEnd.AfterWeeks(3).Equals((object)PhaseEnd.AfterWeeks(3)).Should().BeTrue();
        PhaseEnd.AfterWeeks(3).GetHashCode().Should().Be(PhaseEnd.AfterWeeks(3).GetHashCode());
    }
}
