using System;
using System.Linq;
using KneeStrength.Text;

namespace KneeStrength.Tests.Text;

public class ScheduleRulePatternTests
{
    private const string Supported = "use FREQ=DAILY (with INTERVAL) or FREQ=WEEKLY with BYDAY";

    public static TheoryData<string, ScheduleRule> CanonicalTexts => new()
    {
        { "FREQ=DAILY", ScheduleRule.Daily },
        { "FREQ=DAILY;INTERVAL=2", ScheduleRule.EveryNDays(2) },
        { "FREQ=DAILY;INTERVAL=366", ScheduleRule.EveryNDays(366) },
        { "FREQ=WEEKLY;BYDAY=MO", ScheduleRule.Weekly(DayOfWeek.Monday) },
        { "FREQ=WEEKLY;BYDAY=MO,TH", ScheduleRule.Weekly(DayOfWeek.Monday, DayOfWeek.Thursday) },
        { "FREQ=WEEKLY;BYDAY=SA,SU", ScheduleRule.Weekly(DayOfWeek.Sunday, DayOfWeek.Saturday) },
    };

    public static TheoryData<string, ScheduleRule> OtherAcceptedTexts => new()
    {
        { "freq=daily", ScheduleRule.Daily },
        { "  FREQ=DAILY\t", ScheduleRule.Daily },
        { "RRULE:FREQ=DAILY;INTERVAL=2", ScheduleRule.EveryNDays(2) },
        { "rrule:FREQ=DAILY", ScheduleRule.Daily },
        { "FREQ=DAILY;INTERVAL=1", ScheduleRule.Daily },
        { "INTERVAL=3;FREQ=DAILY", ScheduleRule.EveryNDays(3) },
        { "FREQ=DAILY;INTERVAL=007", ScheduleRule.EveryNDays(7) },
        { "FREQ=DAILY;WKST=MO", ScheduleRule.Daily },
        { "BYDAY=fr;FREQ=weekly", ScheduleRule.Weekly(DayOfWeek.Friday) },
        { "FREQ=WEEKLY;INTERVAL=1;BYDAY=TH,MO;WKST=SU", ScheduleRule.Weekly(DayOfWeek.Monday, DayOfWeek.Thursday) },
    };

    [Theory]
    [MemberData(nameof(CanonicalTexts))]
    public void Format_Rule_WritesCanonicalText(string expected, ScheduleRule rule) =>
        ScheduleRulePattern.Format(rule).Should().Be(expected);

    [Theory]
    [MemberData(nameof(CanonicalTexts))]
    [MemberData(nameof(OtherAcceptedTexts))]
    public void Parse_SupportedText_ReturnsRule(string text, ScheduleRule expected)
    {
        var result = ScheduleRulePattern.Parse(text);

        result.Success.Should().BeTrue(result.Message);
        result.Value.Should().Be(expected);
        result.Position.Should().Be(-1);
    }

    [Fact]
    public void ParseFormat_EveryRule_RoundTrips()
    {
        var rules = Enumerable.Range(1, ScheduleRule.MaxIntervalDays).Select(ScheduleRule.EveryNDays)
            .Concat(Enumerable.Range(1, 127).Select(mask =>
                ScheduleRule.Weekly(Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0).ToArray())))
            .ToList();

        rules.Should().HaveCount(366 + 127).And.OnlyHaveUniqueItems();
        foreach (var rule in rules)
        {
            ScheduleRulePattern.Parse(ScheduleRulePattern.Format(rule)).Value.Should().Be(rule);
        }
    }

    [Theory]
    [InlineData("", "Expected a rule part such as FREQ=DAILY (at character 1)")]
    [InlineData("   ", "Expected a rule part such as FREQ=DAILY (at character 4)")]
    [InlineData("FREQ=DAILY;", "Expected a rule part such as FREQ=DAILY (at character 12)")]
    [InlineData("FREQ=DAILY;;INTERVAL=2", "Expected a rule part such as FREQ=DAILY (at character 12)")]
    [InlineData("INTERVAL=2", "FREQ is required, such as FREQ=DAILY (at character 1)")]
    [InlineData("RRULE:BYDAY=MO", "FREQ is required, such as FREQ=DAILY (at character 7)")]
    [InlineData("FREQ", "Expected '=' after FREQ (at character 5)")]
    [InlineData("FREQ=", "Expected a value after 'FREQ=' (at character 6)")]
    [InlineData("FREQ=DAILY;FREQ=WEEKLY", "FREQ is given twice (at character 12)")]
    [InlineData("FREQ=DAILY;FOO=1", "Unknown rule part 'FOO' (at character 12)")]
    [InlineData("FREQ=DAILY;X-NAME=1", "Unknown rule part 'X-NAME' (at character 12)")]
    [InlineData("FREQ = DAILY", "Unknown rule part 'FREQ ' (at character 1)")]
    [InlineData("FREQ=FORTNIGHTLY", "Unknown frequency 'FORTNIGHTLY': " + Supported + " (at character 6)")]
    [InlineData("FREQ=DAILY;INTERVAL=0", "INTERVAL must be a whole number from 1 to 366; it was '0' (at character 21)")]
    [InlineData("FREQ=DAILY;INTERVAL=367", "INTERVAL must be a whole number from 1 to 366; it was '367' (at character 21)")]
    [InlineData("FREQ=DAILY;INTERVAL=+2", "INTERVAL must be a whole number from 1 to 366; it was '+2' (at character 21)")]
    [InlineData("FREQ=DAILY;INTERVAL=two", "INTERVAL must be a whole number from 1 to 366; it was 'two' (at character 21)")]
    [InlineData("FREQ=DAILY;INTERVAL=99999999999", "INTERVAL must be a whole number from 1 to 366; it was '99999999999' (at character 21)")]
    [InlineData("FREQ=WEEKLY", "FREQ=WEEKLY needs BYDAY, such as FREQ=WEEKLY;BYDAY=MO (at character 1)")]
    [InlineData("FREQ=DAILY;BYDAY=MO", "BYDAY is supported only with FREQ=WEEKLY (at character 12)")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO;INTERVAL=2", "INTERVAL=2 is not supported with FREQ=WEEKLY: weekly rules repeat every week (at character 22)")]
    [InlineData("FREQ=WEEKLY;BYDAY=", "Expected a value after 'BYDAY=' (at character 19)")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,", "Expected a weekday (MO, TU, WE, TH, FR, SA or SU) in BYDAY; found '' (at character 22)")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,XX", "Expected a weekday (MO, TU, WE, TH, FR, SA or SU) in BYDAY; found 'XX' (at character 22)")]
    [InlineData("FREQ=WEEKLY;BYDAY=MONDAY", "Expected a weekday (MO, TU, WE, TH, FR, SA or SU) in BYDAY; found 'MONDAY' (at character 19)")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TU,MO", "MO is listed twice in BYDAY (at character 25)")]
    [InlineData("FREQ=WEEKLY;BYDAY=1MO", "'1MO' is not supported: BYDAY takes plain weekdays, such as MO (at character 19)")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,-1FR", "'-1FR' is not supported: BYDAY takes plain weekdays, such as MO (at character 22)")]
    [InlineData("FREQ=WEEKLY;BYDAY=+2TU", "'+2TU' is not supported: BYDAY takes plain weekdays, such as MO (at character 19)")]
    [InlineData("FREQ=DAILY;WKST=XY", "Expected a weekday (MO, TU, WE, TH, FR, SA or SU) in WKST; found 'XY' (at character 17)")]
    public void Parse_MalformedText_FailsWithMessage(string text, string expected)
    {
        var result = ScheduleRulePattern.Parse(text);

        result.Success.Should().BeFalse();
        result.Message.Should().Be(expected);
    }

    [Theory]
    [InlineData("FREQ=DAILY;COUNT=10", "COUNT is not supported: a phase's end, not its rule, says when its sessions stop (at character 12)")]
    [InlineData("FREQ=DAILY;UNTIL=20260301", "UNTIL is not supported: a phase's end, not its rule, says when its sessions stop (at character 12)")]
    [InlineData("RRULE:FREQ=DAILY;count=3", "COUNT is not supported: a phase's end, not its rule, says when its sessions stop (at character 18)")]
    [InlineData("FREQ=DAILY;BYSECOND=0", "BYSECOND is not supported: sessions are scheduled by the day; " + Supported + " (at character 12)")]
    [InlineData("FREQ=DAILY;BYMINUTE=30", "BYMINUTE is not supported: sessions are scheduled by the day; " + Supported + " (at character 12)")]
    [InlineData("FREQ=DAILY;BYHOUR=8", "BYHOUR is not supported: sessions are scheduled by the day; " + Supported + " (at character 12)")]
    [InlineData("FREQ=DAILY;BYMONTHDAY=1", "BYMONTHDAY is not supported: " + Supported + " (at character 12)")]
    [InlineData("FREQ=DAILY;BYYEARDAY=100", "BYYEARDAY is not supported: " + Supported + " (at character 12)")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO;BYWEEKNO=20", "BYWEEKNO is not supported: " + Supported + " (at character 22)")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO;BYMONTH=3", "BYMONTH is not supported: " + Supported + " (at character 22)")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=-1", "BYSETPOS is not supported: " + Supported + " (at character 25)")]
    [InlineData("FREQ=SECONDLY", "FREQ=SECONDLY is not supported: " + Supported + " (at character 1)")]
    [InlineData("FREQ=MINUTELY", "FREQ=MINUTELY is not supported: " + Supported + " (at character 1)")]
    [InlineData("FREQ=HOURLY", "FREQ=HOURLY is not supported: " + Supported + " (at character 1)")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=1", "FREQ=MONTHLY is not supported: " + Supported + " (at character 1)")]
    [InlineData("INTERVAL=2;freq=yearly", "FREQ=YEARLY is not supported: " + Supported + " (at character 12)")]
    public void Parse_UnsupportedPart_FailsNamingPartAndPosition(string text, string expected)
    {
        var result = ScheduleRulePattern.Parse(text);

        result.Success.Should().BeFalse();
        result.Message.Should().Be(expected);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var act = () => ScheduleRulePattern.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }
}
