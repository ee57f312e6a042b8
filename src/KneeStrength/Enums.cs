namespace KneeStrength;

/// <summary>What an exercise trains.</summary>
public enum ExerciseCategory
{
    /// <summary>Builds muscle strength around the hip and knee. The default.</summary>
    Strength,

    /// <summary>Trains balance and control on one leg or an unstable surface.</summary>
    Balance,

    /// <summary>Lengthens a muscle or tendon with a held position.</summary>
    Stretch,

    /// <summary>Jumps and hops that train landing and springiness.</summary>
    Plyometric,

    /// <summary>Moves a joint through its range, such as knee bends or hip circles, without load.</summary>
    Mobility,

    /// <summary>
    /// A plain timed activity, such as easy cycling or walking, to warm up or cool down: no exercise of the catalog, done
    /// as one timed hold (<c>5 min easy cycling</c> is a 300 s hold), never made harder by the coach.
    /// </summary>
    Activity,
}

/// <summary>The position the body is in while doing an exercise.</summary>
public enum BodyPosition
{
    /// <summary>Standing on the floor. The default.</summary>
    Standing,

    /// <summary>Lying on one side.</summary>
    SideLying,

    /// <summary>Lying on the back.</summary>
    Supine,

    /// <summary>Sitting on the floor.</summary>
    Seated,

    /// <summary>Standing on a step or other raised surface.</summary>
    OnStep,

    /// <summary>Standing on a Bosu ball.</summary>
    OnBosu,

    /// <summary>Lying face down.</summary>
    Prone,

    /// <summary>Kneeling on the floor, on one knee or both.</summary>
    Kneeling,

    /// <summary>On hands and knees (quadruped).</summary>
    AllFours,

    /// <summary>Sitting on a chair.</summary>
    SeatedOnChair,
}

/// <summary>Whether a dosage is done once for both sides together or once for each side.</summary>
public enum Laterality
{
    /// <summary>Both sides together (a squat). The default.</summary>
    Bilateral,

    /// <summary>Each side in turn (each leg).</summary>
    PerSide,
}

/// <summary>How a dosage is measured.</summary>
public enum DosageKind
{
    /// <summary>A number of repetitions. The default.</summary>
    Repetitions,

    /// <summary>A position held for a time.</summary>
    Hold,
}

/// <summary>A side of the body.</summary>
public enum Side
{
    /// <summary>The left side. The default.</summary>
    Left,

    /// <summary>The right side.</summary>
    Right,
}

/// <summary>How a <see cref="ScheduleRule"/> repeats, named after the RFC 5545 <c>FREQ</c> values.</summary>
public enum ScheduleFrequency
{
    /// <summary>Every day, or every N days. The default.</summary>
    Daily,

    /// <summary>On given weekdays, every week.</summary>
    Weekly,
}

/// <summary>How a program phase ends; see <see cref="PhaseEnd"/>.</summary>
public enum PhaseEndKind
{
    /// <summary>Never: the phase runs until the enrolment's ten-year limit. The default.</summary>
    Open,

    /// <summary>After a number of whole weeks.</summary>
    AfterWeeks,

    /// <summary>On an event of the person's, such as getting back to running, whose day is the phase's last day.</summary>
    OnEvent,
}

/// <summary>Something that happens to a person on a program and moves them between its phases.</summary>
public enum EnrolmentEventKind
{
    /// <summary>Back to running: a phase that ends on this event ends on its day. The default.</summary>
    BackToRunning,

    /// <summary>A relapse: from its day the program's first phase starts again.</summary>
    BackToTreatment,
}
