using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Export.Calendar;

/// <summary>
/// Writes an <see cref="Enrolment"/> as an iCalendar (RFC 5545) file that calendar apps import or subscribe to: one
/// VEVENT per placed phase, whose RRULE the app expands into the phase's sessions. One writer serves every enrolment.
/// </summary>
/// <remarks>
/// <para>Each placed phase (<see cref="Enrolment.Phases"/>) with at least one session is one event. DTSTART is the
/// phase's first session (a weekly phase's first weekday on or after its start, because DTSTART always counts as an
/// occurrence); RRULE is the phase's <see cref="ScheduleRule"/>; a phase with an end has an inclusive UNTIL on its
/// last session (a DATE for all-day events, UTC with a <c>Z</c> for timed ones, as RFC 5545 requires), a phase that
/// runs on none, so it repeats without end even past the enrolment's ten-year limit.</para>
/// <para>Each event has a SUMMARY (routine and phase), a DESCRIPTION (the exercises with their dosages, as the
/// person's plan has them: their equipment and minutes; a routine with a warm-up or a cool-down lists each section
/// under its heading, and a circuit is one line, such as <c>Circuit, 3 rounds (1 min rest after each round): Clamshell
/// (10 reps per side), Bridge (30 s hold)</c>), a DURATION (the plan's length for timed events, <c>P1D</c>
/// for all-day events, whose duration RFC 5545 counts in days), the DTSTAMP the caller passes, and optionally a
/// DISPLAY VALARM.</para>
/// <para><b>UIDs and updates.</b> An event's UID is made from the enrolment's id, the program's id, the phase and
/// which placement of the phase it is (<see cref="PlacedPhase.Occurrence"/>): it stays the same when a dosage, the
/// minutes or a phase's end change, and two enrolments never share one. <see cref="Revise"/> compares each event
/// with the last export's <see cref="CalendarRevision"/> and raises the SEQUENCE of exactly the events whose content
/// changed; pass the revision to <see cref="Write(Enrolment, DateTimeOffset, CalendarRevision?)"/> and keep it for
/// the next export. Without a revision no SEQUENCE is written, which readers take as 0.</para>
/// <para>Bytes: UTF-8, CRLF line ends, lines folded at 75 octets without splitting a character. Equal inputs give
/// identical bytes. The writer reads no clock: the timestamp is a parameter.</para>
/// <para>This type is immutable and thread-safe. Plans come from the options' <see cref="ProgramScheduler"/>, which
/// keeps them per routine, options and budget, and the writer keeps each plan's description line while the plan
/// lives, so writing the same calendar again, as a feed does, costs only the writing.</para>
/// </remarks>
public sealed class CalendarWriter
{
    /// <summary>The PRODID of every calendar the writer makes.</summary>
    public const string ProductId = "-//KneeStrength//Training program calendar//EN";

    private readonly TimeOnly? _timeOfDay;
    private readonly TimeZoneInfo? _zone;
    private readonly string? _zoneId;
    private readonly TimeSpan? _reminder;
    private readonly ProgramScheduler _scheduler;
    private readonly ConditionalWeakTable<SessionPlan, byte[]> _descriptions = [];
    private readonly ConditionalWeakTable<SessionPlan, byte[]>.CreateValueCallback _describe;

    /// <summary>Creates a writer; the options are checked and copied.</summary>
    /// <param name="options">How to write; the defaults (all-day events, no reminder) when null.</param>
    /// <exception cref="ArgumentException">
    /// An option is not valid: a time of day without a time zone or the other way round, an unknown or non-IANA time
    /// zone, or a reminder out of range or not in whole seconds. The message names the option.
    /// </exception>
    public CalendarWriter(CalendarOptions? options = null)
    {
        options ??= new CalendarOptions();
        _describe = Describe;
        _scheduler = options.ProgramScheduler ?? ProgramScheduler.Default;
        if (options.TimeOfDay is { } time)
        {
            if (time.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new ArgumentException("TimeOfDay must be in whole seconds.", "options.TimeOfDay");
            }

            if (string.IsNullOrEmpty(options.TimeZone))
            {
                throw new ArgumentException("TimeOfDay needs a TimeZone: the IANA time zone of the sessions, such as 'Europe/Berlin'.", "options.TimeZone");
            }

            (_zone, _zoneId) = FindZone(options);
            _timeOfDay = time;
        }
        else if (options.TimeZone is not null)
        {
            throw new ArgumentException("TimeZone is set without a TimeOfDay; all-day events have no time zone.", "options.TimeZone");
        }

        if (options.Reminder is { } reminder &&
            (reminder < CalendarOptions.EarliestReminder || reminder > CalendarOptions.LatestReminder || reminder.Ticks % TimeSpan.TicksPerSecond != 0))
        {
            throw new ArgumentException(
                "Reminder must be whole seconds from 7 days before (-7.00:00:00) to 1 day after (1.00:00:00) the start of a session.",
                "options.Reminder");
        }

        _reminder = options.Reminder;
    }

    /// <summary>Writes the calendar of an enrolment, with no SEQUENCE, and returns its bytes.</summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="timestamp">The instant the calendar is made, written as every event's DTSTAMP (in UTC, whole seconds).</param>
    /// <returns>The iCalendar file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    /// <exception cref="ArgumentException">A phase's routine would take longer than <see cref="SessionScheduler.MaxSessionDuration"/> (parameter <c>routine</c>).</exception>
    public byte[] Write(Enrolment enrolment, DateTimeOffset timestamp) => Write(enrolment, timestamp, null);

    /// <summary>Writes the calendar of an enrolment and returns its bytes.</summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="timestamp">The instant the calendar is made, written as every event's DTSTAMP (in UTC, whole seconds).</param>
    /// <param name="revision">The events' sequences, from <see cref="Revise"/>; null to write no SEQUENCE.</param>
    /// <returns>The iCalendar file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    /// <exception cref="ArgumentException">A phase's routine would take longer than <see cref="SessionScheduler.MaxSessionDuration"/> (parameter <c>routine</c>).</exception>
    public byte[] Write(Enrolment enrolment, DateTimeOffset timestamp, CalendarRevision? revision)
    {
        using var buffer = Render(enrolment, timestamp, revision);
        return buffer.ToArray();
    }

    /// <summary>Writes the calendar of an enrolment to a stream, at its current position.</summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="timestamp">The instant the calendar is made, written as every event's DTSTAMP (in UTC, whole seconds).</param>
    /// <param name="destination">The stream; it is written in one call once the whole calendar is made, and not closed.</param>
    /// <param name="revision">The events' sequences, from <see cref="Revise"/>; null to write no SEQUENCE.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A phase's routine would take longer than <see cref="SessionScheduler.MaxSessionDuration"/> (parameter <c>routine</c>).</exception>
    public void Write(Enrolment enrolment, DateTimeOffset timestamp, Stream destination, CalendarRevision? revision)
    {
        Preconditions.CheckNotNull(destination);
        using var buffer = Render(enrolment, timestamp, revision);
        buffer.CopyTo(destination);
    }

    /// <summary>Writes the calendar of an enrolment to a buffer writer.</summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="timestamp">The instant the calendar is made, written as every event's DTSTAMP (in UTC, whole seconds).</param>
    /// <param name="destination">The buffer writer; it is advanced once, by the calendar's length.</param>
    /// <param name="revision">The events' sequences, from <see cref="Revise"/>; null to write no SEQUENCE.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A phase's routine would take longer than <see cref="SessionScheduler.MaxSessionDuration"/> (parameter <c>routine</c>).</exception>
    public void Write(Enrolment enrolment, DateTimeOffset timestamp, IBufferWriter<byte> destination, CalendarRevision? revision)
    {
        Preconditions.CheckNotNull(destination);
        using var buffer = Render(enrolment, timestamp, revision);
        buffer.CopyTo(destination);
    }

    /// <summary>
    /// Compares an enrolment's calendar with its last export: an event whose content changed gets the next SEQUENCE,
    /// an unchanged one keeps its own, a new one starts at 0.
    /// </summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="previous">The revision the last export was written with; null or <see cref="CalendarRevision.None"/> for a first export.</param>
    /// <returns>The revision to write this export with, and to keep for the next.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    public CalendarRevision Revise(Enrolment enrolment, CalendarRevision? previous = null)
    {
        Preconditions.CheckNotNull(enrolment);
        previous ??= CalendarRevision.None;
        var events = Events(enrolment);
        var revised = new List<CalendarEventRevision>(events.Count + previous.Events.Count);
        foreach (var e in events)
        {
            ulong fingerprint = Fingerprint(e.Body);
            int sequence = previous.Find(e.Uid) is { } last ? (last.Fingerprint == fingerprint ? last.Sequence : last.Sequence + 1) : 0;
            revised.Add(new CalendarEventRevision(e.Uid, sequence, fingerprint));
        }

        foreach (var old in previous.Events)
        {
            if (revised.Count >= CalendarRevision.MaxEvents)
            {
                break;
            }

            bool kept = false;
            foreach (var e in events)
            {
                kept |= e.Uid == old.Uid;
            }

            if (!kept)
            {
                revised.Add(old);
            }
        }

        return new CalendarRevision(revised);
    }

    private static (TimeZoneInfo Zone, string Id) FindZone(CalendarOptions options)
    {
        string id = options.TimeZone!;
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"TimeZone {DisplayText.Quote(id)} is not a time zone this platform knows; use an IANA id such as 'Europe/Berlin'.", "options.TimeZone", e);
        }

        if (!zone.HasIanaId || zone.Id != id)
        {
            throw new ArgumentException($"TimeZone {DisplayText.Quote(id)} is not an IANA time zone id; use one such as 'Europe/Berlin'.", "options.TimeZone");
        }

        foreach (char c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
            {
                throw new ArgumentException($"TimeZone {DisplayText.Quote(id)} holds a character a TZID may not.", "options.TimeZone");
            }
        }

        return (zone, id);
    }

    private PooledBuffer Render(Enrolment enrolment, DateTimeOffset timestamp, CalendarRevision? revision)
    {
        Preconditions.CheckNotNull(enrolment);
        var events = Events(enrolment);
        var buffer = new PooledBuffer(1024 + (events.Count * 1024));
        try
        {
            var w = new ContentLineWriter(buffer);
            w.Line("BEGIN:VCALENDAR");
            w.Line("VERSION:2.0");
            w.Line("PRODID:" + ProductId);
            w.Line("CALSCALE:GREGORIAN");
            w.Line("METHOD:PUBLISH");
            w.TextLine("X-WR-CALNAME", enrolment.Program.Name);
            if (_zone is not null && events.Count > 0)
            {
                int lastYear = events[^1].LastSession is { } last ? last.Year : enrolment.LastDay.Year;
                TimeZoneComponent.Write(w, _zone, _zoneId!, events[0].FirstSession.Year, lastYear);
            }

            var stamp = timestamp.UtcDateTime;
            foreach (var e in events)
            {
                w.Line("BEGIN:VEVENT");
                w.Ascii("UID:");
                w.Ascii(e.Uid);
                w.End();
                w.Ascii("DTSTAMP:");
                w.DateTime(stamp);
                w.Ascii("Z");
                w.End();
                if (revision?.Find(e.Uid) is { } revised)
                {
                    w.Ascii("SEQUENCE:");
                    w.Number(revised.Sequence);
                    w.End();
                }

                w.Lines(e.Body);
                w.Line("END:VEVENT");
            }

            w.Line("END:VCALENDAR");
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    // The placed phases that have a session, each with its UID and the lines that follow UID, DTSTAMP and SEQUENCE.
    private List<PhaseEvent> Events(Enrolment enrolment)
    {
        var events = new List<PhaseEvent>(enrolment.Phases.Count);
        foreach (var placed in enrolment.Phases)
        {
            var phase = placed.Phase;
            int firstDay = placed.FirstDay.DayNumber, lastDay = placed.LastDay.DayNumber;
            int first = phase.Schedule.FirstOnOrAfter(firstDay, firstDay);
            if (first > lastDay)
            {
                continue;
            }

            DateOnly? last = placed.Ending == PhaseEnding.RunsOn ? null : DateOnly.FromDayNumber(phase.Schedule.LastOnOrBefore(firstDay, lastDay));
            var plan = _scheduler.PlanFor(enrolment, phase);
            var firstSession = DateOnly.FromDayNumber(first);
            string uid = string.Create(
                CultureInfo.InvariantCulture,
                $"{enrolment.Id}.{enrolment.Program.Id}.{phase.Name}.{placed.Occurrence}@kneestrength");
            events.Add(new PhaseEvent(uid, firstSession, last, Body(phase, firstSession, last, plan)));
        }

        return events;
    }

    // The plan's DESCRIPTION line is the same in every event of the plan, folding included, so it is written once.
    private byte[] Describe(SessionPlan plan)
    {
        using var line = new PooledBuffer(1024);
        new ContentLineWriter(line).TextLine("DESCRIPTION", Description(plan));
        return line.ToArray();
    }

    private byte[] Body(ProgramPhase phase, DateOnly firstSession, DateOnly? lastSession, SessionPlan plan)
    {
        using var buffer = new PooledBuffer(1024);
        var w = new ContentLineWriter(buffer);
        if (_timeOfDay is { } time)
        {
            w.Ascii("DTSTART;TZID=");
            w.Ascii(_zoneId);
            w.Ascii(":");
            w.DateTime(firstSession.ToDateTime(time));
            w.End();
            w.Ascii("DURATION:");
            w.Duration(plan.TotalSeconds);
            w.End();
        }
        else
        {
            w.Ascii("DTSTART;VALUE=DATE:");
            w.Date(firstSession);
            w.End();
            w.Line("DURATION:P1D");
        }

        w.Ascii("RRULE:");
        w.Ascii(phase.Schedule.ToString());
        if (lastSession is { } last)
        {
            w.Ascii(";UNTIL=");
            if (_timeOfDay is { } lastTime)
            {
                w.DateTime(TimeZoneComponent.ToUtc(_zone!, last.ToDateTime(lastTime)));
                w.Ascii("Z");
            }
            else
            {
                w.Date(last);
            }
        }

        w.End();

        string summary = Summary(phase);
        w.TextLine("SUMMARY", summary);
        w.Lines(_descriptions.TryGetValue(plan, out var description) ? description : _descriptions.GetValue(plan, _describe));
        if (_timeOfDay is null)
        {
            // An all-day session does not fill the day: show the day as free.
            w.Line("TRANSP:TRANSPARENT");
        }

        if (_reminder is { } reminder)
        {
            w.Line("BEGIN:VALARM");
            w.Line("ACTION:DISPLAY");
            w.Ascii("TRIGGER:");
            w.Duration(reminder.Ticks / TimeSpan.TicksPerSecond);
            w.End();
            w.TextLine("DESCRIPTION", summary);
            w.Line("END:VALARM");
        }

        return buffer.ToArray();
    }

    private static string Summary(ProgramPhase phase) => $"{phase.Routine.Name} ({phase.Name})";

    // The exercises as planned (in another form when the equipment calls for it, without those left out), then the
    // length. A routine of sections lists each under its heading, and a circuit as one line of its items.
    private static string Description(SessionPlan plan)
    {
        var text = new StringBuilder();
        var routine = plan.Routine;
        if (routine.IsPlainList)
        {
            foreach (var item in routine.Items)
            {
                AppendItem(text, plan, item);
            }
        }
        else
        {
            bool headings = false;
            foreach (var section in routine.Sections)
            {
                headings |= section.Kind != RoutineSectionKind.Main;
            }

            foreach (var section in routine.Sections)
            {
                int before = text.Length;
                foreach (var block in section.Blocks)
                {
                    switch (block)
                    {
                        case RoutineItem item:
                            AppendItem(text, plan, item);
                            break;
                        case Circuit circuit:
                            AppendCircuit(text, plan, circuit);
                            break;
                    }
                }

                // A section whose every exercise is left out has no heading either.
                if (headings && text.Length > before)
                {
                    text.Insert(before, SectionHeading(section.Kind) + ":\n");
                }
            }
        }

        foreach (var omission in plan.Omissions)
        {
            text.Append("Left out: ").Append(omission.ToString()).Append('\n');
        }

        text.Append("Session length: ").Append(DurationText.Format(plan.TotalDuration)).Append('.');
        return text.ToString();
    }

    private static void AppendItem(StringBuilder text, SessionPlan plan, RoutineItem item)
    {
        if (PlannedName(plan, item) is { } name)
        {
            text.Append(name).Append(": ").Append(item.Dosage.ToString()).Append('\n');
        }
    }

    // <summary>
    // A circuit on one line: <c>Circuit, 3 rounds (1 min rest after each round): Clamshell (10 reps per side), Bridge
    // (hold 30 s)</c>. The rest the pacing gives is not named; the items left out are not listed.
    // </summary>
    private static void AppendCircuit(StringBuilder text, SessionPlan plan, Circuit circuit)
    {
        int start = text.Length;
        bool any = false;
        text.Append("Circuit, ").Append(circuit.Rounds.ToString(CultureInfo.InvariantCulture)).Append(circuit.Rounds == 1 ? " round" : " rounds");
        var pauses = new List<string>(2);
        if (circuit.RestAfterRound is { } rest)
        {
            pauses.Add($"{DurationText.Format(rest)} rest after each round{(circuit.RestAfterLastRound ? ", the last too" : string.Empty)}");
        }
        else if (circuit.RestAfterLastRound)
        {
            pauses.Add("a rest after each round, the last too");
        }

        if (circuit.RestBetweenItems is { } between)
        {
            pauses.Add(between == TimeSpan.Zero ? "no pause between exercises" : $"{DurationText.Format(between)} between exercises");
        }

        if (pauses.Count > 0)
        {
            text.Append(" (").AppendJoin("; ", pauses).Append(')');
        }

        text.Append(": ");
        foreach (var item in circuit.Items)
        {
            if (PlannedName(plan, item) is { } name)
            {
                text.Append(any ? ", " : string.Empty).Append(name).Append(" (").Append(item.Dosage.ToString()).Append(')');
                any = true;
            }
        }

        if (any)
        {
            text.Append('\n');
        }
        else
        {
            text.Length = start;
        }
    }

    // The name of the form the plan does an item in, or null when the plan leaves it out.
    private static string? PlannedName(SessionPlan plan, RoutineItem item)
    {
        foreach (var omission in plan.Omissions)
        {
            if (omission.Exercise == item.Exercise)
            {
                return null;
            }
        }

        foreach (var substitution in plan.Substitutions)
        {
            if (substitution.Exercise == item.Exercise)
            {
                return substitution.Variation.Name;
            }
        }

        return item.Exercise.Name;
    }

    private static string SectionHeading(RoutineSectionKind kind) => kind switch
    {
        RoutineSectionKind.WarmUp => "Warm-up",
        RoutineSectionKind.CoolDown => "Cool-down",
        _ => "Main",
    };

    // A fingerprint of an event's content: the same on every platform and run.
    private static ulong Fingerprint(byte[] body)
    {
        var hash = new Fnv1a();
        foreach (byte b in body)
        {
            hash.Add(b);
        }

        return hash.Value;
    }

    private readonly record struct PhaseEvent(string Uid, DateOnly FirstSession, DateOnly? LastSession, byte[] Body);

    // <summary>
    // FNV-1a over bytes, with a final mix: a stable, fast fingerprint, not a cryptographic one.
    // </summary>
    private struct Fnv1a
    {
        private const ulong Prime = 1099511628211UL;

        private ulong _value;

        public Fnv1a() => _value = 14695981039346656037UL;

        public readonly ulong Value
        {
            get
            {
                ulong x = _value;
                x ^= x >> 33;
                x *= 0xFF51AFD7ED558CCDUL;
                x ^= x >> 33;
                x *= 0xC4CEB9FE1A85EC53UL;
                return x ^ (x >> 33);
            }
        }

        public void Add(byte value) => Mix(value);

        private void Mix(ulong word) => _value = (_value ^ word) * Prime;
    }
}
