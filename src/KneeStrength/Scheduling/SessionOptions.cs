using System;

namespace KneeStrength.Scheduling;

/// <summary>What a <see cref="SessionScheduler"/> plans for: the pacing, the equipment on hand, and the side to start on.</summary>
/// <remarks>Equality compares every option. This type is immutable and thread-safe.</remarks>
public sealed class SessionOptions : IEquatable<SessionOptions>
{
    /// <summary>Gets the default options: default pacing, all the well-known equipment, left side first.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>Creates options; every argument left null takes its default.</summary>
    /// <param name="pacing">The timing knobs; <see cref="Pacing.Default"/> when null.</param>
    /// <param name="equipment">The equipment on hand; <see cref="EquipmentSet.All"/> when null.</param>
    /// <param name="firstSide">The side per-side work starts on. Default <see cref="Side.Left"/>.</param>
    /// <param name="rangeBound">Which end of a dosage's range of repetitions or sets to plan. Default <see cref="Scheduling.RangeBound.Lower"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstSide"/> or <paramref name="rangeBound"/> is not defined.</exception>
    public SessionOptions(Pacing? pacing = null, EquipmentSet? equipment = null, Side firstSide = Side.Left, RangeBound rangeBound = RangeBound.Lower)
    {
        Pacing = pacing ?? Pacing.Default;
        Equipment = equipment ?? EquipmentSet.All;
        FirstSide = ModelChecks.CheckEnum(firstSide);
        RangeBound = ModelChecks.CheckEnum(rangeBound);
    }

    /// <summary>Gets the timing knobs.</summary>
    public Pacing Pacing { get; }

    /// <summary>Gets the equipment on hand.</summary>
    public EquipmentSet Equipment { get; }

    /// <summary>Gets the side per-side work starts on.</summary>
    public Side FirstSide { get; }

    /// <summary>Gets which end of a dosage's range of repetitions or sets is planned.</summary>
    public RangeBound RangeBound { get; }

    /// <inheritdoc/>
    public bool Equals(SessionOptions? other) =>
        other is not null && FirstSide == other.FirstSide && RangeBound == other.RangeBound && Pacing == other.Pacing && Equipment == other.Equipment;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SessionOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Pacing, Equipment, FirstSide, RangeBound);

    /// <summary>Compares two option sets for equality.</summary>
    public static bool operator ==(SessionOptions? left, SessionOptions? right) => Equals(left, right);

    /// <summary>Compares two option sets for inequality.</summary>
    public static bool operator !=(SessionOptions? left, SessionOptions? right) => !Equals(left, right);
}

/// <summary>Which end of a dosage's range (<c>2-3 x 8-12 reps</c>) a scheduler plans.</summary>
public enum RangeBound
{
    /// <summary>The lower bound: the least the prescription asks for. The default.</summary>
    Lower,

    /// <summary>The upper bound: the most the prescription allows.</summary>
    Upper,
}
