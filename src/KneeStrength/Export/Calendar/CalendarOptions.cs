using System;
using KneeStrength.Scheduling;

namespace KneeStrength.Export.Calendar;

/// <summary>How <see cref="CalendarWriter"/> writes a training program as an iCalendar file.</summary>
/// <remarks>
/// Plain settable properties with documented defaults. A <see cref="CalendarWriter"/> checks and copies them when it
/// is made, so later changes to this object do not reach it. The defaults write all-day events with no reminder.
/// </remarks>
public sealed class CalendarOptions
{
    /// <summary>The earliest reminder: seven days before the event starts.</summary>
    public static readonly TimeSpan EarliestReminder = TimeSpan.FromDays(-7);

    /// <summary>The latest reminder: one day after the event starts (an all-day event starts at midnight).</summary>
    public static readonly TimeSpan LatestReminder = TimeSpan.FromDays(1);

    /// <summary>
    /// Gets or sets the time of day sessions start, in <see cref="TimeZone"/>; <see langword="null"/> (the default)
    /// writes all-day events, which have no time-zone trouble in any calendar app. Whole seconds.
    /// </summary>
    public TimeOnly? TimeOfDay { get; set; }

    /// <summary>
    /// Gets or sets the IANA time zone of <see cref="TimeOfDay"/>, such as <c>Europe/Berlin</c>; required with it and
    /// not allowed without it. The calendar carries a VTIMEZONE for it, derived from the platform's time-zone rules.
    /// </summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// Gets or sets when a reminder fires, relative to the start of each session: <c>-15 min</c> is a quarter of an
    /// hour before a timed session, <c>8 h</c> is 08:00 on the day of an all-day one. <see langword="null"/> (the
    /// default) writes no reminder. Whole seconds from <see cref="EarliestReminder"/> to <see cref="LatestReminder"/>.
    /// Google Calendar and Outlook ignore reminders in imported files; Apple Calendar keeps them.
    /// </summary>
    public TimeSpan? Reminder { get; set; }

    /// <summary>
    /// Gets or sets the program scheduler whose plans give each event's duration and exercise list (the enrolment's
    /// equipment, pacing, first side and minutes); <see cref="ProgramScheduler.Default"/> when <see langword="null"/>.
    /// </summary>
    public ProgramScheduler? ProgramScheduler { get; set; }
}
