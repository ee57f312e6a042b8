using System;
using System.Globalization;

namespace KneeStrength.Tracking;

/// <summary>A run on the day of a log: how long, and the worst knee pain during it on the 0-10 scale.</summary>
/// <remarks>Equality compares both values. This type is an immutable value and thread-safe.</remarks>
public readonly struct RunLog : IEquatable<RunLog>
{
    /// <summary>The longest run a log records, in minutes (10 hours).</summary>
    public const int MaxMinutes = 600;

    /// <summary>Creates a run.</summary>
    /// <param name="minutes">How long it lasted: 1 to 600 minutes.</param>
    /// <param name="pain">The worst knee pain during it: 0 (none) to 10 (worst imaginable).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RunLog(int minutes, int pain)
    {
        Preconditions.CheckArgumentRange(minutes, 1, MaxMinutes);
        Preconditions.CheckArgumentRange(pain, 0, PainScale.Max);
        Minutes = minutes;
        Pain = pain;
    }

    /// <summary>Gets how long the run lasted, in minutes; 0 for the <c>default</c> value, which is no run.</summary>
    public int Minutes { get; }

    /// <summary>Gets the worst knee pain during the run, 0 to 10.</summary>
    public int Pain { get; }

    /// <inheritdoc/>
    public bool Equals(RunLog other) => Minutes == other.Minutes && Pain == other.Pain;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RunLog other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minutes, Pain);

    /// <summary>Returns the run as text, such as <c>30 min run, pain 2/10</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Minutes} min run, pain {Pain}/10");

    /// <summary>Compares two runs for equality.</summary>
    public static bool operator ==(RunLog left, RunLog right) => left.Equals(right);

    /// <summary>Compares two runs for inequality.</summary>
    public static bool operator !=(RunLog left, RunLog right) => !left.Equals(right);
}

/// <summary>The 0-10 numeric rating scale for pain.</summary>
public static class PainScale
{
    /// <summary>The highest score: the worst pain imaginable. 0 is no pain.</summary>
    public const int Max = 10;
}
