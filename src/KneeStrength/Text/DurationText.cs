using System;
using System.Globalization;

namespace KneeStrength.Text;

/// <summary>How durations and session clock readings are written for a person, culture-invariant.</summary>
/// <remarks>Fractions of a second are dropped. This type is thread-safe.</remarks>
public static class DurationText
{
    /// <summary>Formats a duration in words: <c>45 s</c>, <c>12 min</c>, <c>12 min 30 s</c>, <c>1 h 5 min</c>.</summary>
    /// <param name="value">The duration; not negative.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static string Format(TimeSpan value)
    {
        long seconds = WholeSeconds(value);
        long h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
        var culture = CultureInfo.InvariantCulture;
        if (h > 0)
        {
            return m > 0 ? string.Create(culture, $"{h} h {m} min") : string.Create(culture, $"{h} h");
        }

        if (m > 0)
        {
            return s > 0 ? string.Create(culture, $"{m} min {s} s") : string.Create(culture, $"{m} min");
        }

        return string.Create(culture, $"{s} s");
    }

    /// <summary>Formats a time from the start of a session as minutes and seconds: <c>0:10</c>, <c>12:05</c>, <c>75:00</c>.</summary>
    /// <param name="offset">The time from the start; not negative.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    public static string FormatClock(TimeSpan offset) => Clock(WholeSeconds(offset));

    internal static string Clock(long seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");

    private static long WholeSeconds(TimeSpan value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value < TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(paramName, value, "A duration to write must not be negative.")
            : value.Ticks / TimeSpan.TicksPerSecond;
}
