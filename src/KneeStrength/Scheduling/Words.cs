using System;
using System.Globalization;

namespace KneeStrength.Scheduling;

/// <summary>How durations are said to a person, in one place.</summary>
internal static class Words
{
    /// <summary>"45 s", "10 min", "12 min 30 s", "1 h 5 min".</summary>
    internal static string Duration(TimeSpan value)
    {
        long seconds = (long)Math.Floor(value.TotalSeconds);
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
}
