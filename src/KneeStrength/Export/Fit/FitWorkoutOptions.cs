namespace KneeStrength.Export.Fit;

/// <summary>How <see cref="FitWorkoutWriter"/> writes a session plan as a FIT workout file.</summary>
/// <remarks>
/// Plain settable properties with documented defaults. A <see cref="FitWorkoutWriter"/> checks and copies them when
/// it is made, so later changes to this object do not reach it.
/// </remarks>
public sealed class FitWorkoutOptions
{
    /// <summary>Gets or sets how steps between the work (rests, side switches, set-ups, transitions) end; timed by default.</summary>
    public FitRestSteps RestSteps { get; set; } = FitRestSteps.Timed;

    /// <summary>Gets or sets which FIT exercise each exercise is written as; <see cref="FitExerciseMap.RunnersKnee"/> by default.</summary>
    public FitExerciseMap? Exercises { get; set; } = FitExerciseMap.RunnersKnee;

    /// <summary>
    /// Gets or sets the workout's name; the routine's name when <see langword="null"/> (the default). Cut to the 31
    /// bytes of UTF-8 watches are seen to show, never inside a character.
    /// </summary>
    public string? WorkoutName { get; set; }

    /// <summary>Gets or sets the file_id's product number; 0 by default. The manufacturer is always 255 (development).</summary>
    public ushort Product { get; set; }
}

/// <summary>How the steps between the work of a FIT workout end.</summary>
public enum FitRestSteps
{
    /// <summary>After the plan's time for the step (a time step with rest intensity). The default.</summary>
    Timed,

    /// <summary>When the runner presses the lap button (an open step with rest intensity).</summary>
    LapButton,
}
