using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using KneeStrength.Text;

namespace KneeStrength;

/// <summary>A set of exercises with unique ids, in a stable order, to look exercises up by id.</summary>
/// <remarks>
/// Equality compares the exercises in order. This type is immutable and thread-safe.
/// </remarks>
public sealed class ExerciseCatalog : IEquatable<ExerciseCatalog>
{
    private readonly Dictionary<string, Exercise> _byId;

    /// <summary>Creates a catalog.</summary>
    /// <param name="exercises">The exercises, in display order; ids must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exercises"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null or an id is used twice.</exception>
    public ExerciseCatalog(IEnumerable<Exercise> exercises)
    {
        Exercises = Preconditions.CopyNoNulls(exercises);
        _byId = new Dictionary<string, Exercise>(Exercises.Count, StringComparer.Ordinal);
        foreach (var exercise in Exercises)
        {
            Preconditions.CheckArgument(_byId.TryAdd(exercise.Id, exercise), nameof(exercises), $"Exercise id '{exercise.Id}' is used twice.");
        }
    }

    /// <summary>Gets the exercises, in display order.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Returns the exercise with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The exercise id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Exercise? Find(string id)
    {
        Preconditions.CheckNotNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>Returns the exercise with this id.</summary>
    /// <param name="id">The exercise id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No exercise has this id; the message lists the known ids.</exception>
    public Exercise Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"Unknown exercise id {DisplayText.Quote(id)}. Known ids: {string.Join(", ", Exercises.Select(e => e.Id))}.");

    /// <summary>Returns a catalog with these exercises added after this one's.</summary>
    /// <param name="exercises">The exercises to add; their ids must be new.</param>
    /// <exception cref="ArgumentException">An id is already in the catalog or repeated.</exception>
    public ExerciseCatalog With(IEnumerable<Exercise> exercises) =>
        new(Exercises.Concat(Preconditions.CopyNoNulls(exercises)));

    /// <inheritdoc/>
    public bool Equals(ExerciseCatalog? other) =>
        other is not null && ReadOnlyListEquality.Equal(Exercises, other.Exercises);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExerciseCatalog);

    /// <inheritdoc/>
    public override int GetHashCode() => ReadOnlyListEquality.Hash(Exercises);

    /// <summary>Compares two catalogs for equality.</summary>
    public static bool operator ==(ExerciseCatalog? left, ExerciseCatalog? right) => Equals(left, right);

    /// <summary>Compares two catalogs for inequality.</summary>
    public static bool operator !=(ExerciseCatalog? left, ExerciseCatalog? right) => !Equals(left, right);
}
