using System;
using System.Globalization;
using System.Text;

namespace KneeStrength.Text;

/// <summary>
/// The text form of a <see cref="ScheduleRule"/>: an RFC 5545 recurrence rule (the value of an <c>RRULE</c>).
/// </summary>
/// <remarks>
/// <para>Canonical form, written by <see cref="Format"/>: <c>FREQ=DAILY</c>, <c>FREQ=DAILY;INTERVAL=2</c>,
/// <c>FREQ=WEEKLY;BYDAY=MO,TH</c> (weekdays Monday first, <c>INTERVAL=1</c> left out).</para>
/// <para><see cref="Parse"/> reads the subset of RFC 5545 that a <see cref="ScheduleRule"/> can hold: <c>FREQ</c>
/// (<c>DAILY</c> or <c>WEEKLY</c>, required), <c>INTERVAL</c> (1 to 366 with <c>DAILY</c>; only 1 with
/// <c>WEEKLY</c>), <c>BYDAY</c> (plain weekdays, required with <c>WEEKLY</c> and refused with <c>DAILY</c>) and
/// <c>WKST</c> (read and checked, but with weekly rules repeating every week it changes nothing). Parts may come in
/// any order, each once; names and values ignore case; an <c>RRULE:</c> prefix and white space around the whole
/// text are skipped. Any other part (<c>COUNT</c>, <c>UNTIL</c>, <c>BYMONTH</c>, ...) and any other frequency
/// (<c>FREQ=MONTHLY</c>, ...) is an error that names the part and its position: a phase's end, not its rule, says
/// when sessions stop.</para>
/// <para>Weekly rules take the weekdays of every week, so <c>FREQ=WEEKLY;BYDAY=MO,TH</c> means the same here as in
/// any RFC 5545 calendar whose first occurrence is on or after the phase's first day; a daily rule with an interval
/// counts from the phase's first day, as RFC 5545 counts from <c>DTSTART</c>.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class ScheduleRulePattern
{
    private const string Supported = "use FREQ=DAILY (with INTERVAL) or FREQ=WEEKLY with BYDAY";

    // Indexed by (int)DayOfWeek.
    private static readonly string[] WeekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>Formats a rule in the canonical form.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The text, which <see cref="Parse"/> reads back to an equal rule.</returns>
    public static string Format(ScheduleRule rule)
    {
        if (rule.Frequency == ScheduleFrequency.Daily)
        {
            return rule.Interval == 1
                ? "FREQ=DAILY"
                : string.Create(CultureInfo.InvariantCulture, $"FREQ=DAILY;INTERVAL={rule.Interval}");
        }

        var text = new StringBuilder("FREQ=WEEKLY;BYDAY=", 38);
        var days = rule.Weekdays;
        for (int i = 0; i < days.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(WeekdayCodes[(int)days[i]]);
        }

        return text.ToString();
    }

    /// <summary>Parses an RFC 5545 recurrence rule that a <see cref="ScheduleRule"/> can hold.</summary>
    /// <param name="text">The text, such as <c>FREQ=WEEKLY;BYDAY=MO,TH</c>.</param>
    /// <returns>The rule, or what was wrong and the position where it was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<ScheduleRule> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        const string Prefix = "RRULE:";
        if (end - start >= Prefix.Length && string.Compare(text, start, Prefix, 0, Prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
        {
            start += Prefix.Length;
        }

        var rule = new Parts();
        int position = start;
        while (true)
        {
            int partEnd = text.IndexOf(';', position, end - position);
            if (partEnd < 0)
            {
                partEnd = end;
            }

            var error = ParsePart(text, position, partEnd, ref rule);
            if (error is not null)
            {
                return error;
            }

            if (partEnd == end)
            {
                break;
            }

            position = partEnd + 1;
        }

        return Build(rule, start);
    }

    private static ParseResult<ScheduleRule>? ParsePart(string text, int start, int end, ref Parts rule)
    {
        if (start == end)
        {
            return Fail("Expected a rule part such as FREQ=DAILY", start);
        }

        int equals = text.IndexOf('=', start, end - start);
        int nameEnd = equals < 0 ? end : equals;
        var name = text.AsSpan(start, nameEnd - start);
        var part = Identify(name);
        switch (part)
        {
            case Part.Unknown:
                return Fail($"Unknown rule part {DisplayText.Quote(name.ToString())}", start);
            case Part.Count or Part.Until:
                return Fail($"{Name(part)} is not supported: a phase's end, not its rule, says when its sessions stop", start);
            case Part.BySecond or Part.ByMinute or Part.ByHour:
                return Fail($"{Name(part)} is not supported: sessions are scheduled by the day; {Supported}", start);
            case > Part.Wkst:
                return Fail($"{Name(part)} is not supported: {Supported}", start);
        }

        if (equals < 0)
        {
            return Fail($"Expected '=' after {Name(part)}", end);
        }

        if (rule.At(part) >= 0)
        {
            return Fail($"{Name(part)} is given twice", start);
        }

        rule.Mark(part, start);
        int valueAt = equals + 1;
        var value = text.AsSpan(valueAt, end - valueAt);
        if (value.IsEmpty)
        {
            return Fail($"Expected a value after '{Name(part)}='", valueAt);
        }

        switch (part)
        {
            case Part.Freq:
                if (value.Equals("DAILY", StringComparison.OrdinalIgnoreCase))
                {
                    rule.Weekly = false;
                }
                else if (value.Equals("WEEKLY", StringComparison.OrdinalIgnoreCase))
                {
                    rule.Weekly = true;
                }
                else if (IsOneOf(value, "SECONDLY", "MINUTELY", "HOURLY", "MONTHLY", "YEARLY"))
                {
                    return Fail($"FREQ={value.ToString().ToUpperInvariant()} is not supported: {Supported}", start);
                }
                else
                {
                    return Fail($"Unknown frequency {DisplayText.Quote(value.ToString())}: {Supported}", valueAt);
                }

                return null;

            case Part.Interval:
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int interval) ||
                    interval < 1 || interval > ScheduleRule.MaxIntervalDays)
                {
                    return Fail(
                        string.Create(CultureInfo.InvariantCulture, $"INTERVAL must be a whole number from 1 to {ScheduleRule.MaxIntervalDays}; it was {DisplayText.Quote(value.ToString())}"),
                        valueAt);
                }

                rule.Interval = interval;
                return null;

            case Part.ByDay:
                return ParseWeekdays(text, valueAt, end, ref rule);

            default:
                return ParseWeekday(text, valueAt, end, "WKST", out _);
        }
    }

    private static ParseResult<ScheduleRule>? ParseWeekdays(string text, int start, int end, ref Parts rule)
    {
        int position = start;
        while (true)
        {
            int itemEnd = text.IndexOf(',', position, end - position);
            if (itemEnd < 0)
            {
                itemEnd = end;
            }

            var error = ParseWeekday(text, position, itemEnd, "BYDAY", out int day);
            if (error is not null)
            {
                return error;
            }

            if ((rule.WeekdayMask & (1 << day)) != 0)
            {
                return Fail($"{WeekdayCodes[day]} is listed twice in BYDAY", position);
            }

            rule.WeekdayMask |= 1 << day;
            if (itemEnd == end)
            {
                return null;
            }

            position = itemEnd + 1;
        }
    }

    private static ParseResult<ScheduleRule>? ParseWeekday(string text, int start, int end, string partName, out int day)
    {
        var value = text.AsSpan(start, end - start);
        for (day = 0; day < WeekdayCodes.Length; day++)
        {
            if (value.Equals(WeekdayCodes[day], StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        day = -1;
        if (partName == "BYDAY" && value.Length > 2 && value[0] is '+' or '-' or (>= '0' and <= '9') && IsWeekdayCode(value[^2..]))
        {
            return Fail($"{DisplayText.Quote(value.ToString())} is not supported: BYDAY takes plain weekdays, such as MO", start);
        }

        return Fail($"Expected a weekday (MO, TU, WE, TH, FR, SA or SU) in {partName}; found {DisplayText.Quote(value.ToString())}", start);
    }

    private static ParseResult<ScheduleRule> Build(Parts rule, int start)
    {
        if (rule.FreqAt < 0)
        {
            return Fail("FREQ is required, such as FREQ=DAILY", start);
        }

        if (!rule.Weekly)
        {
            return rule.ByDayAt >= 0
                ? Fail("BYDAY is supported only with FREQ=WEEKLY", rule.ByDayAt)
                : ParseResult<ScheduleRule>.ForValue(ScheduleRule.EveryNDays(rule.Interval));
        }

        if (rule.Interval != 1)
        {
            return Fail(
                string.Create(CultureInfo.InvariantCulture, $"INTERVAL={rule.Interval} is not supported with FREQ=WEEKLY: weekly rules repeat every week"),
                rule.IntervalAt);
        }

        return rule.ByDayAt < 0
            ? Fail("FREQ=WEEKLY needs BYDAY, such as FREQ=WEEKLY;BYDAY=MO", rule.FreqAt)
            : ParseResult<ScheduleRule>.ForValue(ScheduleRule.FromWeekdayMask(rule.WeekdayMask));
    }

    private static bool IsWeekdayCode(ReadOnlySpan<char> value)
    {
        foreach (string code in WeekdayCodes)
        {
            if (value.Equals(code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> value, params ReadOnlySpan<string> candidates)
    {
        foreach (string candidate in candidates)
        {
            if (value.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Part Identify(ReadOnlySpan<char> name)
    {
        for (var part = Part.Freq; part <= Part.BySetPos; part++)
        {
            if (name.Equals(Name(part), StringComparison.OrdinalIgnoreCase))
            {
                return part;
            }
        }

        return Part.Unknown;
    }

    private static string Name(Part part) => part switch
    {
        Part.Freq => "FREQ",
        Part.Interval => "INTERVAL",
        Part.ByDay => "BYDAY",
        Part.Wkst => "WKST",
        Part.Count => "COUNT",
        Part.Until => "UNTIL",
        Part.BySecond => "BYSECOND",
        Part.ByMinute => "BYMINUTE",
        Part.ByHour => "BYHOUR",
        Part.ByMonthDay => "BYMONTHDAY",
        Part.ByYearDay => "BYYEARDAY",
        Part.ByWeekNo => "BYWEEKNO",
        Part.ByMonth => "BYMONTH",
        Part.BySetPos => "BYSETPOS",
        _ => string.Empty,
    };

    private static ParseResult<ScheduleRule> Fail(string message, int position) => ParseResult<ScheduleRule>.ForError(message, position);

    // The rule parts of RFC 5545, section 3.3.10: the ones we read first, then the ones we refuse.
    private enum Part
    {
        Unknown,
        Freq,
        Interval,
        ByDay,
        Wkst,
        Count,
        Until,
        BySecond,
        ByMinute,
        ByHour,
        ByMonthDay,
        ByYearDay,
        ByWeekNo,
        ByMonth,
        BySetPos,
    }

    // What has been read so far; the positions (-1 when absent) let late checks point at the part that broke them.
    private struct Parts()
    {
        public int FreqAt = -1;
        public int IntervalAt = -1;
        public int ByDayAt = -1;
        public int WkstAt = -1;
        public bool Weekly;
        public int Interval = 1;
        public int WeekdayMask;

        public readonly int At(Part part) => part switch
        {
            Part.Freq => FreqAt,
            Part.Interval => IntervalAt,
            Part.ByDay => ByDayAt,
            _ => WkstAt,
        };

        public void Mark(Part part, int position)
        {
            switch (part)
            {
                case Part.Freq:
                    FreqAt = position;
                    break;
                case Part.Interval:
                    IntervalAt = position;
                    break;
                case Part.ByDay:
                    ByDayAt = position;
                    break;
                default:
                    WkstAt = position;
                    break;
            }
        }
    }
}
