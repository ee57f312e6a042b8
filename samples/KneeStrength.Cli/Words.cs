using System;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Cli;

/// <summary>How the sample says times, sides, amounts and model values: one place, culture-invariant.</summary>
internal static class Words
{
    /// <summary>A clock reading from the start of a session: <c>m:ss</c>, such as <c>12:05</c>.</summary>
    public static string Clock(int seconds) => DurationText.FormatClock(TimeSpan.FromSeconds(seconds));

    /// <summary>A duration in words: <c>45 s</c>, <c>12 min</c>, <c>25 min 10 s</c>, <c>1 h 5 min</c>.</summary>
    public static string Duration(TimeSpan value) => DurationText.Format(value);

    /// <summary>Whole minutes, rounded up: how long a session is in a calendar.</summary>
    public static string Minutes(TimeSpan value) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(value.TotalMinutes)} min");

    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Sunday => "Sunday",
        DayOfWeek.Monday => "Monday",
        DayOfWeek.Tuesday => "Tuesday",
        DayOfWeek.Wednesday => "Wednesday",
        DayOfWeek.Thursday => "Thursday",
        DayOfWeek.Friday => "Friday",
        DayOfWeek.Saturday => "Saturday",
        _ => day.ToString(),
    };

    /// <summary>A count with its noun: <c>1 step</c>, <c>160 steps</c>.</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
