using System;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength;

/// <summary>
/// One exercise: what it is, how the body is placed, whether it is done per side and in which directions,
/// the equipment its preferred form uses, the variations for other equipment, and what a coach would say.
/// </summary>
/// <remarks>
/// Equality compares every property, lists element by element. This type is immutable and thread-safe.
/// </remarks>
public sealed class Exercise : IEquatable<Exercise>
{
    /// <summary>The shortest tempo: 0.1 s per repetition.</summary>
    public static readonly TimeSpan MinTempo = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest tempo: 60 s per repetition.</summary>
    public static readonly TimeSpan MaxTempo = TimeSpan.FromSeconds(60);

    /// <summary>The most pictures and videos an exercise may have.</summary>
    public const int MaxMedia = 10;

    /// <summary>Creates an exercise.</summary>
    /// <param name="id">Stable id: a kebab-case slug such as <c>side-steps</c>.</param>
    /// <param name="name">Display name, at most 100 characters.</param>
    /// <param name="category">What the exercise trains.</param>
    /// <param name="position">The body position of the preferred form.</param>
    /// <param name="isPerSide">Whether it is done for each side in turn.</param>
    /// <param name="tempo">
    /// Default time per repetition, 0.1 s to 60 s in whole milliseconds; null for an exercise done only as timed holds
    /// (a routine refuses a repetitions dosage for it).
    /// </param>
    /// <param name="cues">One to ten short instruction cues, in order.</param>
    /// <param name="equipment">The equipment the preferred form uses; null or empty for none.</param>
    /// <param name="variations">Other ways to do it, in order of preference; null for none. Ids must be unique.</param>
    /// <param name="directions">Named movement directions (slugs such as <c>forward</c>), done in turn; null for none. At most 8.</param>
    /// <param name="media">Pictures and videos of it, in the order an app should show them; null for none. At most 10, no URI twice.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, too long, repeated or not a valid id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is unknown, or <paramref name="tempo"/> is out of range.</exception>
    public Exercise(
        string id,
        string name,
        ExerciseCategory category,
        BodyPosition position,
        bool isPerSide,
        TimeSpan? tempo,
        IEnumerable<string> cues,
        IEnumerable<Equipment>? equipment = null,
        IEnumerable<ExerciseVariation>? variations = null,
        IEnumerable<string>? directions = null,
        IEnumerable<ExerciseMedia>? media = null)
    {
        Id = Preconditions.CheckSlug(id);
        Name = Preconditions.CheckText(name, 100);
        Category = ModelChecks.CheckEnum(category);
        Position = ModelChecks.CheckEnum(position);
        IsPerSide = isPerSide;
        if (tempo is TimeSpan t && (t < MinTempo || t > MaxTempo || t.Ticks % TimeSpan.TicksPerMillisecond != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tempo), tempo, "Tempo must be 0.1 s to 60 s per repetition, in whole milliseconds.");
        }

        Tempo = tempo;
        Cues = ModelChecks.CheckCues(cues, allowEmpty: false);
        Equipment = ModelChecks.CheckEquipmentList(equipment ?? [], nameof(equipment));
        EquipmentArray = [.. Equipment];
        Variations = Preconditions.CopyNoNulls(variations ?? [], nameof(variations));
        for (int i = 0; i < Variations.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(Variations[i].Id != Variations[j].Id, nameof(variations), $"Variation id '{Variations[i].Id}' is used twice.");
            }
        }

        Directions = Preconditions.CopyNoNulls(directions ?? [], nameof(directions));
        DirectionArray = [.. Directions];
        Preconditions.CheckArgument(
            Directions.Count <= Dosage.MaxDirections,
            nameof(directions),
            string.Create(CultureInfo.InvariantCulture, $"An exercise has at most {Dosage.MaxDirections} directions; there were {Directions.Count}."));
        for (int i = 0; i < Directions.Count; i++)
        {
            Preconditions.CheckArgument(Slug.IsValid(Directions[i]), nameof(directions), $"Direction '{Directions[i]}' is not a valid id.");
            for (int j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(Directions[i] != Directions[j], nameof(directions), $"Direction '{Directions[i]}' is listed twice.");
            }
        }

        Media = Preconditions.CopyNoNulls(media ?? [], nameof(media));
        Preconditions.CheckArgument(
            Media.Count <= MaxMedia,
            nameof(media),
            string.Create(CultureInfo.InvariantCulture, $"An exercise has at most {MaxMedia} pictures and videos; there were {Media.Count}."));
        for (int i = 0; i < Media.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(
                    Media[i].Uri.OriginalString != Media[j].Uri.OriginalString,
                    nameof(media),
                    $"Media URI {DisplayText.Quote(Media[i].Uri.OriginalString)} is listed twice.");
            }
        }
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets what the exercise trains.</summary>
    public ExerciseCategory Category { get; }

    /// <summary>Gets the body position of the preferred form.</summary>
    public BodyPosition Position { get; }

    /// <summary>Gets a value indicating whether the exercise is done for each side in turn.</summary>
    public bool IsPerSide { get; }

    /// <summary>Gets the default time one repetition takes, or <see langword="null"/> for an exercise done only as holds.</summary>
    public TimeSpan? Tempo { get; }

    /// <summary>Gets the instruction cues, in order.</summary>
    public IReadOnlyList<string> Cues { get; }

    /// <summary>Gets the equipment the preferred form uses; empty for none.</summary>
    public IReadOnlyList<Equipment> Equipment { get; }

    /// <summary>Gets the other ways to do the exercise, in order of preference.</summary>
    public IReadOnlyList<ExerciseVariation> Variations { get; }

    /// <summary>Gets the named movement directions, done in turn; empty when the exercise has none.</summary>
    public IReadOnlyList<string> Directions { get; }

    /// <summary>Gets the pictures and videos of the exercise, in the order an app should show them; empty for none.</summary>
    public IReadOnlyList<ExerciseMedia> Media { get; }

    // <summary>The equipment as an array, for the scheduler's hot path.</summary>
    internal Equipment[] EquipmentArray { get; }

    // <summary>The directions as an array, for the scheduler's hot path.</summary>
    internal string[] DirectionArray { get; }

    /// <summary>Gets the variation with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The variation's id.</param>
    public ExerciseVariation? FindVariation(string id)
    {
        Preconditions.CheckNotNull(id);
        foreach (var variation in Variations)
        {
            if (variation.Id == id)
            {
                return variation;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Exercise? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Name == other.Name && Category == other.Category && Position == other.Position &&
             IsPerSide == other.IsPerSide && Tempo == other.Tempo &&
             ReadOnlyListEquality.Equal(Cues, other.Cues) &&
             ReadOnlyListEquality.Equal(Equipment, other.Equipment) &&
             ReadOnlyListEquality.Equal(Variations, other.Variations) &&
             ReadOnlyListEquality.Equal(Directions, other.Directions) &&
             ReadOnlyListEquality.Equal(Media, other.Media)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Exercise);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Category, Position, IsPerSide, Tempo, ReadOnlyListEquality.Hash(Variations));

    /// <summary>Returns the id.</summary>
    public override string ToString() => Id;

    /// <summary>Compares two exercises for equality.</summary>
    public static bool operator ==(Exercise? left, Exercise? right) => Equals(left, right);

    /// <summary>Compares two exercises for inequality.</summary>
    public static bool operator !=(Exercise? left, Exercise? right) => !Equals(left, right);
}
