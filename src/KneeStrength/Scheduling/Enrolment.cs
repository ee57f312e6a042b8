using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>
/// One person on one <see cref="TrainingProgram"/>: when they started, what has happened to them (back to running,
/// a relapse), the minutes they usually have and their session options. It places the program's phases on their
/// dates, once; the program scheduler, the coach, the calendar writer and adherence all read those placements.
/// </summary>
/// <remarks>
/// <para><b>Placing.</b> The first phase starts on <see cref="Start"/>; each later phase starts the day after the
/// one before it ends. A phase that ends after weeks lasts them. A phase that ends on an event
/// (<see cref="PhaseEnd.OnEvent"/>) ends on the day of the first such event on or after its first day; with none,
/// it lasts its planned weeks, or runs on. A relapse (<see cref="EnrolmentEventKind.BackToTreatment"/>) during any
/// phase but the first ends that phase the day before and starts the first phase again on its day (a relapse on a
/// phase's first day replaces that phase). When the last phase ends, the program is over: no sessions follow. The
/// result is <see cref="Phases"/>, in date order, without gaps.</para>
/// <para><b>Ten-year limit.</b> An enrolment schedules from <see cref="Start"/> through <see cref="LastPossibleDay"/>,
/// <c>Start.AddYears(10).AddDays(-1)</c> (<see cref="DateOnly.AddYears"/> moves 29 February to 28 February). A phase
/// running past it is cut there.</para>
/// <para><b>Limits.</b> A start on or before 9989-12-31; at most 100 events, one a day, each from the start through
/// the last possible day; a session budget of 1 second to 24 hours in whole seconds.</para>
/// <para>An enrolment keeps a reference to its program, not a copy: ten thousand enrolments on one program hold one
/// program. Equality compares the id, the program (by value), the start, the events, the budget and the options.
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Enrolment : IEquatable<Enrolment>
{
    /// <summary>The most events an enrolment holds.</summary>
    public const int MaxEvents = 100;

    private static readonly DateOnly LatestStart = new(DateOnly.MaxValue.Year - TrainingProgram.MaxYears, 12, 31);

    private readonly EnrolmentEvent[] _events;
    private readonly PlacedPhase[] _phases;

    /// <summary>Creates an enrolment.</summary>
    /// <param name="id">
    /// The enrolment's stable id, unique among the app's enrolments (a profile id, a patient's plan id): a slug of
    /// lowercase letters, digits and single hyphens, at most 64 characters. Calendar event UIDs are made from it.
    /// </param>
    /// <param name="program">The program.</param>
    /// <param name="start">The first day of the first phase; on or before 9989-12-31.</param>
    /// <param name="events">What happened, in any order: at most 100, one a day, from <paramref name="start"/> through the last possible day.</param>
    /// <param name="sessionBudget">The minutes the person usually has for a session (1 second to 24 hours, whole seconds), or null for no limit.</param>
    /// <param name="options">The session options (equipment on hand, first side, pacing); <see cref="SessionOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a slug, or two events share a day or there are too many (the message names them).</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="start"/> is after 9989-12-31, an event falls outside the enrolment, or the budget is out of range.
    /// </exception>
    public Enrolment(
        string id,
        TrainingProgram program,
        DateOnly start,
        IEnumerable<EnrolmentEvent>? events = null,
        TimeSpan? sessionBudget = null,
        SessionOptions? options = null)
    {
        Id = Preconditions.CheckSlug(id);
        Program = Preconditions.CheckNotNull(program);
        if (start > LatestStart)
        {
            throw new ArgumentOutOfRangeException(
                nameof(start), start, $"An enrolment must start on or before {DateText.Format(LatestStart)}, so that its {TrainingProgram.MaxYears} years fit in the calendar.");
        }

        Start = start;
        LastPossibleDay = start.AddYears(TrainingProgram.MaxYears).AddDays(-1);
        _events = CheckEvents(events, start, LastPossibleDay);
        Events = _events.Length == 0 ? [] : new ReadOnlyCollection<EnrolmentEvent>(_events);
        if (sessionBudget is TimeSpan budget &&
            (budget < TimeSpan.FromSeconds(1) || budget > SessionScheduler.MaxTimeBudget || budget.Ticks % TimeSpan.TicksPerSecond != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(sessionBudget), budget, "A session budget is 1 second to 24 hours, in whole seconds.");
        }

        SessionBudget = sessionBudget;
        Options = options ?? SessionOptions.Default;
        _phases = Place(program, start.DayNumber, LastPossibleDay.DayNumber, _events);
        Phases = new ReadOnlyCollection<PlacedPhase>(_phases);
    }

    /// <summary>Gets the enrolment's stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the program.</summary>
    public TrainingProgram Program { get; }

    /// <summary>Gets the first day of the first phase.</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the events, in date order.</summary>
    public IReadOnlyList<EnrolmentEvent> Events { get; }

    /// <summary>Gets the minutes the person usually has for a session, or <see langword="null"/> for no limit.</summary>
    public TimeSpan? SessionBudget { get; }

    /// <summary>Gets the session options: equipment on hand, first side, pacing.</summary>
    public SessionOptions Options { get; }

    /// <summary>Gets the phases placed on dates, in date order, without gaps, from <see cref="Start"/>.</summary>
    public IReadOnlyList<PlacedPhase> Phases { get; }

    /// <summary>Gets the last day the enrolment can schedule: <c>Start.AddYears(10).AddDays(-1)</c>.</summary>
    public DateOnly LastPossibleDay { get; }

    /// <summary>Gets the last day of the last placed phase: the day the program is over, or <see cref="LastPossibleDay"/>.</summary>
    public DateOnly LastDay => _phases[^1].LastDay;

    /// <summary>Returns the placed phase a day falls in, or <see langword="null"/> before the start or after <see cref="LastDay"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The placed phase, or null.</returns>
    public PlacedPhase? PhaseOn(DateOnly date)
    {
        int i = IndexOn(date.DayNumber);
        return i >= 0 ? _phases[i] : null;
    }

    /// <summary>Returns this enrolment with an event added, or replacing the event of its day.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The changed enrolment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The event falls outside the enrolment.</exception>
    /// <exception cref="ArgumentException">The enrolment already holds 100 events.</exception>
    public Enrolment WithEvent(EnrolmentEvent @event)
    {
        var events = new List<EnrolmentEvent>(_events.Length + 1);
        foreach (var e in _events)
        {
            if (e.Date != @event.Date)
            {
                events.Add(e);
            }
        }

        events.Add(@event);
        return new Enrolment(Id, Program, Start, events, SessionBudget, Options);
    }

    /// <summary>Returns this enrolment with other events.</summary>
    /// <param name="events">The events, as for the constructor.</param>
    /// <returns>The changed enrolment.</returns>
    public Enrolment WithEvents(IEnumerable<EnrolmentEvent> events) => new(Id, Program, Start, events, SessionBudget, Options);

    /// <summary>Returns this enrolment with another session budget and options.</summary>
    /// <param name="sessionBudget">The budget, as for the constructor.</param>
    /// <param name="options">The options, as for the constructor.</param>
    /// <returns>The changed enrolment.</returns>
    public Enrolment WithSessions(TimeSpan? sessionBudget, SessionOptions? options) => new(Id, Program, Start, _events, sessionBudget, options);

    // <summary>Gets the placed phases' array, for enumerations that must not allocate.</summary>
    internal PlacedPhase[] Placed => _phases;

    // <summary>Finds the index of the placed phase holding a day number, or -1.</summary>
    internal int IndexOn(int day)
    {
        if (day < _phases[0].FirstDayNumber)
        {
            return -1;
        }

        for (int i = 0; i < _phases.Length; i++)
        {
            if (day <= _phases[i].LastDayNumber)
            {
                return i;
            }
        }

        return -1;
    }

    private static EnrolmentEvent[] CheckEvents(IEnumerable<EnrolmentEvent>? events, DateOnly start, DateOnly lastPossibleDay)
    {
        if (events is null)
        {
            return [];
        }

        var list = new List<EnrolmentEvent>(events);
        Preconditions.CheckArgument(
            list.Count <= MaxEvents,
            nameof(events),
            string.Create(CultureInfo.InvariantCulture, $"An enrolment holds at most {MaxEvents} events; there were {list.Count}."));
        var array = list.ToArray();
        Array.Sort(array, static (a, b) => a.Date.CompareTo(b.Date));
        for (int i = 0; i < array.Length; i++)
        {
            var e = array[i];
            ModelChecks.CheckEnum(e.Kind, nameof(events));
            if (e.Date < start || e.Date > lastPossibleDay)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(events),
                    e.Date,
                    $"The event '{e}' falls outside the enrolment, which runs from {DateText.Format(start)} to {DateText.Format(lastPossibleDay)}.");
            }

            if (i > 0 && array[i - 1].Date == e.Date)
            {
                throw new ArgumentException($"Two events are on {DateText.Format(e.Date)}; an enrolment holds one a day.", nameof(events));
            }
        }

        return array;
    }

    private static PlacedPhase[] Place(TrainingProgram program, int start, int limit, EnrolmentEvent[] events)
    {
        var phases = program.Phases;
        var placed = new List<PlacedPhase>(phases.Count);
        Span<int> occurrences = stackalloc int[TrainingProgram.MaxPhases];
        int index = 0, first = start;
        while (true)
        {
            var phase = phases[index];
            var end = phase.End;
            int last = limit;
            var ending = PhaseEnding.RunsOn;
            EnrolmentEvent? endedBy = null;
            if (end.Kind == PhaseEndKind.OnEvent && Find(events, first, EnrolmentEventKind.BackToRunning) is EnrolmentEvent back)
            {
                last = back.Date.DayNumber;
                ending = PhaseEnding.Event;
                endedBy = back;
            }
            else if (end.BoundingWeeks > 0)
            {
                last = (int)Math.Min(limit, first + (7L * end.BoundingWeeks) - 1);
                ending = end.Kind == PhaseEndKind.AfterWeeks ? PhaseEnding.Weeks : PhaseEnding.Planned;
            }

            // A relapse in a later phase ends it the day before; on its first day it replaces it.
            int relapse = -1;
            if (index > 0 && Find(events, first, EnrolmentEventKind.BackToTreatment) is EnrolmentEvent r && r.Date.DayNumber <= last)
            {
                relapse = r.Date.DayNumber;
                last = relapse - 1;
                ending = PhaseEnding.Relapse;
                endedBy = r;
            }

            if (last >= first)
            {
                placed.Add(new PlacedPhase(phase, index, occurrences[index]++, first, last, ending, endedBy));
            }

            if (relapse >= 0)
            {
                index = 0;
                first = relapse;
                continue;
            }

            if (last >= limit || index == phases.Count - 1)
            {
                break;
            }

            index++;
            first = last + 1;
        }

        return [.. placed];
    }

    private static EnrolmentEvent? Find(EnrolmentEvent[] events, int from, EnrolmentEventKind kind)
    {
        foreach (var e in events)
        {
            if (e.Kind == kind && e.Date.DayNumber >= from)
            {
                return e;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Enrolment? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Start == other.Start && SessionBudget == other.SessionBudget &&
             _events.AsSpan().SequenceEqual(other._events) && Options == other.Options && Program == other.Program));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Enrolment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Program.Id, Start, _events.Length, SessionBudget);

    /// <summary>Returns the id, program and start, such as <c>ann on runners-knee from 2026-03-02</c>.</summary>
    public override string ToString() => $"{Id} on {Program.Id} from {DateText.Format(Start)}";

    /// <summary>Compares two enrolments for equality.</summary>
    public static bool operator ==(Enrolment? left, Enrolment? right) => Equals(left, right);

    /// <summary>Compares two enrolments for inequality.</summary>
    public static bool operator !=(Enrolment? left, Enrolment? right) => !Equals(left, right);
}
