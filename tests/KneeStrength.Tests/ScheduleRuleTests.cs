using System;

namespace KneeStrength.Tests;

public class ScheduleRuleTests
{
    [Fact]
    public void Default_IsDaily()
    {
        default(ScheduleRule).Should().Be(ScheduleRule.Daily);
        default(ScheduleRule).Frequency.Should().Be(ScheduleFrequency.Daily);
        default(ScheduleRule).Interval.Should().Be(1);
        default(ScheduleRule).Weekdays.Should().BeEmpty();
        default(ScheduleRule).ToString().Should().Be("FREQ=DAILY");
    }

    [Theory]
    [InlineData(1, "FREQ=DAILY")]
    [InlineData(2, "FREQ=DAILY;INTERVAL=2")]
    [InlineData(366, "FREQ=DAILY;INTERVAL=366")]
    public void EveryNDays_InRange_IsDailyWithInterval(int days, string expected)
    {
        var rule = ScheduleRule.EveryNDays(days);

        rule.Frequency.Should().Be(ScheduleFrequency.Daily);
        rule.Interval.Should().Be(days);
        rule.Weekdays.Should().BeEmpty();
        rule.ToString().Should().Be(expected);
    }

    [Fact]
    public void EveryNDays_One_EqualsDaily() =>
        (ScheduleRule.EveryNDays(1) == ScheduleRule.Daily).Should().BeTrue();

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(367)]
    public void EveryNDays_OutOfRange_ThrowsNamingDays(int value)
    {
        var act = () => ScheduleRule.EveryNDays(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("days")
            .WithMessage($"Value must be between 1 and 366, inclusive; it was {value}.*");
    }

    [Fact]
    public void Weekly_DaysInAnyOrder_ListsThemMondayFirst()
    {
        var rule = ScheduleRule.Weekly(DayOfWeek.Sunday, DayOfWeek.Thursday, DayOfWeek.Monday);

        rule.Frequency.Should().Be(ScheduleFrequency.Weekly);
        rule.Interval.Should().Be(1);
        rule.Weekdays.Should().Equal(DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Sunday);
        rule.ToString().Should().Be("FREQ=WEEKLY;BYDAY=MO,TH,SU");
    }

    [Fact]
    public void Weekly_AllSevenDays_IsWeeklyNotDaily()
    {
        var rule = ScheduleRule.Weekly(
            DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday);

        rule.Should().NotBe(ScheduleRule.Daily);
        rule.Weekdays.Should().HaveCount(7);
        rule.ToString().Should().Be("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU");
    }

    [Fact]
    public void Weekly_SameDaysInAnotherOrder_AreEqual()
    {
        var left = ScheduleRule.Weekly(DayOfWeek.Monday, DayOfWeek.Thursday);
        var right = ScheduleRule.Weekly(DayOfWeek.Thursday, DayOfWeek.Monday);

        (left == right).Should().BeTrue();
        (left != right).Should().BeFalse();
        left.Equals((object)right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equality_DifferentRules_AreNotEqual()
    {
        var rules = new[]
        {
            ScheduleRule.Daily, ScheduleRule.EveryNDays(2), ScheduleRule.EveryNDays(3),
            ScheduleRule.Weekly(DayOfWeek.Monday), ScheduleRule.Weekly(DayOfWeek.Tuesday), ScheduleRule.Weekly(DayOfWeek.Monday, DayOfWeek.Tuesday),
        };

        for (int i = 0; i < rules.Length; i++)
        {
            for (int j = 0; j < rules.Length; j++)
            {
                (rules[i] == rules[j]).Should().Be(i == j, $"{rules[i]} against {rules[j]}");
            }
        }
    }

    [Fact]
    public void Weekly_NoDays_ThrowsNamingDays()
    {
        var act = () => ScheduleRule.Weekly();

        act.Should().Throw<ArgumentException>().WithParameterName("days")
            .WithMessage("A weekly rule needs at least one weekday.*");
    }

    [Fact]
    public void Weekly_DayTwice_ThrowsNamingDays()
    {
        var act = () => ScheduleRule.Weekly(DayOfWeek.Friday, DayOfWeek.Friday);

        act.Should().Throw<ArgumentException>().WithParameterName("days").WithMessage("Friday is listed twice.*");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Weekly_NotADay_ThrowsNamingDays(int value)
    {
        var act = () => ScheduleRule.Weekly((DayOfWeek)value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days").WithMessage("Value is not a day of the week.*");
    }

    [Fact]
    public void Weekdays_SameRule_ReturnsSameList() =>
        ScheduleRule.Weekly(DayOfWeek.Wednesday).Weekdays.Should().BeSameAs(ScheduleRule.Weekly(DayOfWeek.Wednesday).Weekdays);

    [Fact]
    public void Parse_Text_ReturnsRule() =>
        ScheduleRule.Parse("FREQ=WEEKLY;BYDAY=TU").Value.Should().Be(ScheduleRule.Weekly(DayOfWeek.Tuesday));

    [Theory]
    [InlineData(1, new[] { DayOfWeek.Monday })]
    [InlineData(2, new[] { DayOfWeek.Monday, DayOfWeek.Thursday })]
    [InlineData(3, new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday })]
    [InlineData(4, new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday })]
    [InlineData(5, new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday })]
    [InlineData(6, new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday })]
    [InlineData(7, new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday })]
    public void TimesAWeek_Count_IsTheDocumentedSpread(int times, DayOfWeek[] days)
    {
        var rule = ScheduleRule.TimesAWeek(times);

        rule.Frequency.Should().Be(ScheduleFrequency.Weekly);
        rule.Weekdays.Should().Equal(days);
        rule.Should().Be(ScheduleRule.Weekly(days));
        ScheduleRule.Parse(rule.ToString()).Value.Should().Be(rule, "the RRULE text carries it");
    }

    [Fact]
    public void TimesAWeek_Three_IsRRuleMondayWednesdayFriday() =>
        ScheduleRule.TimesAWeek(3).ToString().Should().Be("FREQ=WEEKLY;BYDAY=MO,WE,FR");

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void TimesAWeek_OutOfRange_ThrowsNamingTimes(int times)
    {
        var act = () => ScheduleRule.TimesAWeek(times);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(nameof(times));
    }
}
