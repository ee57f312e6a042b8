using System;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Scheduling;

namespace KneeStrength.Tracking;

/// <summary>
/// How a journal followed a calendar over a range of days: sessions planned and done, streaks, and the pain trend.
/// </summary>
/// <remarks>
/// <para>A planned session counts as done fully with a log of that day whose completion is
/// <see cref="SessionCompletion.All"/>, partly with <see cref="SessionCompletion.Partial"/>, and missed otherwise.
/// A streak is planned sessions in a row done at least partly; the current one ends at the last planned session.
/// The pain trend is the least-squares slope of the worst pain during sessions, in points per week; null with fewer
/// than two scores on different days.</para>
/// <para>Equality compares every figure. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Adherence : IEquatable<Adherence>
{
    private Adherence(int planned, int doneFully, int donePartly, int unplanned, int longestStreak, int currentStreak, double? averagePain, double? painTrend)
    {
        Planned = planned;
        DoneFully = doneFully;
        DonePartly = donePartly;
        Unplanned = unplanned;
        LongestStreak = longestStreak;
        CurrentStreak = currentStreak;
        AveragePainDuring = averagePain;
        PainTrendPerWeek = painTrend;
    }

    /// <summary>Gets the sessions the calendar planned.</summary>
    public int Planned { get; }

    /// <summary>Gets the planned sessions done in full.</summary>
    public int DoneFully { get; }

    /// <summary>Gets the planned sessions done in part.</summary>
    public int DonePartly { get; }

    /// <summary>Gets the planned sessions not done.</summary>
    public int Missed => Planned - DoneFully - DonePartly;

    /// <summary>Gets the sessions done, at least partly, on days the calendar planned none.</summary>
    public int Unplanned { get; }

    /// <summary>Gets the most planned sessions in a row done at least partly.</summary>
    public int LongestStreak { get; }

    /// <summary>Gets the planned sessions in a row done at least partly up to the last planned one.</summary>
    public int CurrentStreak { get; }

    /// <summary>Gets the share of planned sessions done at least partly, 0 to 1; 0 when none were planned.</summary>
    public double Rate => Planned == 0 ? 0 : (DoneFully + DonePartly) / (double)Planned;

    /// <summary>Gets the mean of the worst pain during sessions, or <see langword="null"/> without scores.</summary>
    public double? AveragePainDuring { get; }

    /// <summary>Gets how the worst pain during sessions moved, in points per week (negative: easing), or <see langword="null"/>.</summary>
    public double? PainTrendPerWeek { get; }

    internal static Adherence Measure(IEnumerable<ScheduledSession> planned, ReadOnlySpan<SessionLog> logs)
    {
        int plannedCount = 0, fully = 0, partly = 0, unplanned = 0, longest = 0, current = 0;
        int next = 0;
        foreach (var session in planned)
        {
            while (next < logs.Length && logs[next].Date < session.Date)
            {
                unplanned += IsDone(logs[next]) ? 1 : 0;
                next++;
            }

            plannedCount++;
            var log = next < logs.Length && logs[next].Date == session.Date ? logs[next++] : null;
            var completion = log is { HasSession: true } ? log.Completion : SessionCompletion.None;
            fully += completion == SessionCompletion.All ? 1 : 0;
            partly += completion == SessionCompletion.Partial ? 1 : 0;
            current = completion == SessionCompletion.None ? 0 : current + 1;
            longest = Math.Max(longest, current);
        }

        for (; next < logs.Length; next++)
        {
            unplanned += IsDone(logs[next]) ? 1 : 0;
        }

        // Least squares over (day, pain), in one pass of running sums; days relative to the first log, so sums stay small.
        int count = 0;
        double sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
        int firstDay = logs.Length > 0 ? logs[0].Date.DayNumber : 0;
        foreach (var log in logs)
        {
            if (log.PainDuring is int pain)
            {
                double x = log.Date.DayNumber - firstDay;
                count++;
                sumX += x;
                sumY += pain;
                sumXX += x * x;
                sumXY += x * pain;
            }
        }

        double? average = count == 0 ? null : sumY / count;
        double spread = (count * sumXX) - (sumX * sumX);
        double? trend = count < 2 || spread == 0 ? null : 7 * ((count * sumXY) - (sumX * sumY)) / spread;
        return new Adherence(plannedCount, fully, partly, unplanned, longest, current, average, trend);
    }

    private static bool IsDone(SessionLog log) => log.HasSession && log.Completion != SessionCompletion.None;

    /// <inheritdoc/>
    public bool Equals(Adherence? other) =>
        other is not null && Planned == other.Planned && DoneFully == other.DoneFully && DonePartly == other.DonePartly &&
        Unplanned == other.Unplanned && LongestStreak == other.LongestStreak && CurrentStreak == other.CurrentStreak &&
        Nullable.Equals(AveragePainDuring, other.AveragePainDuring) && Nullable.Equals(PainTrendPerWeek, other.PainTrendPerWeek);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Adherence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Planned, DoneFully, DonePartly, Unplanned, LongestStreak, CurrentStreak);

    /// <summary>Returns the figures as one line, such as <c>10 of 12 planned sessions done (8 fully), longest streak 6</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DoneFully + DonePartly} of {Planned} planned sessions done ({DoneFully} fully), longest streak {LongestStreak}, current {CurrentStreak}");

    /// <summary>Compares two sets of figures for equality.</summary>
    public static bool operator ==(Adherence? left, Adherence? right) => Equals(left, right);

    /// <summary>Compares two sets of figures for inequality.</summary>
    public static bool operator !=(Adherence? left, Adherence? right) => !Equals(left, right);
}
