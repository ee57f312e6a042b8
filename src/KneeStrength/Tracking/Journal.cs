using System;
using System.Collections;
using System.Collections.Generic;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Tracking;

/// <summary>One person's logs, in date order, at most one a day.</summary>
/// <remarks>
/// <para>The order logs are given in does not matter: the journal sorts them by date. <see cref="With"/> adds a log
/// or replaces the one of its day, which is how a next-morning score or a run is added to a day already logged.</para>
/// <para>Equality compares the logs in order. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Journal : IReadOnlyList<SessionLog>, IEquatable<Journal>
{
    private readonly SessionLog[] _logs;

    /// <summary>Creates a journal.</summary>
    /// <param name="logs">The logs, in any order; no nulls, at most one a day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logs"/> is null.</exception>
    /// <exception cref="ArgumentException">A log is null, or two logs share a day (the message names it).</exception>
    public Journal(IEnumerable<SessionLog> logs)
    {
        _logs = [.. Preconditions.CopyNoNulls(logs)];
        Array.Sort(_logs, static (a, b) => a.Date.CompareTo(b.Date));
        for (int i = 1; i < _logs.Length; i++)
        {
            Preconditions.CheckArgument(
                _logs[i].Date != _logs[i - 1].Date,
                nameof(logs),
                $"Two logs are for {DateText.Format(_logs[i].Date)}; a journal holds one a day (With replaces it).");
        }
    }

    private Journal(SessionLog[] sorted) => _logs = sorted;

    /// <summary>Gets the journal with no logs.</summary>
    public static Journal Empty { get; } = new([]);

    /// <summary>Gets the number of logs.</summary>
    public int Count => _logs.Length;

    /// <summary>Gets the log at an index, in date order.</summary>
    /// <param name="index">The index.</param>
    public SessionLog this[int index] => _logs[index];

    /// <summary>Returns the log of a day, or <see langword="null"/>.</summary>
    /// <param name="date">The day.</param>
    public SessionLog? Find(DateOnly date)
    {
        int i = IndexOf(date);
        return i >= 0 ? _logs[i] : null;
    }

    /// <summary>Returns this journal with a log added, or replacing the log of its day.</summary>
    /// <param name="log">The log.</param>
    /// <returns>The changed journal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is null.</exception>
    public Journal With(SessionLog log)
    {
        Preconditions.CheckNotNull(log);
        int i = IndexOf(log.Date);
        if (i >= 0)
        {
            var replaced = (SessionLog[])_logs.Clone();
            replaced[i] = log;
            return new Journal(replaced);
        }

        int at = ~i;
        var added = new SessionLog[_logs.Length + 1];
        Array.Copy(_logs, added, at);
        added[at] = log;
        Array.Copy(_logs, at, added, at + 1, _logs.Length - at);
        return new Journal(added);
    }

    /// <summary>Gets the logs from <paramref name="from"/> up to but not including <paramref name="to"/>, in date order.</summary>
    /// <param name="from">The first day, inclusive.</param>
    /// <param name="to">The day after the last, exclusive.</param>
    /// <returns>The logs; empty when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    public ReadOnlySpan<SessionLog> Between(DateOnly from, DateOnly to)
    {
        int start = Lower(from);
        int end = Lower(to);
        return end > start ? _logs.AsSpan(start, end - start) : [];
    }

    /// <summary>
    /// Measures how the logs from <paramref name="from"/> up to <paramref name="to"/> followed the sessions an
    /// enrolment plans, in one pass over both.
    /// </summary>
    /// <param name="enrolment">The enrolment, as planned or as the journal's runs shape it (<see cref="Coaching.Coach.Shape(Enrolment, Journal)"/>).</param>
    /// <param name="from">The first day, inclusive.</param>
    /// <param name="to">The day after the last, exclusive: after <paramref name="from"/>.</param>
    /// <param name="scheduler">The program scheduler whose sessions count; <see cref="ProgramScheduler.Default"/> when null.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    /// <exception cref="ArgumentException">The range is empty or outside the enrolment, as <see cref="ProgramScheduler.GetSessions"/> says.</exception>
    public Adherence Adherence(Enrolment enrolment, DateOnly from, DateOnly to, ProgramScheduler? scheduler = null)
    {
        Preconditions.CheckNotNull(enrolment);
        return Tracking.Adherence.Measure((scheduler ?? ProgramScheduler.Default).GetSessions(enrolment, from, to), Between(from, to));
    }

    private int IndexOf(DateOnly date)
    {
        int low = 0, high = _logs.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int order = _logs[middle].Date.CompareTo(date);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    private int Lower(DateOnly date)
    {
        int i = IndexOf(date);
        return i >= 0 ? i : ~i;
    }

    /// <summary>Returns the enumerator over the logs, in date order.</summary>
    public IEnumerator<SessionLog> GetEnumerator() => ((IEnumerable<SessionLog>)_logs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(Journal? other) => other is not null && _logs.AsSpan().SequenceEqual(other._logs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Journal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_logs.Length, _logs.Length > 0 ? _logs[^1].Date : default);

    /// <summary>Returns the number of logs and their days, such as <c>12 logs, 2026-03-02 to 2026-03-14</c>.</summary>
    public override string ToString() =>
        _logs.Length == 0 ? "no logs" : $"{_logs.Length} log{(_logs.Length == 1 ? string.Empty : "s")}, {DateText.Format(_logs[0].Date)} to {DateText.Format(_logs[^1].Date)}";

    /// <summary>Compares two journals for equality.</summary>
    public static bool operator ==(Journal? left, Journal? right) => Equals(left, right);

    /// <summary>Compares two journals for inequality.</summary>
    public static bool operator !=(Journal? left, Journal? right) => !Equals(left, right);
}
