using System;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>Something that happened to a person on a program, on a day: back to running, or a relapse.</summary>
/// <remarks>
/// <para>See <see cref="Enrolment"/> for how events move a person between phases. The <c>default</c> value is back to
/// running on 0001-01-01, which no enrolment accepts (events fall on or after its start).</para>
/// <para>Equality compares the day and the kind. This type is an immutable value and thread-safe.</para>
/// </remarks>
public readonly struct EnrolmentEvent : IEquatable<EnrolmentEvent>
{
    /// <summary>Creates an event.</summary>
    /// <param name="date">The day it happened (or is planned to).</param>
    /// <param name="kind">What happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public EnrolmentEvent(DateOnly date, EnrolmentEventKind kind)
    {
        Date = date;
        Kind = ModelChecks.CheckEnum(kind);
    }

    /// <summary>Gets the day.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets what happened.</summary>
    public EnrolmentEventKind Kind { get; }

    /// <summary>Creates a back-to-running event.</summary>
    /// <param name="date">The day of the first run back: the last day of a phase that ends on it.</param>
    /// <returns>The event.</returns>
    public static EnrolmentEvent BackToRunning(DateOnly date) => new(date, EnrolmentEventKind.BackToRunning);

    /// <summary>Creates a relapse: the program's first phase starts again on <paramref name="date"/>.</summary>
    /// <param name="date">The first day back in the first phase.</param>
    /// <returns>The event.</returns>
    public static EnrolmentEvent BackToTreatment(DateOnly date) => new(date, EnrolmentEventKind.BackToTreatment);

    /// <inheritdoc/>
    public bool Equals(EnrolmentEvent other) => Date == other.Date && Kind == other.Kind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EnrolmentEvent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Kind);

    /// <summary>Returns the day and kind, such as <c>2026-04-13 back to running</c>.</summary>
    public override string ToString() =>
        $"{DateText.Format(Date)} {(Kind == EnrolmentEventKind.BackToRunning ? "back to running" : "back to treatment")}";

    /// <summary>Compares two events for equality.</summary>
    public static bool operator ==(EnrolmentEvent left, EnrolmentEvent right) => left.Equals(right);

    /// <summary>Compares two events for inequality.</summary>
    public static bool operator !=(EnrolmentEvent left, EnrolmentEvent right) => !left.Equals(right);
}
