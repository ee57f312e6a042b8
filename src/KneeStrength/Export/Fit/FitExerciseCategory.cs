namespace KneeStrength.Export.Fit;

/// <summary>
/// The FIT profile's <c>exercise_category</c> numbers (profile 21.x) of the categories the built-in
/// <see cref="FitExerciseMap.RunnersKnee"/> map uses, named as the profile names them (<c>banded_exercises</c> is
/// <see cref="BandedExercises"/>), for <see cref="FitExercise(ushort, ushort?)"/>.
/// </summary>
/// <remarks>
/// The exercise names within each category are in the nested classes of <see cref="FitExerciseName"/>. Other categories
/// of the profile can be passed as numbers. This type holds constants only and is thread-safe.
/// </remarks>
public static class FitExerciseCategory
{
    /// <summary><c>hip_raise</c>: bridges, clams and other hip raises.</summary>
    public const ushort HipRaise = 10;

    /// <summary><c>hip_stability</c>: side-lying leg raises and other hip stability work.</summary>
    public const ushort HipStability = 11;

    /// <summary><c>leg_raise</c>: straight leg raises.</summary>
    public const ushort LegRaise = 16;

    /// <summary><c>plank</c>: planks, side planks included.</summary>
    public const ushort Plank = 19;

    /// <summary><c>plyo</c>: plyometrics, such as hops.</summary>
    public const ushort Plyo = 20;

    /// <summary><c>squat</c>: squats and step-ups.</summary>
    public const ushort Squat = 28;

    /// <summary><c>warm_up</c>: warm-up moves and stretches.</summary>
    public const ushort WarmUp = 31;

    /// <summary><c>banded_exercises</c>: exercises with a resistance band.</summary>
    public const ushort BandedExercises = 37;
}
