using System;
using System.Globalization;

namespace KneeStrength.Export.Fit;

/// <summary>
/// An exercise as the FIT profile names it: an <c>exercise_category</c> and, where the profile has a fitting one, an
/// <c>exercise_name</c> within it. Watches use them to show the exercise and count its sets.
/// </summary>
/// <remarks>
/// <para>The numbers are the FIT profile's (for example banded_exercises is category 37 and lateral_band_walks its
/// name 24; <see cref="FitExerciseCategory"/> and <see cref="FitExerciseName"/> name the ones the built-in map uses). A
/// step with a category and no name is allowed; the watch then shows the workout's exercise title.</para>
/// <para>The <c>default</c> value is category 0 (bench press) with no name. Equality compares both numbers. This
/// type is an immutable value and thread-safe.</para>
/// </remarks>
public readonly struct FitExercise : IEquatable<FitExercise>
{
    // The FIT profile's invalid uint16, which no category or name may use.
    private const ushort Invalid = 0xFFFF;

    private readonly ushort _namePlusOne;

    /// <summary>Creates an exercise from its FIT numbers.</summary>
    /// <param name="category">The <c>exercise_category</c>: 0 to 65534.</param>
    /// <param name="name">The <c>exercise_name</c> within the category (0 to 65534), or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is 65535, FIT's invalid value.</exception>
    public FitExercise(ushort category, ushort? name = null)
    {
        if (category == Invalid)
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "65535 is FIT's invalid value, not a category.");
        }

        if (name == Invalid)
        {
            throw new ArgumentOutOfRangeException(nameof(name), name, "65535 is FIT's invalid value, not a name; pass null for none.");
        }

        Category = category;
        _namePlusOne = name is ushort n ? (ushort)(n + 1) : (ushort)0;
    }

    /// <summary>Gets the FIT <c>exercise_category</c>.</summary>
    public ushort Category { get; }

    /// <summary>Gets the FIT <c>exercise_name</c>, or <see langword="null"/> when the category has no fitting one.</summary>
    public ushort? Name => _namePlusOne == 0 ? null : (ushort)(_namePlusOne - 1);

    // <summary>Gets the name as written to a file: FIT's invalid value 65535 for none.</summary>
    internal ushort NameOrInvalid => _namePlusOne == 0 ? Invalid : (ushort)(_namePlusOne - 1);

    /// <inheritdoc/>
    public bool Equals(FitExercise other) => Category == other.Category && _namePlusOne == other._namePlusOne;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FitExercise other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Category << 16) | _namePlusOne;

    /// <summary>Returns the numbers, such as <c>37/24</c>, or <c>20</c> for a category with no name.</summary>
    public override string ToString() => Name is ushort name
        ? string.Create(CultureInfo.InvariantCulture, $"{Category}/{name}")
        : Category.ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares two exercises for equality.</summary>
    public static bool operator ==(FitExercise left, FitExercise right) => left.Equals(right);

    /// <summary>Compares two exercises for inequality.</summary>
    public static bool operator !=(FitExercise left, FitExercise right) => !left.Equals(right);
}
