using System;
using System.Collections.Generic;

namespace KneeStrength.Export.Calendar;

// <summary>
// Writes the VTIMEZONE of an IANA time zone (RFC 5545 §3.6.5) for the years a calendar's events span, from the
// platform's time-zone rules.
// </summary>
// <remarks>
// The offsets are found by asking the platform for the zone's UTC offset (a day at a time, then to the second), not
// by reading its adjustment rules, whose shape differs between platforms. When every year of the span has the same
// transitions (same month, weekday, week of the month and wall time), the zone is written as one STANDARD and one
// DAYLIGHT observance from 1970 with a yearly RRULE, the form calendar apps read most reliably; a zone without
// transitions is one STANDARD observance; any other zone lists each transition of the span as its own observance.
// </remarks>
internal static class TimeZoneComponent
{
    private static readonly DateTime Epoch1970 = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static void Write(ContentLineWriter w, TimeZoneInfo zone, string id, int firstYear, int lastYear)
    {
        var transitions = FindTransitions(zone, firstYear, lastYear);
        w.Line("BEGIN:VTIMEZONE");
        w.Ascii("TZID:");
        w.Ascii(id);
        w.End();
        if (transitions.Count == 0)
        {
            var offset = zone.GetUtcOffset(new DateTime(firstYear, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            Observance(w, daylight: false, Epoch1970, offset, offset, rule: null);
        }
        else if (YearlyRules(transitions, firstYear, lastYear) is { } rules)
        {
            foreach (var rule in rules)
            {
                var first = rule.Transition;
                Observance(w, first.Daylight, rule.In1970(first.WallTime.TimeOfDay), first.From, first.To, rule);
            }
        }
        else
        {
            var start = new DateTime(firstYear, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var initial = zone.GetUtcOffset(start);
            Observance(w, zone.IsDaylightSavingTime(start), DateTime.SpecifyKind(start + initial, DateTimeKind.Unspecified), initial, initial, rule: null);
            foreach (var transition in transitions)
            {
                Observance(w, transition.Daylight, transition.WallTime, transition.From, transition.To, rule: null);
            }
        }

        w.Line("END:VTIMEZONE");
    }

    // <summary>Gets the UTC instant of a wall-clock time in a zone, resolving skipped and repeated times.</summary>
    // <remarks>
    // A time skipped by a transition is read with the offset before the gap (RFC 5545 §3.3.5); a repeated time is
    // read as its later instant, so an UNTIL written from it never cuts the last occurrence, whichever of the two a
    // reader takes.
    // </remarks>
    public static DateTime ToUtc(TimeZoneInfo zone, DateTime wallTime)
    {
        var local = DateTime.SpecifyKind(wallTime, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            offset = offsets[0] < offsets[1] ? offsets[0] : offsets[1];
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    private static void Observance(ContentLineWriter w, bool daylight, DateTime start, TimeSpan from, TimeSpan to, YearlyRule? rule)
    {
        w.Line(daylight ? "BEGIN:DAYLIGHT" : "BEGIN:STANDARD");
        w.Ascii("DTSTART:");
        w.DateTime(start);
        w.End();
        w.Ascii("TZOFFSETFROM:");
        Offset(w, from);
        w.End();
        w.Ascii("TZOFFSETTO:");
        Offset(w, to);
        w.End();
        if (rule is { } yearly)
        {
            w.Ascii("RRULE:FREQ=YEARLY;BYMONTH=");
            w.Number(yearly.Month);
            w.Ascii(";BYDAY=");
            if (yearly.Week < 0)
            {
                w.Ascii("-1");
            }
            else
            {
                w.Number(yearly.Week);
            }

            w.Ascii(DayCode(yearly.Weekday));
            w.End();
        }

        w.Line(daylight ? "END:DAYLIGHT" : "END:STANDARD");
    }

    private static void Offset(ContentLineWriter w, TimeSpan offset)
    {
        w.Ascii(offset < TimeSpan.Zero ? "-" : "+");
        long seconds = Math.Abs((long)offset.TotalSeconds);
        w.Number(seconds / 3600, 2);
        w.Number(seconds / 60 % 60, 2);
        if (seconds % 60 != 0)
        {
            w.Number(seconds % 60, 2);
        }
    }

    private static string DayCode(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        DayOfWeek.Saturday => "SA",
        _ => "SU",
    };

    // Every change of UTC offset (or of daylight time) from the start of firstYear to the end of lastYear, in order.
    private static List<Transition> FindTransitions(TimeZoneInfo zone, int firstYear, int lastYear)
    {
        var transitions = new List<Transition>();
        var day = new DateTime(firstYear, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(Math.Min(lastYear + 1, 9999), 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(day);
        bool daylight = zone.IsDaylightSavingTime(day);
        while (day < end)
        {
            var next = day.AddDays(1);
            var nextOffset = zone.GetUtcOffset(next);
            bool nextDaylight = zone.IsDaylightSavingTime(next);
            if (nextOffset != offset || nextDaylight != daylight)
            {
                // The first second of (day, next] with the new state.
                long low = 0, high = 86_400;
                while (high - low > 1)
                {
                    long middle = (low + high) / 2;
                    var probe = day.AddSeconds(middle);
                    if (zone.GetUtcOffset(probe) == offset && zone.IsDaylightSavingTime(probe) == daylight)
                    {
                        low = middle;
                    }
                    else
                    {
                        high = middle;
                    }
                }

                var instant = day.AddSeconds(high);
                transitions.Add(new Transition(DateTime.SpecifyKind(instant + offset, DateTimeKind.Unspecified), offset, nextOffset, nextDaylight));
                offset = nextOffset;
                daylight = nextDaylight;
            }

            day = next;
        }

        return transitions;
    }

    // The zone as yearly rules, or null when some year of the span differs from the others.
    private static List<YearlyRule>? YearlyRules(List<Transition> transitions, int firstYear, int lastYear)
    {
        int years = lastYear - firstYear + 1;
        if (transitions.Count % years != 0)
        {
            return null;
        }

        int perYear = transitions.Count / years;
        var rules = new List<YearlyRule>(perYear);
        for (int k = 0; k < perYear; k++)
        {
            var first = transitions[k];
            int week = WeekOf(first.WallTime);
            bool alwaysLast = true;
            for (int year = 0; year < years; year++)
            {
                var t = transitions[(year * perYear) + k];
                if (t.WallTime.Year != firstYear + year || t.WallTime.Month != first.WallTime.Month ||
                    t.WallTime.DayOfWeek != first.WallTime.DayOfWeek || t.WallTime.TimeOfDay != first.WallTime.TimeOfDay ||
                    t.From != first.From || t.To != first.To || t.Daylight != first.Daylight)
                {
                    return null;
                }

                alwaysLast &= IsLastWeek(t.WallTime);
                if (WeekOf(t.WallTime) != week)
                {
                    week = -1;
                }
            }

            if (alwaysLast)
            {
                week = -1;
            }
            else if (week < 0)
            {
                return null;
            }

            rules.Add(new YearlyRule(first, first.WallTime.Month, week, first.WallTime.DayOfWeek));
        }

        return rules;
    }

    private static int WeekOf(DateTime wallTime) => ((wallTime.Day - 1) / 7) + 1;

    private static bool IsLastWeek(DateTime wallTime) => wallTime.Day + 7 > DateTime.DaysInMonth(wallTime.Year, wallTime.Month);

    // <summary>A change of offset: the wall time it happens at (in the offset before it), the offsets, and whether daylight time follows.</summary>
    private readonly record struct Transition(DateTime WallTime, TimeSpan From, TimeSpan To, bool Daylight);

    // <summary>A transition that recurs every year: in a month, on the given week's (or, for -1, the last) weekday.</summary>
    private readonly record struct YearlyRule(Transition Transition, int Month, int Week, DayOfWeek Weekday)
    {
        public DateTime In1970(TimeSpan timeOfDay)
        {
            int day;
            if (Week < 0)
            {
                day = DateTime.DaysInMonth(1970, Month);
                while (new DateTime(1970, Month, day).DayOfWeek != Weekday)
                {
                    day--;
                }
            }
            else
            {
                day = 1;
                while (new DateTime(1970, Month, day).DayOfWeek != Weekday)
                {
                    day++;
                }

                day += 7 * (Week - 1);
            }

            return new DateTime(1970, Month, day, 0, 0, 0, DateTimeKind.Unspecified) + timeOfDay;
        }
    }
}
