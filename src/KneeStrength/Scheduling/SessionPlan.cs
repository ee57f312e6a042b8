using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>
/// A routine expanded into contiguous, timed steps for one session, with notes on what was substituted,
/// left out or adjusted, and why.
/// </summary>
/// <remarks>
/// <para>The steps are contiguous and non-overlapping: the first starts at zero, each starts where the one before
/// ends, none is zero-length, and <see cref="TotalDuration"/> is their sum. A plan whose every exercise was left
/// out has no steps.</para>
/// <para>Equality compares the routine, the time budget, the steps and every note, in order. This type is
/// immutable and thread-safe. Make plans with <see cref="SessionScheduler"/>.</para>
/// </remarks>
public sealed class SessionPlan : IEquatable<SessionPlan>
{
    private static readonly ReadOnlyCollection<Substitution> NoSubstitutions = new([]);
    private static readonly ReadOnlyCollection<Omission> NoOmissions = new([]);
    private static readonly ReadOnlyCollection<Adjustment> NoAdjustments = new([]);

    private readonly TimedStep[] _steps;

    internal SessionPlan(
        Routine routine,
        TimeSpan? timeBudget,
        TimedStep[] steps,
        IList<Substitution>? substitutions,
        IList<Omission>? omissions,
        IList<Adjustment>? adjustments)
    {
        Routine = routine;
        TimeBudget = timeBudget;
        _steps = steps;
        Steps = new ReadOnlyCollection<TimedStep>(steps);
        Substitutions = substitutions is null || substitutions.Count == 0 ? NoSubstitutions : new ReadOnlyCollection<Substitution>(substitutions);
        Omissions = omissions is null || omissions.Count == 0 ? NoOmissions : new ReadOnlyCollection<Omission>(omissions);
        Adjustments = adjustments is null || adjustments.Count == 0 ? NoAdjustments : new ReadOnlyCollection<Adjustment>(adjustments);
    }

    /// <summary>Gets the routine the plan was made from.</summary>
    public Routine Routine { get; }

    /// <summary>Gets the time budget the plan was fitted into, or <see langword="null"/> when there was none.</summary>
    public TimeSpan? TimeBudget { get; }

    /// <summary>Gets the steps, in time order.</summary>
    public IReadOnlyList<TimedStep> Steps { get; }

    /// <summary>Gets how long the session takes: the sum of the steps' durations.</summary>
    public TimeSpan TotalDuration => TimeSpan.FromSeconds(TotalSeconds);

    /// <summary>Gets how long the session takes, in whole seconds.</summary>
    public int TotalSeconds => _steps.Length == 0 ? 0 : _steps[^1].StartSeconds + _steps[^1].DurationSeconds;

    /// <summary>Gets the exercises done in another form, and why.</summary>
    public IReadOnlyList<Substitution> Substitutions { get; }

    /// <summary>Gets the exercises left out for want of equipment, and why.</summary>
    public IReadOnlyList<Omission> Omissions { get; }

    /// <summary>Gets what a time budget changed, and why.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; }

    /// <summary>Returns the plan as readable text: one line per step, then the notes.</summary>
    public override string ToString() => SessionPlanText.Format(this);

    /// <inheritdoc/>
    public bool Equals(SessionPlan? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (TimeBudget == other.TimeBudget && _steps.AsSpan().SequenceEqual(other._steps) &&
             ReadOnlyListEquality.Equal(Substitutions, other.Substitutions) &&
             ReadOnlyListEquality.Equal(Omissions, other.Omissions) &&
             ReadOnlyListEquality.Equal(Adjustments, other.Adjustments) &&
             Routine == other.Routine));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SessionPlan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Routine.Id, TimeBudget, _steps.Length, TotalSeconds);

    /// <summary>Compares two plans for equality.</summary>
    public static bool operator ==(SessionPlan? left, SessionPlan? right) => Equals(left, right);

    /// <summary>Compares two plans for inequality.</summary>
    public static bool operator !=(SessionPlan? left, SessionPlan? right) => !Equals(left, right);
}
