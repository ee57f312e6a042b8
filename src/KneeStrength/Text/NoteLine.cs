using System;
using System.Collections.Generic;

namespace KneeStrength.Text;

/// <summary>What a line of a plan's notes is about.</summary>
public enum NoteKind
{
    /// <summary>Exercises done in another form (<see cref="Scheduling.Substitution"/>).</summary>
    Substitution,

    /// <summary>Exercises left out for want of equipment (<see cref="Scheduling.Omission"/>).</summary>
    Omission,

    /// <summary>What a time budget changed (<see cref="Scheduling.Adjustment"/>).</summary>
    Adjustment,
}

/// <summary>
/// One line of a plan's notes in a language (<see cref="KneeText.Notes"/>): one note, or alike notes on several
/// exercises told once, naming them all.
/// </summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed class NoteLine : IEquatable<NoteLine>
{
    internal NoteLine(NoteKind kind, Exercise[] exercises, string subject, string change, string reason)
    {
        Kind = kind;
        Exercises = exercises;
        Subject = subject;
        Change = change;
        Reason = reason;
    }

    /// <summary>Gets what kind of notes the line tells.</summary>
    public NoteKind Kind { get; }

    /// <summary>Gets the exercises the line is about, in the plan's order; empty for a change to the whole session.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Gets what the line is about in words: the forms' names as a list, or the words for the whole session.</summary>
    public string Subject { get; }

    /// <summary>Gets what changed, in words; for several exercises, what they have in common.</summary>
    public string Change { get; }

    /// <summary>Gets why, in words.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(NoteLine? other) =>
        other is not null && Kind == other.Kind && Subject == other.Subject && Change == other.Change && Reason == other.Reason &&
        ReadOnlyListEquality.Equal(Exercises, other.Exercises);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NoteLine);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Subject, Change, Reason);

    /// <summary>Returns the line: <c>subject: change: reason</c>.</summary>
    public override string ToString() => $"{Subject}: {Change}: {Reason}";

    /// <summary>Compares two lines for equality.</summary>
    public static bool operator ==(NoteLine? left, NoteLine? right) => Equals(left, right);

    /// <summary>Compares two lines for inequality.</summary>
    public static bool operator !=(NoteLine? left, NoteLine? right) => !Equals(left, right);
}
