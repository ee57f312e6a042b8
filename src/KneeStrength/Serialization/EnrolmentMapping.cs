using System;
using System.Collections.Generic;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Serialization;

// <summary>
// Enrolments between the model and their documents. An enrolment travels by reference to its program (by id, the
// reader passes the program), with its equipment as ids that the program's exercises or the well-known pieces
// define. Pacing is the app's, not the person's: an enrolment with other than the default pacing is not written.
// </summary>
internal static class EnrolmentMapping
{
    internal static EnrolmentDocument ToDocument(Enrolment enrolment)
    {
        var options = enrolment.Options;
        if (options.Pacing != Pacing.Default)
        {
            throw new ArgumentException(
                "The enrolment's options have other than the default pacing, which an enrolment document does not hold: pacing belongs to the app.",
                nameof(enrolment));
        }

        var events = new List<EnrolmentEventJson>(enrolment.Events.Count);
        foreach (var e in enrolment.Events)
        {
            events.Add(new EnrolmentEventJson { Date = e.Date, Kind = e.Kind });
        }

        var equipment = new List<string>(options.Equipment.Count);
        foreach (var piece in options.Equipment)
        {
            equipment.Add(piece.Id);
        }

        return new EnrolmentDocument
        {
            FormatVersion = Diagnosis.FormatVersion,
            Id = enrolment.Id,
            ProgramId = enrolment.Program.Id,
            Start = enrolment.Start,
            Events = events.Count == 0 ? null : events,
            SessionSeconds = enrolment.SessionBudget is TimeSpan budget ? (int)budget.TotalSeconds : null,
            Equipment = options.Equipment == EquipmentSet.All ? null : equipment,
            FirstSide = options.FirstSide == Side.Left ? null : options.FirstSide,
            RangeBound = options.RangeBound == Scheduling.RangeBound.Lower ? null : options.RangeBound,
        };
    }

    internal static Enrolment ToEnrolment(EnrolmentDocument document, TrainingProgram program, ReadContext context)
    {
        RoutineMapping.CheckVersion(document.FormatVersion, context);
        if (document.ProgramId != program.Id)
        {
            throw context.Fail("programId", $"The enrolment is on program {DisplayText.Quote(document.ProgramId)}, not on '{program.Id}', the program given to read it with.");
        }

        var path = context.Path;
        var events = new List<EnrolmentEvent>();
        if (document.Events is not null)
        {
            path.Push("events");
            var list = context.NoNulls(document.Events);
            for (int i = 0; i < list.Count; i++)
            {
                path.Push(i);
                var json = list[i];
                if (json.Date < document.Start)
                {
                    throw context.Fail("date", $"The event is on {DateText.Format(json.Date)}, before the enrolment's start, {DateText.Format(document.Start)}.");
                }

                foreach (var earlier in events)
                {
                    if (earlier.Date == json.Date)
                    {
                        throw context.Fail("date", $"Two events are on {DateText.Format(json.Date)}; an enrolment holds one a day.");
                    }
                }

                events.Add(new EnrolmentEvent(json.Date, json.Kind));
                path.Pop();
            }

            path.Pop();
        }

        var equipment = EquipmentSet.All;
        if (document.Equipment is not null)
        {
            path.Push("equipment");
            var ids = context.NoNulls(document.Equipment);
            var known = Known(program);
            var pieces = new List<Equipment>(ids.Count);
            for (int i = 0; i < ids.Count; i++)
            {
                path.Push(i);
                var piece = known.GetValueOrDefault(ids[i])
                    ?? throw context.Fail($"Unknown equipment {DisplayText.Quote(ids[i])}; the program and the well-known pieces define {string.Join(", ", known.Keys)}.");
                if (pieces.Contains(piece))
                {
                    throw context.Fail($"Equipment '{piece.Id}' is listed twice.");
                }

                pieces.Add(piece);
                path.Pop();
            }

            path.Pop();
            equipment = new EquipmentSet(pieces);
        }

        TimeSpan? budget = null;
        if (document.SessionSeconds is int seconds)
        {
            if (seconds < 1 || seconds > (int)SessionScheduler.MaxTimeBudget.TotalSeconds)
            {
                throw context.Fail("sessionSeconds", "A session budget is 1 to 86400 seconds.");
            }

            budget = TimeSpan.FromSeconds(seconds);
        }

        var options = new SessionOptions(equipment: equipment, firstSide: document.FirstSide ?? Side.Left, rangeBound: document.RangeBound ?? Scheduling.RangeBound.Lower);
        return context.Model(
            () => new Enrolment(document.Id, program, document.Start, events, budget, options),
            static p => p switch { "id" => "id", "start" => "start", "events" => "events", _ => null });
    }

    // The pieces an enrolment's equipment may name: the well-known ones and those the program's exercises use.
    private static SortedDictionary<string, Equipment> Known(TrainingProgram program)
    {
        var known = new SortedDictionary<string, Equipment>(StringComparer.Ordinal);
        foreach (var piece in Equipment.WellKnown)
        {
            known[piece.Id] = piece;
        }

        foreach (var phase in program.Phases)
        {
            foreach (var item in phase.Routine.Items)
            {
                foreach (var piece in item.Exercise.Equipment)
                {
                    known.TryAdd(piece.Id, piece);
                }

                foreach (var variation in item.Exercise.Variations)
                {
                    foreach (var piece in variation.Equipment)
                    {
                        known.TryAdd(piece.Id, piece);
                    }
                }
            }
        }

        return known;
    }
}
