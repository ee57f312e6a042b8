using System;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength.Catalog;

/// <summary>
/// The built-in runner's-knee catalog: fourteen exercises for the hips and knees with the dosage, equipment,
/// categories and positions of the source article, the routine that strings them together, and (see
/// <c>RunnersKnee.Program</c>) the program that schedules it.
/// </summary>
/// <remarks>
/// The cues are our own words. Each exercise carries its built-in picture as its one <see cref="Exercise.Media"/> item
/// (see <see cref="ExercisePictures"/>). Everything here is immutable and thread-safe; the members return the same
/// instances on every call.
/// </remarks>
public static class RunnersKnee
{
    // <summary>The directions of the standing leg extension: the body turns 45 degrees before each.</summary>
    private static readonly string[] LegExtensionDirections = ["forward", "forward-diagonal", "side", "back-diagonal"];

    /// <summary>Gets the standing leg extension: a loop band around both feet, the leg pushed out in four directions.</summary>
    public static Exercise StandingLegExtension { get; } = new(
        "standing-leg-extension",
        "Standing leg extension",
        ExerciseCategory.Strength,
        BodyPosition.Standing,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Step into the band, feet under your hips.",
            "Soft knee on the standing leg, hips level.",
            "Push the working leg straight out until the band bites.",
            "Bring it back under control; don't let the band pull it.",
            "Turn 45 degrees before each new direction.",
        ],
        equipment: [Equipment.LoopBand],
        directions: LegExtensionDirections,
        media: Picture("standing-leg-extension"));

    /// <summary>Gets side steps: a squat walk sideways, with a band above the knees when there is one.</summary>
    public static Exercise SideSteps { get; } = new(
        "side-steps",
        "Side steps",
        ExerciseCategory.Strength,
        BodyPosition.Standing,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(1.5),
        cues:
        [
            "Band just above the knees, feet hip-width apart.",
            "Sit your hips back into a shallow squat and stay low.",
            "Step wide to the side, then let the other foot follow.",
            "Keep the band tight the whole way.",
            "Same number of steps leading with the other foot.",
        ],
        equipment: [Equipment.LoopBand],
        variations:
        [
            new ExerciseVariation(
                "no-band",
                "Side steps without a band",
                [],
                "No band on hand: the low squat walk still works the hips, just with less resistance."),
        ],
        media: Picture("side-steps"));

    /// <summary>Gets the side leg raise: lying on one side, the straight top leg lifted to about 45 degrees.</summary>
    public static Exercise SideLegRaise { get; } = new(
        "side-leg-raise",
        "Side leg raise",
        ExerciseCategory.Strength,
        BodyPosition.SideLying,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Lie on your side, legs stacked and long.",
            "Lift the top leg to about 45 degrees.",
            "Keep that knee locked straight.",
            "Lower it back onto the other leg with control.",
        ],
        media: Picture("side-leg-raise"));

    /// <summary>Gets the forward leg raise: lying on the back, one straight leg lifted to about 45 degrees.</summary>
    public static Exercise ForwardLegRaise { get; } = new(
        "forward-leg-raise",
        "Forward leg raise",
        ExerciseCategory.Strength,
        BodyPosition.Supine,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Lie on your back with both legs straight.",
            "Lift one leg to about 45 degrees, knee locked.",
            "Lower it slowly until it touches the floor.",
            "Keep your lower back quiet against the floor.",
        ],
        media: Picture("forward-leg-raise"));

    /// <summary>Gets the side plank: on one elbow and the edge of the bottom foot, hips held up.</summary>
    public static Exercise SidePlank { get; } = new(
        "side-plank",
        "Side plank",
        ExerciseCategory.Strength,
        BodyPosition.SideLying,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Lie on your side, elbow right under your shoulder.",
            "Lift your hips off the floor.",
            "Make one straight line from head to feet.",
            "Balance on your elbow and the edge of your bottom foot.",
            "Breathe; don't let the hips sag.",
        ],
        media: Picture("side-plank"));

    /// <summary>Gets the clamshell: lying on one side, knees bent, the top knee lifted with the feet together.</summary>
    public static Exercise Clamshell { get; } = new(
        "clamshell",
        "Clamshell",
        ExerciseCategory.Strength,
        BodyPosition.SideLying,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Lie on your side with your knees bent and stacked.",
            "Keep your feet touching.",
            "Open the top knee like a clamshell.",
            "Close it slowly; don't roll your hips back.",
        ],
        media: Picture("clamshell"));

    /// <summary>Gets the single-leg hop: small hops in place on one leg.</summary>
    public static Exercise SingleLegHop { get; } = new(
        "single-leg-hop",
        "Single-leg hop",
        ExerciseCategory.Plyometric,
        BodyPosition.Standing,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(0.8),
        cues:
        [
            "Stand on one leg and find your balance.",
            "Hop just off the floor.",
            "Land softly through the ball of the foot.",
            "Keep the knee over your toes on every landing.",
        ],
        media: Picture("single-leg-hop"));

    /// <summary>Gets the step-up: onto a stair, chair or other sturdy raised surface, one leg leading.</summary>
    public static Exercise StepUp { get; } = new(
        "step-up",
        "Step-up",
        ExerciseCategory.Strength,
        BodyPosition.OnStep,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3.5),
        cues:
        [
            "Face the step and plant one whole foot on it.",
            "Drive up through that heel with glutes and thigh.",
            "Bring the trailing foot up to stand tall.",
            "Step back down slowly, same leg leading.",
        ],
        equipment: [Equipment.Step],
        media: Picture("step-up"));

    /// <summary>Gets the hip dip: standing on one leg at the edge of a step, the free foot dropped and lifted by the hip.</summary>
    public static Exercise HipDip { get; } = new(
        "hip-dip",
        "Hip dip",
        ExerciseCategory.Strength,
        BodyPosition.OnStep,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Stand on the edge of the step on one leg.",
            "Keep the standing knee straight but not locked.",
            "Let the free hip drop so the foot sinks below the step.",
            "Pull the hip back up until your pelvis is level.",
            "Move only at the hip.",
        ],
        equipment: [Equipment.Step],
        media: Picture("hip-dip"));

    /// <summary>Gets the Bosu ball squat: on the round side; the flat side is harder; a plain squat without a Bosu.</summary>
    public static Exercise BosuBallSquat { get; } = new(
        "bosu-ball-squat",
        "Bosu ball squat",
        ExerciseCategory.Balance,
        BodyPosition.OnBosu,
        isPerSide: false,
        tempo: TimeSpan.FromSeconds(3.5),
        cues:
        [
            "Stand on the dome, feet hip-width apart.",
            "Find your balance before you move.",
            "Sit your hips back and down, slowly.",
            "Knees track over your toes.",
            "Press back up to standing.",
        ],
        equipment: [Equipment.BosuBall],
        variations:
        [
            new ExerciseVariation(
                "flat-side",
                "Bosu ball squat, flat side up",
                [Equipment.BosuBall],
                "Harder: standing on the flat side is less stable.",
                BodyPosition.OnBosu),
            new ExerciseVariation(
                "plain-squat",
                "Squat",
                [],
                "No Bosu ball: a plain squat on the floor.",
                BodyPosition.Standing,
                [
                    "Feet hip-width apart, toes slightly out.",
                    "Sit your hips back and down, slowly.",
                    "Knees track over your toes.",
                    "Press back up to standing.",
                ]),
        ],
        media: Picture("bosu-ball-squat"));

    /// <summary>Gets the standing IT band stretch: one foot crossed over the other, reaching down and to the side.</summary>
    public static Exercise StandingItBandStretch { get; } = new(
        "standing-it-band-stretch",
        "Standing IT band stretch",
        ExerciseCategory.Stretch,
        BodyPosition.Standing,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Cross one foot over and set it beside the other.",
            "Fold forward from the waist.",
            "Reach your hands down toward the crossed foot's side.",
            "Keep both legs as straight as you can.",
        ],
        media: Picture("standing-it-band-stretch"));

    /// <summary>Gets the standing calf stretch: leaning into a wall or door, back leg straight.</summary>
    public static Exercise StandingCalfStretch { get; } = new(
        "standing-calf-stretch",
        "Standing calf stretch",
        ExerciseCategory.Stretch,
        BodyPosition.Standing,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Stand about a foot from a wall or door.",
            "Step one foot forward toward the wall.",
            "Lean in until the back calf pulls.",
            "Back heel stays on the floor.",
        ],
        equipment: [Equipment.Wall],
        media: Picture("standing-calf-stretch"));

    /// <summary>Gets the standing Achilles stretch: the calf stretch with the back knee bent.</summary>
    public static Exercise StandingAchillesStretch { get; } = new(
        "standing-achilles-stretch",
        "Standing Achilles stretch",
        ExerciseCategory.Stretch,
        BodyPosition.Standing,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Start from the calf stretch at the wall.",
            "Bend the back knee.",
            "Lean in until you feel it low, near the heel.",
            "Keep the back heel down.",
        ],
        equipment: [Equipment.Wall],
        media: Picture("standing-achilles-stretch"));

    /// <summary>Gets the seated hamstring stretch: one leg long, the other foot against its thigh, reaching for the toes.</summary>
    public static Exercise SeatedHamstringStretch { get; } = new(
        "seated-hamstring-stretch",
        "Seated hamstring stretch",
        ExerciseCategory.Stretch,
        BodyPosition.Seated,
        isPerSide: true,
        tempo: TimeSpan.FromSeconds(3),
        cues:
        [
            "Sit with both legs straight out in front.",
            "Bend one knee and rest that foot on the inside of the other thigh.",
            "Hinge forward and reach for the toes of the straight leg.",
            "Long back; don't bounce.",
        ],
        media: Picture("seated-hamstring-stretch"));

    /// <summary>Gets the catalog of the fourteen exercises, in the article's order.</summary>
    public static ExerciseCatalog Catalog { get; } = new(
    [
        StandingLegExtension, SideSteps, SideLegRaise, ForwardLegRaise, SidePlank, Clamshell, SingleLegHop,
        StepUp, HipDip, BosuBallSquat, StandingItBandStretch, StandingCalfStretch, StandingAchillesStretch,
        SeatedHamstringStretch,
    ]);

    /// <summary>Gets the routine <c>runners-knee</c>: all fourteen exercises in order, each with the article's dosage.</summary>
    public static Routine Routine { get; } = new(
        "runners-knee",
        "Knee strengthening for runners",
        CreateItems());

    /// <summary>The weeks of daily treatment planned while no back-to-running day is known: most exercise trials for runner's knee ran six weeks.</summary>
    public const int TreatmentWeeks = 6;

    /// <summary>
    /// Gets the program <c>runners-knee</c>, the article's rule: the <see cref="Routine"/> daily while the knee hurts
    /// (phase <c>treatment</c>, which ends on the day the person is back to running, planned at six weeks while that
    /// day is not known), then once a week (phase <c>prevention</c>, every seven days from the day after, open-ended).
    /// </summary>
    /// <remarks>A definition with no person's dates: enrol people on it with <see cref="Scheduling.Enrolment"/>.</remarks>
    public static TrainingProgram Program { get; } = CreateProgram(ScheduleRule.EveryNDays(7));

    /// <summary>Creates the program <c>runners-knee</c> with its weekly prevention session on a fixed weekday.</summary>
    /// <param name="weeklyOn">The weekday of the prevention session.</param>
    /// <returns>The program: <see cref="Program"/> but for the weekday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeklyOn"/> is not a weekday.</exception>
    public static TrainingProgram ProgramWeeklyOn(DayOfWeek weeklyOn) =>
        CreateProgram(ScheduleRule.Weekly(ModelChecks.CheckEnum(weeklyOn, nameof(weeklyOn))));

    // <summary>The built-in picture of an exercise (see ExercisePictures), as its one media item.</summary>
    private static ExerciseMedia[] Picture(string exerciseId) => [ExercisePictures.GetMedia(exerciseId)!];

    private static TrainingProgram CreateProgram(ScheduleRule prevention) => new(
        "runners-knee",
        "Runner's knee: daily treatment, then weekly prevention",
        [
            new ProgramPhase("treatment", Routine, ScheduleRule.Daily, PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, TreatmentWeeks)),
            new ProgramPhase("prevention", Routine, prevention, PhaseEnd.Open),
        ]);

    private static IEnumerable<RoutineItem> CreateItems()
    {
        var thirtySeconds = TimeSpan.FromSeconds(30);
        return
        [
            new(StandingLegExtension, Dosage.Repetitions(10, Laterality.PerSide, directions: 4)),
            new(SideSteps, Dosage.Repetitions(25, Laterality.PerSide)),
            new(SideLegRaise, Dosage.Repetitions(20, Laterality.PerSide)),
            new(ForwardLegRaise, Dosage.Repetitions(20, Laterality.PerSide)),
            new(SidePlank, Dosage.Hold(thirtySeconds, Laterality.PerSide)),
            new(Clamshell, Dosage.Repetitions(20, Laterality.PerSide)),
            new(SingleLegHop, Dosage.Repetitions(20, Laterality.PerSide)),
            new(StepUp, Dosage.Repetitions(20, Laterality.PerSide)),
            new(HipDip, Dosage.Repetitions(20, Laterality.PerSide)),
            new(BosuBallSquat, Dosage.Repetitions(20)),
            new(StandingItBandStretch, Dosage.Hold(thirtySeconds, Laterality.PerSide)),
            new(StandingCalfStretch, Dosage.Hold(thirtySeconds, Laterality.PerSide)),
            new(StandingAchillesStretch, Dosage.Hold(thirtySeconds, Laterality.PerSide)),
            new(SeatedHamstringStretch, Dosage.Hold(thirtySeconds, Laterality.PerSide)),
        ];
    }
}
