using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Serialization;

// <summary>Training programs and lists of scheduled sessions between the model and their documents.</summary>
// <remarks>
// A program travels by value with the routines its phases do (each defined once, phases name them by id), and the
// exercises those routines use that the reader's catalog lacks. A list of sessions travels by reference: each names
// its phase, and reading resolves it against the program.
// </remarks>
internal static class ProgramMapping
{
    internal static ProgramDocument ToDocument(TrainingProgram program, ExerciseCatalog catalog)
    {
        var definitions = new RoutineMapping.Definitions(catalog, nameof(program));
        var routines = new List<RoutineJson>();
        var byId = new Dictionary<string, Routine>(StringComparer.Ordinal);
        foreach (var phase in program.Phases)
        {
            var routine = phase.Routine;
            if (byId.TryAdd(routine.Id, routine))
            {
                var (items, sections) = definitions.Body(routine);
                routines.Add(new RoutineJson { Id = routine.Id, Name = routine.Name, Items = items, Sections = sections });
            }
            else if (byId[routine.Id] != routine)
            {
                throw new ArgumentException(
                    $"The program uses two different routines with the id '{routine.Id}'; a document names routines by id, so it cannot hold both.",
                    nameof(program));
            }
        }

        return new ProgramDocument
        {
            FormatVersion = Diagnosis.FormatVersion,
            Id = program.Id,
            Name = program.Name,
            Equipment = definitions.Equipment(),
            Exercises = definitions.Exercises(),
            Routines = routines,
            Phases = program.Phases.Select(phase => new PhaseJson
            {
                Name = phase.Name,
                Routine = phase.Routine.Id,
                Schedule = phase.Schedule.Frequency == ScheduleFrequency.Daily
                    ? new ScheduleJson { Frequency = ScheduleFrequency.Daily, Interval = phase.Schedule.Interval }
                    : new ScheduleJson { Frequency = ScheduleFrequency.Weekly, Weekdays = phase.Schedule.Weekdays },
                End = new PhaseEndJson { Kind = phase.End.Kind, Weeks = phase.End.Weeks, Event = phase.End.Event, PlannedWeeks = phase.End.PlannedWeeks },
            }).ToArray(),
        };
    }

    internal static ScheduledSessionsDocument ToDocument(IEnumerable<ScheduledSession> sessions)
    {
        var list = new List<ScheduledSessionJson>();
        foreach (var session in sessions)
        {
            if (session == default)
            {
                throw new ArgumentException($"Element {list.Count} is default(ScheduledSession), which is no session.", nameof(sessions));
            }

            list.Add(new ScheduledSessionJson
            {
                Date = session.Date,
                Phase = session.PhaseName,
                RoutineId = session.Routine.Id,
                EstimatedSeconds = Seconds.Of(session.EstimatedDuration),
            });
        }

        return new ScheduledSessionsDocument { FormatVersion = Diagnosis.FormatVersion, Sessions = list };
    }

    internal static TrainingProgram ToProgram(ProgramDocument document, ExerciseCatalog catalog, ReadContext context)
    {
        RoutineMapping.CheckVersion(document.FormatVersion, context);
        var inline = RoutineMapping.ReadDefinitions(document.Equipment, document.Exercises, context);
        var path = context.Path;
        path.Push("routines");
        var routines = new Dictionary<string, Routine>(StringComparer.Ordinal);
        var routineList = context.NoNulls(document.Routines);
        for (int i = 0; i < routineList.Count; i++)
        {
            path.Push(i);
            var json = routineList[i];
            var routine = RoutineMapping.ToRoutine(json.Id, json.Name, json.Items, json.Sections, inline, catalog, context);
            if (!routines.TryAdd(routine.Id, routine))
            {
                throw context.Fail("id", $"Routine '{routine.Id}' is defined twice.");
            }

            path.Pop();
        }

        path.Pop();
        path.Push("phases");
        var phaseList = context.NoNulls(document.Phases);
        var phases = new ProgramPhase[phaseList.Count];
        for (int i = 0; i < phases.Length; i++)
        {
            path.Push(i);
            var json = phaseList[i];
            var routine = routines.GetValueOrDefault(json.Routine)
                ?? throw context.Fail("routine", $"Unknown routine {DisplayText.Quote(json.Routine)}; the document defines {(routines.Count == 0 ? "none" : string.Join(", ", routines.Keys))}.");
            path.Push("schedule");
            var schedule = ToRule(json.Schedule, context);
            path.Pop();
            path.Push("end");
            var end = ToEnd(json.End, context);
            path.Pop();
            phases[i] = context.Model(() => new ProgramPhase(json.Name, routine, schedule, end), static p => p == "name" ? p : null);
            path.Pop();
        }

        path.Pop();
        return context.Model(() => new TrainingProgram(document.Id, document.Name, phases), static p => p);
    }

    internal static IReadOnlyList<ScheduledSession> ToSessions(ScheduledSessionsDocument document, TrainingProgram program, ReadContext context)
    {
        RoutineMapping.CheckVersion(document.FormatVersion, context);
        var path = context.Path;
        path.Push("sessions");
        var list = context.NoNulls(document.Sessions);
        var sessions = new ScheduledSession[list.Count];
        for (int i = 0; i < sessions.Length; i++)
        {
            path.Push(i);
            var json = list[i];
            var phase = Phase(program, json.Phase)
                ?? throw context.Fail("phase", $"Program '{program.Id}' has no phase {DisplayText.Quote(json.Phase)}; its phases are {string.Join(", ", program.Phases.Select(p => p.Name))}.");
            if (json.RoutineId != phase.Routine.Id)
            {
                throw context.Fail("routineId", $"Phase '{phase.Name}' does routine '{phase.Routine.Id}', not {DisplayText.Quote(json.RoutineId)}.");
            }

            if (!Seconds.TryToTimeSpan(json.EstimatedSeconds, out var duration) || duration < TimeSpan.Zero)
            {
                throw context.Fail("estimatedSeconds", "An estimated duration is 0 or more seconds, with at most 7 decimals.");
            }

            sessions[i] = new ScheduledSession(json.Date, phase, duration);
            path.Pop();
        }

        path.Pop();
        return new ReadOnlyCollection<ScheduledSession>(sessions);
    }

    private static ProgramPhase? Phase(TrainingProgram program, string name)
    {
        foreach (var phase in program.Phases)
        {
            if (phase.Name == name)
            {
                return phase;
            }
        }

        return null;
    }

    private static ScheduleRule ToRule(ScheduleJson json, ReadContext context)
    {
        if (json.Frequency == ScheduleFrequency.Daily)
        {
            if (json.Weekdays is not null)
            {
                throw context.Fail("weekdays", "A daily schedule has no weekdays; a schedule on weekdays is 'weekly'.");
            }

            if (json.TimesAWeek is not null)
            {
                throw context.Fail("timesAWeek", "A daily schedule has no count a week; a schedule of N times a week is 'weekly'.");
            }

            int interval = json.Interval ?? 1;
            return context.Model(() => ScheduleRule.EveryNDays(interval), static p => p == "days" ? "interval" : null);
        }

        if (json.Interval is not (null or 1))
        {
            throw context.Fail("interval", "A weekly schedule repeats every week: its interval is 1 or left out.");
        }

        if (json.TimesAWeek is int times)
        {
            if (times < 1 || times > 7)
            {
                throw context.Fail("timesAWeek", $"A weekly schedule has 1 to 7 sessions a week; it was {times}.");
            }

            if (json.Weekdays is null)
            {
                return ScheduleRule.TimesAWeek(times);
            }

            if (json.Weekdays.Count != times)
            {
                throw context.Fail("timesAWeek", $"'timesAWeek' is {times}, but 'weekdays' names {json.Weekdays.Count}; give the weekdays, the count, or both in agreement.");
            }
        }

        var weekdays = json.Weekdays ?? throw context.Fail("A weekly schedule needs 'weekdays' or 'timesAWeek'.");
        var weekdayArray = weekdays.ToArray();
        return context.Model(() => ScheduleRule.Weekly(weekdayArray), static p => p == "days" ? "weekdays" : null);
    }

    private static PhaseEnd ToEnd(PhaseEndJson json, ReadContext context)
    {
        switch (json.Kind)
        {
            case PhaseEndKind.AfterWeeks:
                NotGiven(json.Event is not null, "event", "An end after weeks gives 'weeks', not 'event'.", context);
                NotGiven(json.PlannedWeeks is not null, "plannedWeeks", "An end after weeks gives 'weeks', not 'plannedWeeks'.", context);
                int weeks = json.Weeks ?? throw context.Fail("An end after weeks needs 'weeks'.");
                return context.Model(() => PhaseEnd.AfterWeeks(weeks), static p => p == "weeks" ? p : null);
            case PhaseEndKind.OnEvent:
                NotGiven(json.Weeks is not null, "weeks", "An end on an event gives 'event' and maybe 'plannedWeeks', not 'weeks'.", context);
                var kind = json.Event ?? throw context.Fail("An end on an event needs 'event'.");
                int? planned = json.PlannedWeeks;
                return context.Model(() => PhaseEnd.OnEvent(kind, planned), static p => p switch { "event" => p, "plannedWeeks" => p, _ => null });
            default:
                NotGiven(json.Weeks is not null, "weeks", "An open end gives no 'weeks'.", context);
                NotGiven(json.Event is not null, "event", "An open end gives no 'event'.", context);
                NotGiven(json.PlannedWeeks is not null, "plannedWeeks", "An open end gives no 'plannedWeeks'.", context);
                return PhaseEnd.Open;
        }
    }

    private static void NotGiven(bool given, string member, string problem, ReadContext context)
    {
        if (given)
        {
            throw context.Fail(member, problem);
        }
    }
}
