using System;
using System.Collections.Generic;

namespace KneeStrength.Tests;

/// <summary>
/// Builds valid model values for tests; every argument has a default, so a test names only what it is about.
/// Each call builds new instances, so equality tests compare values that share no references.
/// </summary>
internal static class TestModel
{
    internal static Exercise Exercise(
        string id = "lunge",
        string name = "Lunge",
        ExerciseCategory category = ExerciseCategory.Strength,
        BodyPosition position = BodyPosition.Standing,
        bool isPerSide = true,
        TimeSpan? tempo = null,
        IEnumerable<string>? cues = null,
        IEnumerable<Equipment>? equipment = null,
        IEnumerable<ExerciseVariation>? variations = null,
        IEnumerable<string>? directions = null,
        IEnumerable<ExerciseMedia>? media = null) =>
        new(
            id,
            name,
            category,
            position,
            isPerSide,
            tempo ?? TimeSpan.FromSeconds(2),
            cues ?? ["Step forward.", "Drop the back knee.", "Push back up."],
            equipment ?? [new Equipment("band", "Loop band")],
            variations ?? [Variation()],
            directions ?? ["forward", "side"],
            media);

    internal static ExerciseVariation Variation(
        string id = "no-band",
        string name = "Lunge without a band",
        IEnumerable<Equipment>? equipment = null,
        string reason = "No band on hand.",
        BodyPosition? position = BodyPosition.Standing,
        IEnumerable<string>? cues = null) =>
        new(id, name, equipment ?? [new Equipment("wall", "Wall")], reason, position, cues ?? ["Hold the wall."]);

    /// <summary>The dosage that fits <see cref="Exercise"/>'s defaults: per side, in each of two directions.</summary>
    internal static Dosage FittingDosage(int reps = 10) => Dosage.Repetitions(reps, Laterality.PerSide, directions: 2);

    internal static RoutineItem Item(string exerciseId = "lunge", int reps = 10) =>
        new(Exercise(id: exerciseId), FittingDosage(reps));

    internal static Routine Routine(string id = "legs", string name = "Legs", IEnumerable<RoutineItem>? items = null) =>
        new(id, name, items ?? [Item("lunge"), Item("split-squat", 12)]);
}
