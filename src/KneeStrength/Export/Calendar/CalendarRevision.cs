using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using KneeStrength.Text;

namespace KneeStrength.Export.Calendar;

/// <summary>One event of a calendar as last exported: its UID, its SEQUENCE and a fingerprint of its content.</summary>
/// <remarks>Equality compares every property. This type is an immutable value and thread-safe.</remarks>
public readonly struct CalendarEventRevision : IEquatable<CalendarEventRevision>
{
    internal CalendarEventRevision(string uid, int sequence, ulong fingerprint)
    {
        Uid = uid;
        Sequence = sequence;
        Fingerprint = fingerprint;
    }

    /// <summary>Gets the event's UID.</summary>
    public string Uid { get; }

    /// <summary>Gets the event's SEQUENCE: 0 when first exported, one more each time its content changed.</summary>
    public int Sequence { get; }

    /// <summary>Gets a fingerprint of everything the event says but its DTSTAMP and SEQUENCE.</summary>
    public ulong Fingerprint { get; }

    /// <inheritdoc/>
    public bool Equals(CalendarEventRevision other) => Uid == other.Uid && Sequence == other.Sequence && Fingerprint == other.Fingerprint;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CalendarEventRevision other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Uid, Sequence, Fingerprint);

    /// <summary>Returns the line <see cref="CalendarRevision.ToString"/> writes for the event.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Uid} {Sequence} {Fingerprint:x16}");

    /// <summary>Compares two event revisions for equality.</summary>
    public static bool operator ==(CalendarEventRevision left, CalendarEventRevision right) => left.Equals(right);

    /// <summary>Compares two event revisions for inequality.</summary>
    public static bool operator !=(CalendarEventRevision left, CalendarEventRevision right) => !left.Equals(right);
}

/// <summary>
/// What a calendar said when it was last exported, event by event, so that the next export raises the SEQUENCE of
/// exactly the events whose content changed (see <see cref="CalendarWriter.Revise"/>).
/// </summary>
/// <remarks>
/// <para>Apps keep it beside the person's enrolment: <see cref="ToString"/> gives one line per event
/// (<c>uid sequence fingerprint</c>), and <see cref="Parse"/> reads it back. Events no longer in the calendar are
/// kept, so an event that comes back continues its SEQUENCE.</para>
/// <para>Equality compares the events in order. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CalendarRevision : IEquatable<CalendarRevision>
{
    /// <summary>The most events a revision holds.</summary>
    public const int MaxEvents = 1000;

    internal CalendarRevision(List<CalendarEventRevision> events) => Events = new ReadOnlyCollection<CalendarEventRevision>(events);

    /// <summary>Gets the revision of a calendar never exported.</summary>
    public static CalendarRevision None { get; } = new([]);

    /// <summary>Gets the events, in the order of the calendar, then any that left it.</summary>
    public IReadOnlyList<CalendarEventRevision> Events { get; }

    /// <summary>Returns the event with a UID, or <see langword="null"/>.</summary>
    /// <param name="uid">The UID.</param>
    /// <returns>The event's revision, or null.</returns>
    public CalendarEventRevision? Find(string uid)
    {
        foreach (var e in Events)
        {
            if (e.Uid == uid)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Reads a revision written by <see cref="ToString"/>.</summary>
    /// <param name="text">One line per event: the UID, the sequence and the fingerprint (16 hex digits), separated by spaces.</param>
    /// <returns>The revision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">A line is not of that form; the message names the line.</exception>
    public static CalendarRevision Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var events = new List<CalendarEventRevision>();
        int number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ');
            if (parts.Length != 3 || parts[0].Length is 0 or > 255 ||
                !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int sequence) ||
                parts[2].Length != 16 ||
                !ulong.TryParse(parts[2], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong fingerprint) ||
                events.Count >= MaxEvents)
            {
                throw new FormatException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Line {number} of the calendar revision is not 'uid sequence fingerprint' (a whole number and 16 hex digits), or is past {MaxEvents} events: {DisplayText.Quote(line)}."));
            }

            foreach (char c in parts[0])
            {
                if (c <= ' ' || c > '~')
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {number} of the calendar revision has a UID with a character other than printable ASCII."));
                }
            }

            events.Add(new CalendarEventRevision(parts[0], sequence, fingerprint));
        }

        return new CalendarRevision(events);
    }

    /// <summary>Returns one line per event, <c>uid sequence fingerprint</c>, each ending in a line feed.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var e in Events)
        {
            text.Append(e.ToString()).Append('\n');
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(CalendarRevision? other) => other is not null && ReadOnlyListEquality.Equal(Events, other.Events);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CalendarRevision);

    /// <inheritdoc/>
    public override int GetHashCode() => Events.Count;

    /// <summary>Compares two revisions for equality.</summary>
    public static bool operator ==(CalendarRevision? left, CalendarRevision? right) => Equals(left, right);

    /// <summary>Compares two revisions for inequality.</summary>
    public static bool operator !=(CalendarRevision? left, CalendarRevision? right) => !Equals(left, right);
}
