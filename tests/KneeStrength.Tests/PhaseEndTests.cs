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
        end.Event.Should().BeNull();
        end.PlannedWeeks.Should().BeNull();
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
        end.Event.Should().BeNull();
        end.PlannedWeeks.Should().BeNull();
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

    [Theory]
    [InlineData(null, "on back to running")]
    [InlineData(1, "on back to running (planned 1 week)")]
    [InlineData(6, "on back to running (planned 6 weeks)")]
    [InlineData(522, "on back to running (planned 522 weeks)")]
    public void OnEvent_BackToRunning_HoldsEventAndPlannedWeeks(int? plannedWeeks, string text)
    {
        var end = PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, plannedWeeks);

        end.Kind.Should().Be(PhaseEndKind.OnEvent);
        end.IsOpen.Should().BeFalse();
        end.Event.Should().Be(EnrolmentEventKind.BackToRunning);
        end.PlannedWeeks.Should().Be(plannedWeeks);
        end.Weeks.Should().BeNull();
        end.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(523)]
    public void OnEvent_PlannedWeeksOutOfRange_ThrowsNamingPlannedWeeks(int value)
    {
        var act = () => PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("plannedWeeks")
            .WithMessage($"Value must be between 1 and 522, inclusive; it was {value}.*");
    }

    [Theory]
    [InlineData(EnrolmentEventKind.BackToTreatment)]
    [InlineData((EnrolmentEventKind)99)]
    public void OnEvent_NotBackToRunning_ThrowsNamingEvent(EnrolmentEventKind kind)
    {
        var act = () => PhaseEnd.OnEvent(kind);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("event");
    }

    [Fact]
    public void Equality_ComparesKindAndValue()
    {
        var ends = new[]
        {
            PhaseEnd.Open, PhaseEnd.AfterWeeks(1), PhaseEnd.AfterWeeks(2),
            PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning), PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, 1),
            PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, 2),
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
