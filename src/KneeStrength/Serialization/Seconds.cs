using System;

namespace KneeStrength.Serialization;

// <summary>Durations travel as numbers of seconds; this is where they turn into <see cref="TimeSpan"/> and back.</summary>
internal static class Seconds
{
    private static readonly decimal MaxSeconds = TimeSpan.MaxValue.Ticks / (decimal)TimeSpan.TicksPerSecond;

    // <summary>The exact number of seconds, with no trailing zeros: 1.5 for 1500 ms, 30 for 30 s.</summary>
    internal static decimal Of(TimeSpan value) => value.Ticks / (decimal)TimeSpan.TicksPerSecond;

    // <summary>The duration of <paramref name="seconds"/>, when it is a whole number of ticks (100 ns) a <see cref="TimeSpan"/> holds.</summary>
    internal static bool TryToTimeSpan(decimal seconds, out TimeSpan value)
    {
        value = default;
        if (Math.Abs(seconds) > MaxSeconds)
        {
            return false;
        }

        decimal ticks = seconds * TimeSpan.TicksPerSecond;
        if (ticks != decimal.Truncate(ticks))
        {
            return false;
        }

        value = TimeSpan.FromTicks((long)ticks);
        return true;
    }
}
