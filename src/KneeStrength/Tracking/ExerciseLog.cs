using System;
using System.Globalization;

namespace KneeStrength.Tracking;

/// <summary>What was done of one exercise in a logged session.</summary>
/// <remarks>
/// <para>Amounts are what was done, not what was planned: the sets started, and the most repetitions (or hold
/// seconds) done in any of them. The constructor checks the model's limits, twice over (a person may do more than a
/// dosage may ask); <see cref="For"/> checks against one routine item, at most twice its prescription.</para>
/// <para>Equality compares every property. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ExerciseLog : IEquatable<ExerciseLog>
{
    /// <summary>Creates an exercise log.</summary>
    /// <param name="exerciseId">The exercise's id.</param>
    /// <param name="outcome">Whether it was completed, stopped early or skipped.</param>
    /// <param name="sets">Sets done: 0 to 40; 0 exactly when skipped.</param>
    /// <param name="amount">The most repetitions or hold seconds done in a set: 0 to twice the model's limit; 0 exactly when skipped.</param>
    /// <exception cref="ArgumentException"><paramref name="exerciseId"/> is not a valid id, or a skipped exercise has amounts, or a done one has none.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ExerciseLog(string exerciseId, ExerciseOutcome outcome, int sets, int amount)
    {
        ExerciseId = Preconditions.CheckSlug(exerciseId);
        Outcome = ModelChecks.CheckEnum(outcome);
        Preconditions.CheckArgumentRange(sets, 0, 2 * Dosage.MaxSets);
        Preconditions.CheckArgumentRange(amount, 0, 2 * Dosage.MaxRepetitions);
        bool skipped = outcome == ExerciseOutcome.Skipped;
        Preconditions.CheckArgument(
            skipped ? sets == 0 && amount == 0 : sets > 0 && amount > 0,
            nameof(sets),
            skipped ? "A skipped exercise has no sets or amount done." : "An exercise done, even stopped early, has at least one set and an amount.");
        Sets = sets;
        Amount = amount;
    }

    /// <summary>Gets the exercise's id.</summary>
    public string ExerciseId { get; }

    /// <summary>Gets whether it was completed, stopped early or skipped.</summary>
    public ExerciseOutcome Outcome { get; }

    /// <summary>Gets the sets done.</summary>
    public int Sets { get; }

    /// <summary>Gets the most repetitions, or hold seconds, done in a set.</summary>
    public int Amount { get; }

    /// <summary>Creates a log for a routine item, checking the amounts against at most twice its prescription.</summary>
    /// <param name="item">The routine item.</param>
    /// <param name="outcome">Whether it was completed, stopped early or skipped.</param>
    /// <param name="sets">Sets done: 0 to twice the most the dosage asks for.</param>
    /// <param name="amount">Repetitions or hold seconds done in a set: 0 to twice the most the dosage asks for.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is over twice the prescription.</exception>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public static ExerciseLog For(RoutineItem item, ExerciseOutcome outcome, int sets, int amount)
    {
        Preconditions.CheckNotNull(item);
        var dosage = item.Dosage;
        int maxAmount = dosage.Kind == DosageKind.Hold ? dosage.Amount : dosage.RepetitionRange.Maximum;
        Preconditions.CheckArgumentRange(sets, 0, 2 * dosage.SetRange.Maximum);
        Preconditions.CheckArgumentRange(amount, 0, 2 * maxAmount);
        return new ExerciseLog(item.Exercise.Id, outcome, sets, amount);
    }

    /// <summary>Creates the log of an item done in full: its planned sets and amount.</summary>
    /// <param name="item">The routine item.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static ExerciseLog Completed(RoutineItem item)
    {
        Preconditions.CheckNotNull(item);
        return new ExerciseLog(item.Exercise.Id, ExerciseOutcome.Completed, item.Dosage.Sets, item.Dosage.Amount);
    }

    /// <inheritdoc/>
    public bool Equals(ExerciseLog? other) =>
        other is not null && ExerciseId == other.ExerciseId && Outcome == other.Outcome && Sets == other.Sets && Amount == other.Amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExerciseLog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ExerciseId, Outcome, Sets, Amount);

    /// <summary>Returns the log as text, such as <c>clamshell: completed, 1 x 20</c>.</summary>
    public override string ToString() => Outcome == ExerciseOutcome.Skipped
        ? $"{ExerciseId}: skipped"
        : string.Create(CultureInfo.InvariantCulture, $"{ExerciseId}: {(Outcome == ExerciseOutcome.Completed ? "completed" : "stopped early")}, {Sets} x {Amount}");

    /// <summary>Compares two logs for equality.</summary>
    public static bool operator ==(ExerciseLog? left, ExerciseLog? right) => Equals(left, right);

    /// <summary>Compares two logs for inequality.</summary>
    public static bool operator !=(ExerciseLog? left, ExerciseLog? right) => !Equals(left, right);
}
