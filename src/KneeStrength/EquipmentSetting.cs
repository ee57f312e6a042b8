using System;
using System.Collections.Generic;
using System.Globalization;

namespace KneeStrength;

/// <summary>How strong a loop band is, as band makers sort them.</summary>
public enum BandResistance
{
    /// <summary>A light band.</summary>
    Light,

    /// <summary>A medium band.</summary>
    Medium,

    /// <summary>A heavy band.</summary>
    Heavy,
}

/// <summary>What an <see cref="EquipmentSetting"/> sets.</summary>
public enum EquipmentSettingKind
{
    /// <summary>A loop band's resistance: a level, a colour, or both.</summary>
    BandResistance,

    /// <summary>A step's height, in centimetres.</summary>
    StepHeight,
}

/// <summary>
/// How to set up the equipment for an item: a loop band's resistance (<c>medium (red) band</c>) or a step's height
/// (<c>20 cm step</c>).
/// </summary>
/// <remarks>
/// <para>Colours are the names band makers use; which colour is how strong differs from maker to maker, so a colour is
/// kept as given and never turned into a level. Colours read: <see cref="BandColours"/>.</para>
/// <para>A setting belongs to a <see cref="Dosage"/>. An item whose exercise does not use the equipment refuses it; when
/// the scheduler swaps in a variation without that equipment, the setting is not used and the substitution says so.</para>
/// <para>Equality compares the kind, the level, the colour and the height. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class EquipmentSetting : IEquatable<EquipmentSetting>
{
    /// <summary>The lowest step height, in centimetres.</summary>
    public const int MinStepHeightCentimetres = 5;

    /// <summary>The highest step height, in centimetres.</summary>
    public const int MaxStepHeightCentimetres = 60;

    private EquipmentSetting(EquipmentSettingKind kind, BandResistance? resistance, string? colour, int centimetres)
    {
        Kind = kind;
        Resistance = resistance;
        Colour = colour;
        StepHeightCentimetres = centimetres;
    }

    /// <summary>Gets the band colours the notation reads, in lower case.</summary>
    public static IReadOnlyList<string> BandColours { get; } = Array.AsReadOnly(
        ["tan", "yellow", "orange", "red", "green", "blue", "purple", "black", "grey", "silver", "gold"]);

    /// <summary>Creates a band setting from a level, a colour, or both.</summary>
    /// <param name="resistance">The level, or null when only the colour is given.</param>
    /// <param name="colour">One of <see cref="BandColours"/> (any case), or null when only the level is given.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentException">Neither is given, or the colour is not one of <see cref="BandColours"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resistance"/> is not a defined value.</exception>
    public static EquipmentSetting Band(BandResistance? resistance, string? colour = null)
    {
        if (resistance is BandResistance r && r is not (BandResistance.Light or BandResistance.Medium or BandResistance.Heavy))
        {
            throw new ArgumentOutOfRangeException(nameof(resistance), r, "The band resistance is not a defined value.");
        }

        string? known = null;
        if (colour is not null)
        {
            known = KnownColour(colour);
            Preconditions.CheckArgument(known is not null, nameof(colour), $"Unknown band colour {Text.DisplayText.Quote(colour)}; the colours are {string.Join(", ", BandColours)}.");
        }

        Preconditions.CheckArgument(resistance is not null || known is not null, nameof(resistance), "A band setting needs a resistance, a colour, or both.");
        return new EquipmentSetting(EquipmentSettingKind.BandResistance, resistance, known, 0);
    }

    /// <summary>Creates a step height.</summary>
    /// <param name="centimetres">5 to 60 centimetres.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="centimetres"/> is outside 5 to 60.</exception>
    public static EquipmentSetting StepHeight(int centimetres)
    {
        Preconditions.CheckArgumentRange(centimetres, MinStepHeightCentimetres, MaxStepHeightCentimetres);
        return new EquipmentSetting(EquipmentSettingKind.StepHeight, null, null, centimetres);
    }

    /// <summary>Gets what the setting sets.</summary>
    public EquipmentSettingKind Kind { get; }

    /// <summary>Gets the band's level, or <see langword="null"/> when only a colour is given or for a step.</summary>
    public BandResistance? Resistance { get; }

    /// <summary>Gets the band's colour in lower case, or <see langword="null"/> when none is given or for a step.</summary>
    public string? Colour { get; }

    /// <summary>Gets the step's height in centimetres; 0 for a band.</summary>
    public int StepHeightCentimetres { get; }

    /// <summary>Gets the equipment the setting is for: <see cref="Equipment.LoopBand"/> or <see cref="Equipment.Step"/>.</summary>
    public Equipment Equipment => Kind == EquipmentSettingKind.StepHeight ? Equipment.Step : Equipment.LoopBand;

    /// <inheritdoc/>
    public bool Equals(EquipmentSetting? other) =>
        other is not null && Kind == other.Kind && Resistance == other.Resistance && Colour == other.Colour &&
        StepHeightCentimetres == other.StepHeightCentimetres;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EquipmentSetting);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Resistance, Colour, StepHeightCentimetres);

    /// <summary>Returns the text form the dosage notation reads: <c>medium (red) band</c>, <c>red band</c>, <c>heavy band</c> or <c>20 cm step</c>.</summary>
    public override string ToString()
    {
        if (Kind == EquipmentSettingKind.StepHeight)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{StepHeightCentimetres} cm step");
        }

        string? level = Resistance is BandResistance r ? LevelWord(r) : null;
        return level is null ? $"{Colour} band" : Colour is null ? $"{level} band" : $"{level} ({Colour}) band";
    }

    // <summary>The word for a band's level, as the notation reads it: <c>light</c>, <c>medium</c> or <c>heavy</c>.</summary>
    internal static string LevelWord(BandResistance level) => level switch
    {
        BandResistance.Light => "light",
        BandResistance.Medium => "medium",
        _ => "heavy",
    };

    // <summary>The level a word names (lower case, as the notation's tokens are), or null for none.</summary>
    internal static BandResistance? ParseLevel(string word) => word switch
    {
        "light" => BandResistance.Light,
        "medium" => BandResistance.Medium,
        "heavy" => BandResistance.Heavy,
        _ => null,
    };

    // <summary>The colour of <see cref="BandColours"/> a text names in any case, or null for none.</summary>
    internal static string? KnownColour(string text)
    {
        foreach (var colour in BandColours)
        {
            if (string.Equals(colour, text, StringComparison.OrdinalIgnoreCase))
            {
                return colour;
            }
        }

        return null;
    }

    /// <summary>Compares two settings for equality.</summary>
    public static bool operator ==(EquipmentSetting? left, EquipmentSetting? right) => Equals(left, right);

    /// <summary>Compares two settings for inequality.</summary>
    public static bool operator !=(EquipmentSetting? left, EquipmentSetting? right) => !Equals(left, right);
}
