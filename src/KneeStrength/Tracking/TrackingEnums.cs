namespace KneeStrength.Tracking;

/// <summary>How much of a planned session was done.</summary>
public enum SessionCompletion
{
    /// <summary>The whole session. The default.</summary>
    All,

    /// <summary>Part of it: some exercises, sets or repetitions were left out or stopped early.</summary>
    Partial,

    /// <summary>None of it: the session was skipped.</summary>
    None,
}

/// <summary>What became of one exercise of a logged session.</summary>
public enum ExerciseOutcome
{
    /// <summary>Done as planned. The default.</summary>
    Completed,

    /// <summary>Started, then stopped before the end.</summary>
    StoppedEarly,

    /// <summary>Not done.</summary>
    Skipped,
}
