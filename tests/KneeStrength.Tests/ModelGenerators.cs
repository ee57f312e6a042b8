using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests;

/// <summary>CsCheck generators for valid model values, shared by the property tests.</summary>
internal static class ModelGenerators
{
    private static readonly string[] DirectionNames = ["forward", "side", "back", "across"];

    internal static readonly Gen<Equipment[]> EquipmentSubset =
        Gen.Bool.Array[Equipment.WellKnown.Count].Select(mask => Equipment.WellKnown.Where((_, i) => mask[i]).ToArray());

    internal static readonly Gen<ExerciseVariation> Variation =
        Gen.Select(Gen.Int[0, 99], EquipmentSubset, Gen.Enum<BodyPosition>().Nullable())
            .Select((n, equipment, position) => new ExerciseVariation($"variation-{n}", $"Variation {n}", equipment, "Another way.", position));

    /// <summary>Pictures and videos, relative and absolute, with and without a licence.</summary>
    internal static readonly Gen<ExerciseMedia> Media =
        Gen.Select(Gen.Int[0, 99], Gen.Bool, Gen.Bool, Gen.Bool)
            .Select((n, video, absolute, licensed) => new ExerciseMedia(
                new Uri(absolute ? $"https://clinic.example/media/{n}.{(video ? "mp4" : "png")}" : $"pictures/{n}.svg", UriKind.RelativeOrAbsolute),
                video ? "video/mp4" : absolute ? "image/png" : "image/svg+xml",
                $"What picture {n} shows.",
                licensed ? "CC-BY-4.0" : null));

    internal static Gen<Exercise> Exercise(int index) =>
        Gen.Select(
            Gen.Enum<ExerciseCategory>(),
            Gen.Enum<BodyPosition>(),
            Gen.Bool,
            Gen.Int[100, 5000],
            EquipmentSubset,
            Variation.Array[0, 2].Select(v => v.DistinctBy(x => x.Id).ToArray()),
            Gen.Int[0, 4],
            Media.Array[0, 2].Select(m => m.DistinctBy(x => x.Uri.OriginalString).ToArray()))
        .Select((category, position, perSide, tempoMs, equipment, variations, directions, media) => new Exercise(
            $"exercise-{index}",
            $"Exercise {index}",
            category,
            position,
            perSide,
            TimeSpan.FromMilliseconds(tempoMs),
            ["Do it well."],
            equipment,
            variations,
            DirectionNames.Take(directions == 1 ? 0 : directions),
            media));

    /// <summary>Valid dosages for <paramref name="exercise"/>: its laterality and directions, amounts and sets up to the limits given.</summary>
    /// <summary>
    /// Dosages that fit <paramref name="exercise"/>: holds only when it has no tempo; repetitions alone, as a range
    /// up to <paramref name="maxReps"/> or with a hold of up to <paramref name="maxHoldEachSeconds"/> on each; sets
    /// alone or as a range up to <paramref name="maxSets"/>.
    /// </summary>
    internal static Gen<Dosage> DosageFor(Exercise exercise, int maxReps = 40, int maxHoldSeconds = 40, int maxSets = 3, int maxRestSeconds = 60, int maxHoldEachSeconds = 5) => Gen.Select(
        Gen.Bool, Gen.Int[1, maxReps], Gen.Int[1, maxHoldSeconds], Gen.Int[1, maxSets], Gen.Int[0, maxRestSeconds].Nullable(),
        Gen.Select(Gen.Int[0, 4].Nullable(0.6), Gen.Int[0, 2].Nullable(0.7), Gen.Int[1, Math.Max(1, maxHoldEachSeconds)].Nullable(maxHoldEachSeconds == 0 ? 1 : 0.7)),
        (hold, reps, seconds, sets, rest, extras) =>
        {
            var (repsSpread, setsSpread, holdEach) = extras;
            var laterality = exercise.IsPerSide ? Laterality.PerSide : Laterality.Bilateral;
            int directions = Math.Max(1, exercise.Directions.Count);
            int topSets = Math.Min(maxSets, sets + (setsSpread ?? 0));
            TimeSpan? restTime = topSets > 1 && rest is int r ? TimeSpan.FromSeconds(r) : null;
            if (hold || exercise.Tempo is null)
            {
                return Dosage.Hold(TimeSpan.FromSeconds(seconds), laterality, directions).WithSetRange(sets, topSets, restTime);
            }

            var dosage = Dosage.Repetitions(reps, laterality, directions)
                .WithRepetitionRange(reps, Math.Min(maxReps, reps + (repsSpread ?? 0)))
                .WithSetRange(sets, topSets, restTime);
            return holdEach is int h ? dosage.WithHoldEachRepetition(TimeSpan.FromSeconds(h)) : dosage;
        }).SelectMany(dosage => Gen.Select(Gen.Int[0, 9], Gen.Int[0, Effort.MaxValue]).Select((pick, value) =>
            // Now and then open-ended, or with a target effort (reps in reserve for repetitions only).
            pick switch
            {
                0 => dosage.WithOpen(true),
                1 => dosage.WithEffort(Effort.Rpe(value)),
                2 when dosage.Kind == DosageKind.Repetitions => dosage.WithEffort(Effort.RepsInReserve(value)),
                3 => dosage.WithOpen(true).WithEffort(Effort.Rpe(value)),
                _ => dosage,
            }));

    internal static Gen<RoutineItem> Item(int index) =>
        Exercise(index).SelectMany(exercise => DosageFor(exercise).Select(dosage => new RoutineItem(exercise, dosage)));

    internal static readonly Gen<Routine> PlainRoutine =
        Gen.Int[0, 9999].SelectMany(Item).Array[1, 10]
            .Select(items => new Routine("generated", "Generated routine", items));

    // <summary>A circuit of 2 to 4 generated items, each one set, with 1 to 4 rounds and its own rests or none.</summary>
    internal static readonly Gen<Circuit> Circuit =
        Gen.Select(
            Gen.Int[0, 9999].SelectMany(Item).Select(item => new RoutineItem(item.Exercise, item.Dosage.WithSets(1))).Array[2, 4],
            Gen.Int[1, 4],
            Gen.Int[0, 90].Nullable(),
            Gen.Int[0, 30].Nullable(),
            Gen.Bool,
            (items, rounds, rest, between, restAfterLast) => new Circuit(
                rounds,
                items,
                rest is int r ? TimeSpan.FromSeconds(r) : null,
                between is int b ? TimeSpan.FromSeconds(b) : null,
                restAfterLast));

    internal static readonly Gen<RoutineBlock> Block =
        Gen.Frequency((3, Gen.Int[0, 9999].SelectMany(Item).Select(item => (RoutineBlock)item)), (1, Circuit.Select(c => (RoutineBlock)c)));

    // <summary>A routine of sections: an optional warm-up, a main section and an optional cool-down, with circuits.</summary>
    internal static readonly Gen<Routine> SectionedRoutine =
        Gen.Select(Block.Array[0, 2], Block.Array[1, 4], Block.Array[0, 2])
            .Select((warmUp, main, coolDown) =>
            {
                var sections = new List<RoutineSection>();
                if (warmUp.Length > 0)
                {
                    sections.Add(new RoutineSection(RoutineSectionKind.WarmUp, warmUp));
                }

                sections.Add(new RoutineSection(RoutineSectionKind.Main, main));
                if (coolDown.Length > 0)
                {
                    sections.Add(new RoutineSection(RoutineSectionKind.CoolDown, coolDown));
                }

                return new Routine("generated", "Generated routine", sections);
            });

    // <summary>Plain lists and, one time in three, routines of sections with circuits.</summary>
    internal static readonly Gen<Routine> Routine = Gen.Frequency((2, PlainRoutine), (1, SectionedRoutine));

    internal static readonly Gen<Pacing> Pacing =
        Gen.Select(
            Gen.Int[0, 20], Gen.Int[0, 20], Gen.Int[0, 20], Gen.Int[0, 40], Gen.Int[0, 20], Gen.Int[0, 20], Gen.Int[10, 100],
            (leadIn, switchSide, change, rest, transition, setup, dosePercent) => new Pacing(
                leadIn: TimeSpan.FromSeconds(leadIn),
                switchSideStanding: TimeSpan.FromSeconds(switchSide),
                switchSideLying: TimeSpan.FromSeconds(switchSide * 2),
                changeDirection: TimeSpan.FromSeconds(change),
                restBetweenSets: TimeSpan.FromSeconds(rest),
                transition: TimeSpan.FromSeconds(transition),
                setup: TimeSpan.FromSeconds(setup),
                minimumDosePercent: dosePercent));

    internal static readonly Gen<SessionOptions> Options =
        Gen.Select(Pacing, EquipmentSubset, Gen.Enum<Side>(), Gen.Enum<RangeBound>())
            .Select((pacing, equipment, side, bound) => new SessionOptions(pacing, new EquipmentSet(equipment), side, bound));
}
