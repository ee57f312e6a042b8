namespace KneeStrength.Scheduling;

/// <summary>What happens during a <see cref="TimedStep"/>.</summary>
public enum StepKind
{
    /// <summary>Getting ready before the first exercise. The default.</summary>
    GetReady,

    /// <summary>Setting up equipment or changing body position before an exercise.</summary>
    Setup,

    /// <summary>Doing repetitions.</summary>
    Work,

    /// <summary>Holding a position for a time.</summary>
    Hold,

    /// <summary>Switching to the other side.</summary>
    SwitchSide,

    /// <summary>Turning to the next movement direction.</summary>
    ChangeDirection,

    /// <summary>Resting between sets.</summary>
    Rest,

    /// <summary>Moving on from one exercise to the next.</summary>
    Transition,
}
