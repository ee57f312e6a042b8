using System;
using System.Collections.Generic;
using System.Globalization;

namespace KneeStrength.Coaching;

/// <summary>
/// How sessions get harder after calm ones and easier after ones that break the pain rules: one variable at a time,
/// by fixed steps, within caps.
/// </summary>
/// <remarks>
/// <para><b>Progression.</b> After <see cref="CalmSessionsToProgress"/> sessions in a row that were completed with
/// every pain score within the rules and pain during at or below the target, the routine goes up one level. Each
/// level changes one variable of each exercise, sized for the exercise: repetitions grow by
/// <see cref="RepetitionStep"/> up to <see cref="RepetitionCap"/>, then sets by one up to <see cref="SetCap"/>, then
/// a hold on each repetition by <see cref="HoldStep"/>; holds grow by <see cref="HoldStep"/> up to
/// <see cref="HoldCap"/> before sets do. Stretches and mobility work do not get harder: their dose is what loosens,
/// not what loads. A prescription already past a cap is left as it is; nothing goes past the model's limits.</para>
/// <para><b>Regression.</b> After a session that breaks a rule, the routine goes down one level below the
/// prescription (losing any progression), and each calm session after it brings it back up one level. Levels below
/// the prescription apply, in turn: (1) leave out hops (plyometric work); (2) halve the repetitions or hold of work on
/// a step or a Bosu (step-ups, Bosu squats); (3) halve the rest of the standing strength work; (4) one set of
/// everything; (5 and below) halve every dose again, never below one repetition or second. An exercise is never
/// left out when it is all the routine has.</para>
/// <para>These steps are this library's defaults, chosen to change one thing at a time as the pain-monitoring model
/// asks; they are configurable and do not replace a clinician's plan. Equality compares every value. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class ProgressionPolicy : IEquatable<ProgressionPolicy>
{
    /// <summary>Creates a policy; every argument left null takes its default.</summary>
    /// <param name="calmSessionsToProgress">Calm sessions in a row before a level up: 1 to 30. Default 3.</param>
    /// <param name="repetitionStep">Repetitions added per level: 1 to 100. Default 2.</param>
    /// <param name="repetitionCap">The most repetitions progression reaches: 1 to 1000. Default 30.</param>
    /// <param name="setCap">The most sets progression reaches: 1 to 20. Default 3.</param>
    /// <param name="holdStep">Hold time added per level, whole seconds: 1 s to 60 s. Default 5 s.</param>
    /// <param name="holdCap">The longest hold progression reaches, whole seconds: 1 s to 10 min. Default 60 s.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="ArgumentException">A time is not whole seconds.</exception>
    public ProgressionPolicy(
        int? calmSessionsToProgress = null,
        int? repetitionStep = null,
        int? repetitionCap = null,
        int? setCap = null,
        TimeSpan? holdStep = null,
        TimeSpan? holdCap = null)
    {
        CalmSessionsToProgress = calmSessionsToProgress ?? 3;
        Preconditions.CheckArgumentRange(CalmSessionsToProgress, 1, 30, nameof(calmSessionsToProgress));
        RepetitionStep = repetitionStep ?? 2;
        Preconditions.CheckArgumentRange(RepetitionStep, 1, 100, nameof(repetitionStep));
        RepetitionCap = repetitionCap ?? 30;
        Preconditions.CheckArgumentRange(RepetitionCap, 1, Dosage.MaxRepetitions, nameof(repetitionCap));
        SetCap = setCap ?? 3;
        Preconditions.CheckArgumentRange(SetCap, 1, Dosage.MaxSets, nameof(setCap));
        HoldStep = Seconds(holdStep ?? TimeSpan.FromSeconds(5), 60, nameof(holdStep));
        HoldCap = Seconds(holdCap ?? TimeSpan.FromSeconds(60), Dosage.MaxHoldSeconds, nameof(holdCap));
    }

    /// <summary>Gets the default policy.</summary>
    public static ProgressionPolicy Default { get; } = new();

    /// <summary>Gets the calm sessions in a row before a level up.</summary>
    public int CalmSessionsToProgress { get; }

    /// <summary>Gets the repetitions added per level.</summary>
    public int RepetitionStep { get; }

    /// <summary>Gets the most repetitions progression reaches.</summary>
    public int RepetitionCap { get; }

    /// <summary>Gets the most sets progression reaches.</summary>
    public int SetCap { get; }

    /// <summary>Gets the hold time added per level.</summary>
    public TimeSpan HoldStep { get; }

    /// <summary>Gets the longest hold progression reaches.</summary>
    public TimeSpan HoldCap { get; }

    /// <summary>Returns a routine adapted to a level: above zero harder, below zero easier, as the remarks describe.</summary>
    /// <param name="routine">The routine as prescribed.</param>
    /// <param name="level">The level: 0 for the prescription.</param>
    /// <returns>The adapted routine, with the prescription's id and name; <paramref name="routine"/> itself at level 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routine"/> is null.</exception>
    public Routine Adapt(Routine routine, int level)
    {
        Preconditions.CheckNotNull(routine);
        if (level == 0)
        {
            return routine;
        }

        var items = new List<RoutineItem>(routine.Items.Count);
        bool leaveOutHops = level <= -1 && HasOtherThanHops(routine);
        foreach (var item in routine.Items)
        {
            if (leaveOutHops && item.Exercise.Category == ExerciseCategory.Plyometric)
            {
                continue;
            }

            var dosage = level > 0 ? Harder(item.Exercise, item.Dosage, level) : Easier(item, -level, leaveOutHops);
            items.Add(dosage == item.Dosage ? item : new RoutineItem(item.Exercise, dosage));
        }

        return new Routine(routine.Id, routine.Name, items);
    }

    // <summary>
    // Moves the level and the calm streak on by one judged day: calm days in a row raise the level (one calm day
    // when below the prescription), a broken rule drops it one below the prescription, mixed or missing signals hold
    // it and end the streak, and neutral days change nothing.
    // </summary>
    internal (int Level, int Streak, DecisionKind Move) Step(int level, int streak, Verdict verdict) => verdict switch
    {
        Verdict.Calm when level < 0 => (level + 1, 0, DecisionKind.Progress),
        Verdict.Calm when streak + 1 >= CalmSessionsToProgress => (level + 1, 0, DecisionKind.Progress),
        Verdict.Calm => (level, streak + 1, DecisionKind.Hold),
        Verdict.Broken => (Math.Min(level, 0) - 1, 0, DecisionKind.Regress),
        Verdict.Neutral => (level, streak, DecisionKind.Hold),
        _ => (level, 0, DecisionKind.Hold),
    };

    private static bool HasOtherThanHops(Routine routine)
    {
        foreach (var item in routine.Items)
        {
            if (item.Exercise.Category != ExerciseCategory.Plyometric)
            {
                return true;
            }
        }

        return false;
    }

    // <summary>Applies <paramref name="levels"/> progression steps, sized for the exercise.</summary>
    private Dosage Harder(Exercise exercise, Dosage dosage, int levels)
    {
        if (exercise.Category is ExerciseCategory.Stretch or ExerciseCategory.Mobility or ExerciseCategory.Activity)
        {
            return dosage;
        }

        int holdCap = (int)HoldCap.TotalSeconds, holdStep = (int)HoldStep.TotalSeconds;
        int holdEachCap = Math.Min(holdCap, Dosage.MaxHoldEachSeconds);
        for (int i = 0; i < levels; i++)
        {
            var next = dosage;
            if (dosage.Kind == DosageKind.Repetitions && dosage.RepetitionCount < RepetitionCap)
            {
                next = dosage.WithAmount(Math.Min(RepetitionCap, dosage.RepetitionCount + RepetitionStep));
            }
            else if (dosage.Kind == DosageKind.Hold && dosage.Amount < holdCap)
            {
                next = dosage.WithAmount(Math.Min(holdCap, dosage.Amount + holdStep));
            }
            else if (dosage.Sets < SetCap)
            {
                next = dosage.WithSets(dosage.Sets + 1, dosage.RestBetweenSets);
            }
            else if (dosage.Kind == DosageKind.Repetitions && dosage.HoldEachSeconds > 0 && dosage.HoldEachSeconds < holdEachCap)
            {
                next = dosage.WithHoldEachRepetition(TimeSpan.FromSeconds(Math.Min(holdEachCap, dosage.HoldEachSeconds + holdStep)));
            }

            if (next == dosage)
            {
                break;
            }

            dosage = next;
        }

        return dosage;
    }

    // <summary>Applies the regression steps down to <paramref name="levels"/> below the prescription.</summary>
    private static Dosage Easier(RoutineItem item, int levels, bool hopsLeftOut)
    {
        var dosage = item.Dosage;
        var exercise = item.Exercise;
        bool onStepOrBosu = exercise.Position is BodyPosition.OnStep or BodyPosition.OnBosu;
        bool loadedKneeWork = exercise.Category == ExerciseCategory.Strength && exercise.Position is BodyPosition.Standing or BodyPosition.Kneeling;
        int halvings = 0;
        if (!hopsLeftOut && exercise.Category == ExerciseCategory.Plyometric)
        {
            halvings++;
        }

        if (levels >= 2 && onStepOrBosu)
        {
            halvings++;
        }

        if (levels >= 3 && loadedKneeWork)
        {
            halvings++;
        }

        if (levels >= 4)
        {
            dosage = dosage.WithSets(1);
        }

        if (levels >= 5)
        {
            halvings += levels - 4;
        }

        for (int i = 0; i < halvings && dosage.Amount > 1; i++)
        {
            dosage = dosage.WithAmount((dosage.Amount + 1) / 2);
        }

        return dosage;
    }

    private static TimeSpan Seconds(TimeSpan value, int max, string paramName)
    {
        if (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromSeconds(max))
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"Value must be 1 to {max} seconds."));
        }

        Preconditions.CheckArgument(value.Ticks % TimeSpan.TicksPerSecond == 0, paramName, "Value must be whole seconds.");
        return value;
    }

    /// <inheritdoc/>
    public bool Equals(ProgressionPolicy? other) =>
        other is not null && CalmSessionsToProgress == other.CalmSessionsToProgress && RepetitionStep == other.RepetitionStep &&
        RepetitionCap == other.RepetitionCap && SetCap == other.SetCap && HoldStep == other.HoldStep && HoldCap == other.HoldCap;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProgressionPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CalmSessionsToProgress, RepetitionStep, RepetitionCap, SetCap, HoldStep, HoldCap);

    /// <summary>Returns the policy as text.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"after {CalmSessionsToProgress} calm sessions: +{RepetitionStep} reps to {RepetitionCap}, then sets to {SetCap}, then +{HoldStep.TotalSeconds} s hold to {HoldCap.TotalSeconds} s");

    /// <summary>Compares two policies for equality.</summary>
    public static bool operator ==(ProgressionPolicy? left, ProgressionPolicy? right) => Equals(left, right);

    /// <summary>Compares two policies for inequality.</summary>
    public static bool operator !=(ProgressionPolicy? left, ProgressionPolicy? right) => !Equals(left, right);
}
