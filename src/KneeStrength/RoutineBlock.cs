namespace KneeStrength;

/// <summary>One entry of a <see cref="RoutineSection"/>: a single <see cref="RoutineItem"/> or a <see cref="Circuit"/>.</summary>
/// <remarks>
/// The kinds are closed: <see cref="RoutineItem"/> and <see cref="Circuit"/> are the only blocks, so a
/// <see langword="switch"/> over them is complete. Every block is immutable and thread-safe.
/// </remarks>
public abstract class RoutineBlock
{
    private protected RoutineBlock()
    {
    }

    /// <summary>Gets how many routine items the block holds: one for an item, the items of a circuit.</summary>
    public abstract int ItemCount { get; }
}
