namespace KneeStrength.Scheduling;

// <summary>
// What the steps of one item share: the exercise, the variation done (null for its preferred form) and the equipment
// setting kept for that form. One reference per step rather than three keeps a step small and cheap to write.
// </summary>
// <remarks>Immutable and thread-safe; compared by value (<see cref="SameAs"/>), never by reference.</remarks>
internal sealed class StepForm(Exercise exercise, ExerciseVariation? variation, EquipmentSetting? setting)
{
    internal Exercise Exercise { get; } = exercise;

    internal ExerciseVariation? Variation { get; } = variation;

    internal EquipmentSetting? Setting { get; } = setting;

    internal static bool Same(StepForm? left, StepForm? right) =>
        ReferenceEquals(left, right) ||
        (left is not null && right is not null && left.Exercise == right.Exercise && left.Variation == right.Variation && left.Setting == right.Setting);
}
