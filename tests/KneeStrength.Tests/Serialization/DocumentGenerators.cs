using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests.Serialization;

/// <summary>
/// CsCheck generators of valid model values for the JSON tests. Unlike the shared <see cref="ModelGenerators"/>, they
/// use the model's full ranges, text that JSON must escape (quotes, control characters, non-ASCII, surrogate pairs),
/// custom equipment, exercises with unique ids (a document names them by id), and catalogs that hold some exercises
/// as they are and others changed under the same id.
/// </summary>
internal static class DocumentGenerators
{
    /// <summary>
    /// Display text with the characters JSON must escape, non-ASCII letters, a combining accent, a character outside
    /// the BMP, and white space and invisible format characters that a display text may hold beside visible ones (it
    /// may hold no control characters; see <c>DisplayText</c>).
    /// </summary>
    private static readonly Gen<string> Piece = Gen.OneOf<string>(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ABC0123456789"], 1, 8],
        Gen.OneOf("\"", "\\", "/", "'", "<b>", "&", "é", "ß", "日本", "😀", "e\u0301", "\u00A0", "\u200B", "\u3000", " ", ";", ","));

    internal static readonly Gen<string> Slug =
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 8].Array[1, 3].Select(words => string.Join('-', words));

    internal static Gen<string> Text(int maxPieces) =>
        Piece.Array[0, maxPieces].Select(pieces => "x" + string.Concat(pieces));

    internal static readonly Gen<Equipment> CustomEquipment =
        Gen.Select(Slug, Text(6), (id, name) => new Equipment("my-" + id, name));

    internal static readonly Gen<Equipment> AnyEquipment = Gen.Frequency<Equipment>(
        (3, Gen.OneOf(Equipment.WellKnown.ToArray())),
        (1, CustomEquipment));

    internal static readonly Gen<IReadOnlyList<Equipment>> EquipmentList =
        AnyEquipment.Array[0, 3].Select(list => (IReadOnlyList<Equipment>)list.DistinctBy(e => e.Id).ToArray());

    internal static readonly Gen<ExerciseVariation> Variation = Gen.Select(
        Slug, Text(5), EquipmentList, Text(10), Gen.Enum<BodyPosition>().Nullable(0.5), Text(8).Array[0, 3],
        (id, name, equipment, reason, position, cues) => new ExerciseVariation(id, name, equipment, reason, position, cues));

    internal static readonly Gen<Exercise> Exercise = Gen.Select(
        Gen.Select(Slug, Text(5), Gen.Enum<ExerciseCategory>(), Gen.Enum<BodyPosition>(), Gen.Bool, Gen.Int[100, 60_000].Nullable(0.2)),
        Text(10).Array[1, 4],
        EquipmentList,
        Variation.Array[0, 3],
        Slug.Array[0, 4],
        (head, cues, equipment, variations, directions) => new Exercise(
            head.Item1,
            head.Item2,
            head.Item3,
            head.Item4,
            head.Item5,
            head.Item6 is int tempo ? TimeSpan.FromMilliseconds(tempo) : null,
            cues,
            equipment,
            variations.DistinctBy(v => v.Id),
            directions.Distinct()));

    /// <summary>Exercises with distinct ids, and no two different pieces of equipment sharing an id.</summary>
    internal static readonly Gen<Exercise[]> Exercises = Exercise.Array[1, 6].Select(list => Consistent(list.DistinctBy(e => e.Id)).ToArray());

    internal static readonly Gen<ExerciseCatalog> Catalog = Exercises.Select(list => new ExerciseCatalog(list));

    /// <summary>
    /// Dosages for an exercise over the model's ranges, as far as a routine of up to eight items stays within the
    /// 24-hour session the scheduler plans: an item's work takes at most two hours at the exercise's tempo, so
    /// 1,000 repetitions come up for quick exercises and 600-second holds for exercises with few directions; a hold
    /// on each repetition is at most 5 s.
    /// </summary>
    internal static Gen<Dosage> DosageFor(Exercise exercise)
    {
        const int MaxSets = 4, MaxWorkSeconds = 2 * 60 * 60, MaxHoldEach = 5;
        int performances = MaxSets * (exercise.IsPerSide ? 2 : 1) * Math.Max(1, exercise.Directions.Count);
        double perRep = (exercise.Tempo?.TotalSeconds ?? 1) + MaxHoldEach;
        int maxReps = (int)Math.Clamp(MaxWorkSeconds / (perRep * performances), 1, Dosage.MaxRepetitions);
        int maxHold = Math.Clamp(MaxWorkSeconds / performances, 1, Dosage.MaxHoldSeconds);
        return ModelGenerators.DosageFor(exercise, maxReps, maxHold, MaxSets, Dosage.MaxRestSeconds, MaxHoldEach);
    }

    private static readonly Gen<ScheduleRule> Schedule = Gen.Frequency<ScheduleRule>(
        (2, Gen.Int[1, ScheduleRule.MaxIntervalDays].Select(ScheduleRule.EveryNDays)),
        (1, Gen.Bool.Array[7].Where(days => days.Any(d => d)).Select(days => ScheduleRule.Weekly([.. Enumerable.Range(0, 7).Where(d => days[d]).Select(d => (DayOfWeek)d)]))));

    /// <summary>A routine over generated exercises and the built-in ones, and the catalog a reader has.</summary>
    /// <remarks>
    /// The catalog holds some of the routine's exercises as they are, some changed under the same id (so the
    /// document must define them), and leaves others out.
    /// </remarks>
    internal static readonly Gen<(Routine Routine, ExerciseCatalog Catalog)> RoutineWithCatalog =
        Exercises.SelectMany(own =>
        {
            var pool = Pool(own);
            return Gen.Select(RoutineOver(pool, Slug), CatalogOf(pool), (routine, catalog) => (routine, catalog));
        });

    /// <summary>A program over one to three generated routines, with the catalog a reader has.</summary>
    internal static readonly Gen<(TrainingProgram Program, ExerciseCatalog Catalog)> ProgramWithCatalog =
        Exercises.SelectMany(own =>
        {
            var pool = Pool(own);
            var routines = RoutineOver(pool, Slug).Array[1, 3].Select(list => list.Select((r, i) => new Routine($"{r.Id}-r{i}", r.Name, r.Items)).ToArray());
            var phase = Gen.Select(Gen.Int[0, 2], Schedule, Gen.Int[0, 3], Gen.Int[1, 30]);
            return Gen.Select(Slug, Text(5), routines, phase.Array[1, 4], CatalogOf(pool), (id, name, routineList, phaseList, catalog) =>
            {
                var phases = new List<ProgramPhase>();
                for (int i = 0; i < phaseList.Length; i++)
                {
                    var (routine, schedule, endKind, weeks) = phaseList[i];
                    bool last = i == phaseList.Length - 1;
                    var end = (endKind, last) switch
                    {
                        (0, true) => PhaseEnd.Open,
                        (0 or 1, _) => PhaseEnd.AfterWeeks(weeks),
                        (2, _) => PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, weeks),
                        _ => PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning),
                    };
                    phases.Add(new ProgramPhase($"phase-{i}", routineList[routine % routineList.Length], schedule, end));
                }

                return (new TrainingProgram(id, name, phases), catalog);
            });
        });

    /// <summary>Events for an enrolment from <paramref name="start"/>: up to six, a day apart at least, in the first two years.</summary>
    internal static Gen<EnrolmentEvent[]> EventsFrom(DateOnly start) =>
        Gen.Select(Gen.Int[0, 120], Gen.Bool).Array[0, 6].Select(steps =>
        {
            var events = new List<EnrolmentEvent>();
            int day = start.DayNumber;
            foreach (var (gap, running) in steps)
            {
                day += gap;
                events.Add(new EnrolmentEvent(DateOnly.FromDayNumber(day), running ? EnrolmentEventKind.BackToRunning : EnrolmentEventKind.BackToTreatment));
                day++;
            }

            return events.ToArray();
        });

    /// <summary>Session options a person may have: some equipment, a first side, a range bound.</summary>
    internal static readonly Gen<SessionOptions> Options = Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Bool, (equipment, right, upper) =>
        new SessionOptions(
            equipment: equipment switch
            {
                0 => EquipmentSet.All,
                1 => EquipmentSet.None,
                2 => new EquipmentSet([Equipment.LoopBand, Equipment.Wall]),
                _ => new EquipmentSet([Equipment.Step]),
            },
            firstSide: right ? Side.Right : Side.Left,
            rangeBound: upper ? RangeBound.Upper : RangeBound.Lower));

    /// <summary>An enrolment of a generated program: a start, events, maybe a budget and other options.</summary>
    internal static readonly Gen<(Enrolment Enrolment, ExerciseCatalog Catalog)> EnrolmentWithCatalog =
        Gen.Select(ProgramWithCatalog, Gen.Int[730_119, 766_644], Slug, (pc, startDay, id) => (pc, start: DateOnly.FromDayNumber(startDay), id))
            .SelectMany(x => Gen.Select(EventsFrom(x.start), Gen.Int[0, 3600], Options, (events, budget, options) =>
                (new Enrolment(x.id, x.pc.Program, x.start, events, budget < 60 ? null : TimeSpan.FromSeconds(budget), options), x.pc.Catalog)));

    /// <summary>An enrolment and some of its sessions, from a range of days around its start.</summary>
    internal static readonly Gen<(Enrolment Enrolment, List<ScheduledSession> Sessions)> EnrolmentWithSessions =
        Gen.Select(EnrolmentWithCatalog, Gen.Int[-30, 400], Gen.Int[1, 120], (ec, offset, days) =>
        {
            var enrolment = ec.Enrolment;
            var from = enrolment.Start.AddDays(offset);
            var to = DateOnly.FromDayNumber(Math.Min(from.DayNumber + days, enrolment.LastPossibleDay.DayNumber + 1));
            return (enrolment, ProgramScheduler.Default.GetSessions(enrolment, from, to).ToList());
        });

    /// <summary>Generated exercises and the built-in ones whose ids they do not take.</summary>
    private static Exercise[] Pool(Exercise[] own) =>
        [.. own, .. RunnersKnee.Catalog.Exercises.Where(b => own.All(o => o.Id != b.Id))];

    private static Gen<Routine> RoutineOver(Exercise[] pool, Gen<string> id)
    {
        var item = Gen.Int[0, pool.Length - 1].SelectMany(i => DosageFor(pool[i]).Select(d => new RoutineItem(pool[i], d)));
        return Gen.Select(id, Text(5), item.Array[1, 8], Gen.Int[0, 2], (routineId, name, items, shape) =>
            shape == 0 || items.Length < 4 ? new Routine(routineId, name, items) : new Routine(routineId, name, Sectioned(items, circuitRounds: shape + 1)));
    }

    // <summary>A warm-up of the first item, a circuit of the next two (one set each) and the rest as they are, and a cool-down of the last.</summary>
    private static RoutineSection[] Sectioned(RoutineItem[] items, int circuitRounds)
    {
        static RoutineItem OneSet(RoutineItem item) => new(item.Exercise, item.Dosage.WithSets(1));
        var main = new List<RoutineBlock> { new Circuit(circuitRounds, [OneSet(items[1]), OneSet(items[2])], TimeSpan.FromSeconds(30)) };
        main.AddRange(items[3..^1]);
        return
        [
            new RoutineSection(RoutineSectionKind.WarmUp, [items[0]]),
            new RoutineSection(RoutineSectionKind.Main, main),
            new RoutineSection(RoutineSectionKind.CoolDown, [items[^1]]),
        ];
    }

    /// <summary>A catalog with some exercises of the pool as they are, some changed under the same id, and the rest left out.</summary>
    private static Gen<ExerciseCatalog> CatalogOf(Exercise[] pool) =>
        Gen.Int[0, 2].Array[pool.Length].Select(choices =>
        {
            var catalog = new List<Exercise>();
            for (int i = 0; i < pool.Length; i++)
            {
                var e = pool[i];
                if (choices[i] == 1)
                {
                    catalog.Add(e);
                }
                else if (choices[i] == 2)
                {
                    catalog.Add(new Exercise(e.Id, "Other " + e.Id, e.Category, e.Position, e.IsPerSide, e.Tempo, ["Another cue."]));
                }
            }

            return new ExerciseCatalog(catalog);
        });

    internal static readonly Gen<Pacing> Pacing = Gen.Select(
        Gen.Int[0, 30].Array[7],
        Gen.Int[100, 5000].Nullable(),
        Gen.Int[0, 20],
        Gen.Int[0, 20],
        Gen.Int[10, 100],
        (pauses, tempo, minimumRest, minimumTransition, minimumDose) => new Pacing(
            leadIn: TimeSpan.FromSeconds(pauses[0]),
            switchSideStanding: TimeSpan.FromSeconds(pauses[1]),
            switchSideLying: TimeSpan.FromSeconds(pauses[2]),
            changeDirection: TimeSpan.FromSeconds(pauses[3]),
            restBetweenSets: TimeSpan.FromSeconds(pauses[4]),
            transition: TimeSpan.FromSeconds(pauses[5]),
            setup: TimeSpan.FromSeconds(pauses[6]),
            tempo: tempo is int ms ? TimeSpan.FromMilliseconds(ms) : null,
            minimumRest: TimeSpan.FromSeconds(minimumRest),
            minimumTransition: TimeSpan.FromSeconds(minimumTransition),
            minimumDosePercent: minimumDose));

    /// <summary>A plan of a generated routine: random pacing, equipment on hand and first side, with or without a time budget.</summary>
    internal static readonly Gen<SessionPlan> Plan =
        Gen.Select(RoutineWithCatalog, Pacing, ModelGenerators.EquipmentSubset, Gen.Enum<Side>(), Gen.Int[0, 100].Nullable(), Gen.Int[0, 9_999_999])
            .Select((rc, pacing, wellKnown, side, budgetPercent, ticks) =>
            {
                var onHand = wellKnown
                    .Concat(rc.Routine.Items.SelectMany(i => i.Exercise.Equipment).Where(e => e.Id.StartsWith("my-", StringComparison.Ordinal)).Take(1));
                var equipment = new EquipmentSet(onHand.DistinctBy(e => e.Id));
                var scheduler = new SessionScheduler(new SessionOptions(pacing, equipment, side));
                if (!FitsInADay(scheduler, rc.Routine))
                {
                    // A slow tempo for every exercise can take a long routine past the 24-hour session: pace it as written.
                    scheduler = new SessionScheduler(new SessionOptions(KneeStrength.Scheduling.Pacing.Default, equipment, side));
                }

                var full = scheduler.Schedule(rc.Routine);
                var minimum = scheduler.MinimumDuration(rc.Routine);
                if (budgetPercent is not int percent || full.TotalSeconds == 0 || minimum >= SessionScheduler.MaxTimeBudget)
                {
                    return full;
                }

                // A budget from the shortest reachable plan up to a little over the full one, with odd ticks.
                long span = Math.Max(0, full.TotalDuration.Ticks - minimum.Ticks) * 11 / 10;
                var budget = TimeSpan.FromTicks(Math.Max(minimum.Ticks, TimeSpan.TicksPerSecond) + (span * percent / 100) + ticks);
                return scheduler.Schedule(rc.Routine, budget < SessionScheduler.MaxTimeBudget ? budget : SessionScheduler.MaxTimeBudget);
            });

    private static bool FitsInADay(SessionScheduler scheduler, Routine routine)
    {
        try
        {
            scheduler.Schedule(routine);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Keeps exercises whose equipment ids each name one piece across the whole list.</summary>
    private static IEnumerable<Exercise> Consistent(IEnumerable<Exercise> exercises)
    {
        var seen = new Dictionary<string, Equipment>(StringComparer.Ordinal);
        foreach (var exercise in exercises)
        {
            var pieces = exercise.Equipment.Concat(exercise.Variations.SelectMany(v => v.Equipment)).ToArray();
            if (pieces.All(p => !seen.TryGetValue(p.Id, out var known) || known == p) &&
                pieces.GroupBy(p => p.Id).All(g => g.Distinct().Count() == 1))
            {
                foreach (var piece in pieces)
                {
                    seen.TryAdd(piece.Id, piece);
                }

                yield return exercise;
            }
        }
    }
}
