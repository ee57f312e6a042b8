namespace KneeStrength.Export.Fit;

/// <summary>
/// The FIT profile's <c>exercise_name</c> numbers (profile 21.x) that the built-in <see cref="FitExerciseMap.RunnersKnee"/>
/// map uses, one nested class per category, named as the profile names them: the category
/// <see cref="FitExerciseCategory.BandedExercises"/> has its names in <see cref="BandedExercises"/>
/// (<c>lateral_band_walks</c> is <see cref="BandedExercises.LateralBandWalks"/>).
/// </summary>
/// <remarks>
/// An exercise name means something only within its category: pass both to
/// <see cref="FitExercise(ushort, ushort?)"/>. Other names of the profile can be passed as numbers. This type holds
/// constants only and is thread-safe.
/// </remarks>
public static class FitExerciseName
{
    /// <summary>Names in <see cref="FitExerciseCategory.HipRaise"/>.</summary>
    public static class HipRaise
    {
        /// <summary><c>clams</c>: clamshells.</summary>
        public const ushort Clams = 44;
    }

    /// <summary>Names in <see cref="FitExerciseCategory.HipStability"/>.</summary>
    public static class HipStability
    {
        /// <summary><c>side_lying_leg_raise</c>.</summary>
        public const ushort SideLyingLegRaise = 21;
    }

    /// <summary>Names in <see cref="FitExerciseCategory.LegRaise"/>.</summary>
    public static class LegRaise
    {
        /// <summary><c>lying_straight_leg_raise</c>.</summary>
        public const ushort LyingStraightLegRaise = 8;
    }

    /// <summary>Names in <see cref="FitExerciseCategory.Plank"/>.</summary>
    public static class Plank
    {
        /// <summary><c>side_plank</c>.</summary>
        public const ushort SidePlank = 66;
    }

    /// <summary>Names in <see cref="FitExerciseCategory.Squat"/>.</summary>
    public static class Squat
    {
        /// <summary><c>step_up</c>.</summary>
        public const ushort StepUp = 66;
    }

    /// <summary>Names in <see cref="FitExerciseCategory.WarmUp"/>.</summary>
    public static class WarmUp
    {
        /// <summary><c>stretch_calf</c>: calf and Achilles stretches.</summary>
        public const ushort StretchCalf = 37;

        /// <summary><c>stretch_hamstring</c>.</summary>
        public const ushort StretchHamstring = 44;

        /// <summary><c>stretch_standing_it_band</c>.</summary>
        public const ushort StretchStandingItBand = 67;
    }

    /// <summary>Names in <see cref="FitExerciseCategory.BandedExercises"/>.</summary>
    public static class BandedExercises
    {
        /// <summary><c>clam_shells</c>: clamshells with a band.</summary>
        public const ushort ClamShells = 6;

        /// <summary><c>hip_extension</c>: a leg extended backwards against the band.</summary>
        public const ushort HipExtension = 20;

        /// <summary><c>lateral_band_walks</c>: side steps with a band.</summary>
        public const ushort LateralBandWalks = 24;

        /// <summary><c>leg_abduction</c>: a leg extended to the side against the band.</summary>
        public const ushort LegAbduction = 27;

        /// <summary><c>leg_adduction</c>: a leg drawn across the body against the band.</summary>
        public const ushort LegAdduction = 28;
    }
}
