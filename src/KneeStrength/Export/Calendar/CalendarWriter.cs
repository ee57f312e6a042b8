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
/// Writes a <see cref="TrainingProgram"/> as an iCalendar (RFC 5545) file that calendar apps import or subscribe to:
/// one VEVENT per phase, whose RRULE the app expands into the phase's sessions.
/// </summary>
/// <remarks>
/// <para>Each phase with at least one session is one event. DTSTART is the phase's first session (a weekly phase's
/// first weekday on or after its start, because DTSTART always counts as an occurrence); RRULE is the phase's
/// <see cref="ScheduleRule"/>; a phase with an end has an inclusive UNTIL on its last session (a DATE for all-day
/// events, UTC with a <c>Z</c> for timed ones, as RFC 5545 requires), an open phase none, so it repeats without end
/// even past the program's ten-year limit.</para>
/// <para>Each event has a SUMMARY (routine and phase), a DESCRIPTION (the exercises with their dosages, as the session
/// scheduler plans them, and the session's length), a DURATION (the session's planned length for timed events,
/// <c>P1D</c> for all-day events, whose duration RFC 5545 counts in days), a UID made from the program, the phase and
/// its first session (the same for every export of the same program and <see cref="CalendarOptions.CalendarId"/>,
/// different when either differs), the DTSTAMP the caller passes, and optionally a SEQUENCE and a DISPLAY
/// VALARM.</para>
/// <para>Bytes: UTF-8, CRLF line ends, lines folded at 75 octets without splitting a character. Equal inputs give
/// identical bytes. The writer reads no clock: the timestamp is a parameter.</para>
/// <para>This type is immutable and thread-safe. A writer plans each routine it meets once and keeps that plan while
/// the routine object lives (weakly: it keeps no routine alive), so writing the same program again, as a calendar
/// feed does, costs only the writing.</para>
/// </remarks>
public sealed class CalendarWriter
{
    /// <summary>The PRODID of every calendar the writer makes.</summary>
    public const string ProductId = "-//KneeStrength//Training program calendar//EN";

    private const int MaxCalendarIdLength = 200;

    private readonly TimeOnly? _timeOfDay;
    private readonly TimeZoneInfo? _zone;
    private readonly string? _zoneId;
    private readonly TimeSpan? _reminder;
    private readonly int? _sequence;
    private readonly SessionScheduler _scheduler;
    private readonly string _calendarId;
    private readonly ConditionalWeakTable<Routine, PlannedRoutine> _plans = [];
    private readonly ConditionalWeakTable<Routine, PlannedRoutine>.CreateValueCallback _planRoutine;

    /// <summary>Creates a writer; the options are checked and copied.</summary>
    /// <param name="options">How to write; the defaults (all-day events, no reminder) when null.</param>
    /// <exception cref="ArgumentException">
    /// An option is not valid: a time of day without a time zone or the other way round, an unknown or non-IANA time
    /// zone, a reminder out of range or not in whole seconds, a negative sequence, or a calendar id over 200
    /// characters. The message names the option.
    /// </exception>
    public CalendarWriter(CalendarOptions? options = null)
    {
        options ??= new CalendarOptions();
        _planRoutine = PlanRoutine;
        _scheduler = options.SessionScheduler ?? SessionScheduler.Default;
        _calendarId = options.CalendarId ?? string.Empty;
        if (_calendarId.Length > MaxCalendarIdLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"CalendarId must be at most {MaxCalendarIdLength} characters long; it was {_calendarId.Length}."),
                "options.CalendarId");
        }

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

        if (options.Sequence < 0)
        {
            throw new ArgumentException("Sequence must not be negative.", "options.Sequence");
        }

        _reminder = options.Reminder;
        _sequence = options.Sequence;
    }

    /// <summary>Writes the calendar of a program and returns its bytes.</summary>
    /// <param name="program">The program.</param>
    /// <param name="timestamp">The instant the calendar is made, written as every event's DTSTAMP (in UTC, whole seconds).</param>
    /// <returns>The iCalendar file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> is null.</exception>
    /// <exception cref="ArgumentException">A phase's routine would take longer than <see cref="SessionScheduler.MaxSessionDuration"/> (parameter <c>routine</c>).</exception>
    public byte[] Write(TrainingProgram program, DateTimeOffset timestamp)
    {
        using var buffer = Render(program, timestamp);
        return buffer.ToArray();
    }

    /// <summary>Writes the calendar of a program to a stream, at its current position.</summary>
    /// <param name="program">The program.</param>
    /// <param name="timestamp">The instant the calendar is made, written as every event's DTSTAMP (in UTC, whole seconds).</param>
    /// <param name="destination">The stream; it is written in one call once the whole calendar is made, and not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A phase's routine would take longer than <see cref="SessionScheduler.MaxSessionDuration"/> (parameter <c>routine</c>).</exception>
    public void Write(TrainingProgram program, DateTimeOffset timestamp, Stream destination)
    {
        Preconditions.CheckNotNull(destination);
        using var buffer = Render(program, timestamp);
        buffer.CopyTo(destination);
    }

    /// <summary>Writes the calendar of a program to a buffer writer.</summary>
    /// <param name="program">The program.</param>
    /// <param name="timestamp">The instant the calendar is made, written as every event's DTSTAMP (in UTC, whole seconds).</param>
    /// <param name="destination">The buffer writer; it is advanced once, by the calendar's length.</param>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A phase's routine would take longer than <see cref="SessionScheduler.MaxSessionDuration"/> (parameter <c>routine</c>).</exception>
    public void Write(TrainingProgram program, DateTimeOffset timestamp, IBufferWriter<byte> destination)
    {
        Preconditions.CheckNotNull(destination);
        using var buffer = Render(program, timestamp);
        buffer.CopyTo(destination);
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

    private PooledBuffer Render(TrainingProgram program, DateTimeOffset timestamp)
    {
        Preconditions.CheckNotNull(program);
        var events = new List<PhaseEvent>(program.Phases.Count);
        for (int i = 0; i < program.Phases.Count; i++)
        {
            var phase = program.Phases[i];
            int firstDay = program.FirstDayNumber(i), lastDay = program.LastDayNumber(i);
            int first = phase.Schedule.FirstOnOrAfter(firstDay, firstDay);
            if (first > lastDay)
            {
                continue;
            }

            bool isOpen = i == program.Phases.Count - 1 && phase.End.IsOpen;
            DateOnly? last = isOpen ? null : DateOnly.FromDayNumber(phase.Schedule.LastOnOrBefore(firstDay, lastDay));
            events.Add(new PhaseEvent(phase, DateOnly.FromDayNumber(first), last, Plan(phase.Routine)));
        }

        var buffer = new PooledBuffer(1024 + (events.Count * 1024));
        try
        {
            var w = new ContentLineWriter(buffer);
            w.Line("BEGIN:VCALENDAR");
            w.Line("VERSION:2.0");
            w.Line("PRODID:" + ProductId);
            w.Line("CALSCALE:GREGORIAN");
            w.Line("METHOD:PUBLISH");
            w.TextLine("X-WR-CALNAME", program.Name);
            if (_zone is not null && events.Count > 0)
            {
                int lastYear = events[^1].LastSession is { } last ? last.Year : program.LastDay.Year;
                TimeZoneComponent.Write(w, _zone, _zoneId!, events[0].FirstSession.Year, lastYear);
            }

            ulong hash = ProgramHash(program);
            var stamp = timestamp.UtcDateTime;
            foreach (var phaseEvent in events)
            {
                WriteEvent(w, program, phaseEvent, hash, stamp);
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

    // A routine is planned, and its description written, once per writer while the routine lives; the table holds
    // it weakly, so a writer that serves many programs keeps nothing of routines no longer used.
    private PlannedRoutine Plan(Routine routine) =>
        _plans.TryGetValue(routine, out var planned) ? planned : _plans.GetValue(routine, _planRoutine);

    // The DESCRIPTION line is the same in every event of the routine, folding included, so it is written once.
    private PlannedRoutine PlanRoutine(Routine routine)
    {
        var plan = _scheduler.Schedule(routine);
        using var line = new PooledBuffer(1024);
        new ContentLineWriter(line).TextLine("DESCRIPTION", Description(plan));
        return new PlannedRoutine(plan, line.ToArray());
    }

    private void WriteEvent(ContentLineWriter w, TrainingProgram program, PhaseEvent phaseEvent, ulong hash, DateTime stamp)
    {
        var phase = phaseEvent.Phase;
        var plan = phaseEvent.Routine.Plan;
        w.Line("BEGIN:VEVENT");

        w.Ascii("UID:");
        w.Text(program.Id);
        w.Ascii(".");
        w.Text(phase.Name);
        w.Ascii(".");
        w.Date(phaseEvent.FirstSession);
        w.Ascii(".");
        Span<char> hex = stackalloc char[16];
        hash.TryFormat(hex, out _, "x16", CultureInfo.InvariantCulture);
        w.Ascii(hex);
        w.Ascii("@kneestrength");
        w.End();

        w.Ascii("DTSTAMP:");
        w.DateTime(stamp);
        w.Ascii("Z");
        w.End();

        if (_sequence is { } sequence)
        {
            w.Ascii("SEQUENCE:");
            w.Number(sequence);
            w.End();
        }

        if (_timeOfDay is { } time)
        {
            w.Ascii("DTSTART;TZID=");
            w.Ascii(_zoneId);
            w.Ascii(":");
            w.DateTime(phaseEvent.FirstSession.ToDateTime(time));
            w.End();
            w.Ascii("DURATION:");
            w.Duration(plan.TotalSeconds);
            w.End();
        }
        else
        {
            w.Ascii("DTSTART;VALUE=DATE:");
            w.Date(phaseEvent.FirstSession);
            w.End();
            w.Line("DURATION:P1D");
        }

        w.Ascii("RRULE:");
        w.Ascii(phase.Schedule.ToString());
        if (phaseEvent.LastSession is { } last)
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
        w.Lines(phaseEvent.Routine.DescriptionLine);
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

        w.Line("END:VEVENT");
    }

    private static string Summary(ProgramPhase phase) => $"{phase.Routine.Name} ({phase.Name})";

    // The exercises as planned (in another form when the equipment calls for it, without those left out), then the length.
    private static string Description(SessionPlan plan)
    {
        var text = new StringBuilder();
        foreach (var item in plan.Routine.Items)
        {
            string? name = item.Exercise.Name;
            foreach (var omission in plan.Omissions)
            {
                if (omission.Exercise == item.Exercise)
                {
                    name = null;
                    break;
                }
            }

            if (name is null)
            {
                continue;
            }

            foreach (var substitution in plan.Substitutions)
            {
                if (substitution.Exercise == item.Exercise)
                {
                    name = substitution.Variation.Name;
                    break;
                }
            }

            text.Append(name).Append(": ").Append(item.Dosage.ToString()).Append('\n');
        }

        foreach (var omission in plan.Omissions)
        {
            text.Append("Left out: ").Append(omission.ToString()).Append('\n');
        }

        text.Append("Session length: ").Append(DurationText.Format(plan.TotalDuration)).Append('.');
        return text.ToString();
    }

    // A fingerprint of the program's content and the calendar id: the same on every platform and run.
    private ulong ProgramHash(TrainingProgram program)
    {
        var hash = new Fnv1a();
        hash.Add(_calendarId);
        hash.Add(program.Id);
        hash.Add(program.Name);
        hash.Add(program.Start.DayNumber);
        foreach (var phase in program.Phases)
        {
            hash.Add(phase.Name);
            hash.Add(phase.Schedule.Interval);
            hash.Add(phase.Schedule.WeekdayMask);
            hash.Add((int)phase.End.Kind);
            hash.Add(phase.End.Weeks ?? phase.End.LastDay?.DayNumber ?? 0);
            hash.Add(phase.Routine.Id);
            hash.Add(phase.Routine.Name);
            foreach (var item in phase.Routine.Items)
            {
                var dosage = item.Dosage;
                hash.Add(item.Exercise.Id);
                hash.Add((int)dosage.Kind);
                hash.Add(dosage.Amount);
                hash.Add((int)dosage.Laterality);
                hash.Add(dosage.Directions);
                hash.Add(dosage.Sets);
                hash.Add(dosage.RestBetweenSets is { } rest ? (int)rest.TotalSeconds : -1);
            }
        }

        return hash.Value;
    }

    private readonly record struct PhaseEvent(ProgramPhase Phase, DateOnly FirstSession, DateOnly? LastSession, PlannedRoutine Routine);

    private sealed record PlannedRoutine(SessionPlan Plan, byte[] DescriptionLine);

    // <summary>
    // FNV-1a over 64-bit words (four UTF-16 units at a time, assembled the same way on every platform), with a final
    // mix: a stable, fast fingerprint, not a cryptographic one.
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

        public void Add(string text)
        {
            var chars = text.AsSpan();
            while (chars.Length >= 4)
            {
                Mix(chars[0] | ((ulong)chars[1] << 16) | ((ulong)chars[2] << 32) | ((ulong)chars[3] << 48));
                chars = chars[4..];
            }

            ulong tail = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                tail |= (ulong)chars[i] << (16 * i);
            }

            // The length ends the string, so "ab" + "c" and "a" + "bc" differ.
            Mix(tail);
            Mix((ulong)text.Length);
        }

        public void Add(int number) => Mix((uint)number);

        private void Mix(ulong word) => _value = (_value ^ word) * Prime;
    }
}
