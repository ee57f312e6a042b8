using System;
using System.Collections.Generic;

namespace KneeStrength.Export.Fit;

/// <summary>
/// Which FIT exercise each exercise of a plan is written as: by exercise id, and optionally by variation and by
/// movement direction, or explicitly none.
/// </summary>
/// <remarks>
/// <para>Look-up order for a step: the exercise with its variation and direction, then with its variation, then with
/// its direction, then the exercise alone. The first entry found wins, even when it says none; with no entry the step
/// has no FIT exercise and watches show its step name.</para>
/// <para><see cref="RunnersKnee"/> maps the built-in exercises where the FIT profile has a fitting exercise (see its
/// remarks). Add your own with <see cref="With"/>, which returns a new map. This type is immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class FitExerciseMap
{
    private readonly Dictionary<Key, FitExercise?> _entries;

    private FitExerciseMap(Dictionary<Key, FitExercise?> entries) => _entries = entries;

    /// <summary>Gets the map with no entries: no step has a FIT exercise.</summary>
    public static FitExerciseMap Empty { get; } = new(new Dictionary<Key, FitExercise?>());

    /// <summary>Gets the map of the built-in runner's-knee exercises.</summary>
    /// <remarks>
    /// Named with <see cref="FitExerciseCategory"/> and <see cref="FitExerciseName"/>; FIT profile numbers,
    /// category/name: side steps 37/24 (banded lateral walks; without a band, none); standing leg
    /// extension 37 with 27 (abduction) to the side and 20 (hip extension) back-diagonally, category only forward;
    /// side leg raise 11/21; forward leg raise 16/8; side plank 19/66; clamshell 10/44; single-leg hop 20 (plyo,
    /// category only); step-up 28/66; Bosu ball squat and its variations 28 (squat, category only); standing IT band
    /// stretch 31/67; standing calf and Achilles stretches 31/37; seated hamstring stretch 31/44. The hip dip has no
    /// fitting FIT exercise.
    /// </remarks>
    public static FitExerciseMap RunnersKnee { get; } = Empty
        .With("side-steps", new FitExercise(FitExerciseCategory.BandedExercises, FitExerciseName.BandedExercises.LateralBandWalks))
        .With("side-steps", null, variationId: "no-band")
        .With("standing-leg-extension", new FitExercise(FitExerciseCategory.BandedExercises))
        .With("standing-leg-extension", new FitExercise(FitExerciseCategory.BandedExercises, FitExerciseName.BandedExercises.LegAbduction), direction: "side")
        .With("standing-leg-extension", new FitExercise(FitExerciseCategory.BandedExercises, FitExerciseName.BandedExercises.HipExtension), direction: "back-diagonal")
        .With("side-leg-raise", new FitExercise(FitExerciseCategory.HipStability, FitExerciseName.HipStability.SideLyingLegRaise))
        .With("forward-leg-raise", new FitExercise(FitExerciseCategory.LegRaise, FitExerciseName.LegRaise.LyingStraightLegRaise))
        .With("side-plank", new FitExercise(FitExerciseCategory.Plank, FitExerciseName.Plank.SidePlank))
        .With("clamshell", new FitExercise(FitExerciseCategory.HipRaise, FitExerciseName.HipRaise.Clams))
        .With("single-leg-hop", new FitExercise(FitExerciseCategory.Plyo))
        .With("step-up", new FitExercise(FitExerciseCategory.Squat, FitExerciseName.Squat.StepUp))
        .With("bosu-ball-squat", new FitExercise(FitExerciseCategory.Squat))
        .With("standing-it-band-stretch", new FitExercise(FitExerciseCategory.WarmUp, FitExerciseName.WarmUp.StretchStandingItBand))
        .With("standing-calf-stretch", new FitExercise(FitExerciseCategory.WarmUp, FitExerciseName.WarmUp.StretchCalf))
        .With("standing-achilles-stretch", new FitExercise(FitExerciseCategory.WarmUp, FitExerciseName.WarmUp.StretchCalf))
        .With("seated-hamstring-stretch", new FitExercise(FitExerciseCategory.WarmUp, FitExerciseName.WarmUp.StretchHamstring));

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Returns a map with one more entry (or one replaced), leaving this map as it is.</summary>
    /// <param name="exerciseId">The exercise's id.</param>
    /// <param name="exercise">The FIT exercise, or <see langword="null"/> to say there is none.</param>
    /// <param name="variationId">A variation's id, to map only that variation; null for any form.</param>
    /// <param name="direction">A movement direction, to map only that direction; null for any.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exerciseId"/> is null.</exception>
    public FitExerciseMap With(string exerciseId, FitExercise? exercise, string? variationId = null, string? direction = null)
    {
        Preconditions.CheckNotNull(exerciseId);
        var entries = new Dictionary<Key, FitExercise?>(_entries)
        {
            [new Key(exerciseId, variationId, direction)] = exercise,
        };
        return new FitExerciseMap(entries);
    }

    /// <summary>Finds the FIT exercise of a form of an exercise, in the look-up order above.</summary>
    /// <param name="exerciseId">The exercise's id.</param>
    /// <param name="variationId">The variation in use, or null for the preferred form.</param>
    /// <param name="direction">The movement direction, or null.</param>
    /// <returns>The FIT exercise, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exerciseId"/> is null.</exception>
    public FitExercise? Find(string exerciseId, string? variationId = null, string? direction = null)
    {
        Preconditions.CheckNotNull(exerciseId);
        if (_entries.Count == 0)
        {
            return null;
        }

        if ((variationId is not null && direction is not null && _entries.TryGetValue(new Key(exerciseId, variationId, direction), out var found)) ||
            (variationId is not null && _entries.TryGetValue(new Key(exerciseId, variationId, null), out found)) ||
            (direction is not null && _entries.TryGetValue(new Key(exerciseId, null, direction), out found)) ||
            _entries.TryGetValue(new Key(exerciseId, null, null), out found))
        {
            return found;
        }

        return null;
    }

    private readonly record struct Key(string ExerciseId, string? VariationId, string? Direction);
}
