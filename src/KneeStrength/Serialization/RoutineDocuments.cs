using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KneeStrength.Serialization;

// The JSON shapes of routines and catalogs. They mirror the documents member for member and hold no rules: the
// mappers check values against the model. Required members carry [JsonRequired]; optional ones are nullable, default
// to null and are left out when writing null. Properties have plain setters: with `required` or `init` members the
// generated code builds each object in one initializer, buffering every value (and boxing numbers) first, which made
// source-generated reading allocate 65% more than reflection.

// <summary>A routine document: <c>{"formatVersion":1,"id":…,"name":…,"items":[…]}</c>.</summary>
internal sealed class RoutineDocument
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; set; }

    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EquipmentJson>? Equipment { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ExerciseJson>? Exercises { get; set; }

    // A routine has its items, or its sections: one of the two.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RoutineItemJson>? Items { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SectionJson>? Sections { get; set; }
}

// <summary>A section of a routine: <c>{"kind":"warmUp","items":[…]}</c>, whose items may be circuits.</summary>
internal sealed class SectionJson
{
    [JsonRequired]
    public RoutineSectionKind Kind { get; set; }

    [JsonRequired]
    public IReadOnlyList<BlockJson> Items { get; set; } = null!;
}

// <summary>An entry of a section: an item (<c>exerciseId</c> and <c>dosage</c>) or a <c>circuit</c>.</summary>
internal sealed class BlockJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExerciseId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DosageJson? Dosage { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CircuitJson? Circuit { get; set; }
}

internal sealed class CircuitJson
{
    [JsonRequired]
    public int Rounds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RestAfterRoundSeconds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RestBetweenItemsSeconds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? RestAfterLastRound { get; set; }

    [JsonRequired]
    public IReadOnlyList<RoutineItemJson> Items { get; set; } = null!;
}

// <summary>A catalog document: <c>{"formatVersion":1,"exercises":[…]}</c>.</summary>
internal sealed class CatalogDocument
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; set; }

    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EquipmentJson>? Equipment { get; set; }

    [JsonRequired]
    public IReadOnlyList<ExerciseJson> Exercises { get; set; } = null!;
}

internal sealed class EquipmentJson
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Name { get; set; } = null!;
}

internal sealed class ExerciseJson
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public ExerciseCategory Category { get; set; }

    [JsonRequired]
    public BodyPosition Position { get; set; }

    [JsonRequired]
    public bool PerSide { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? TempoSeconds { get; set; }

    [JsonRequired]
    public IReadOnlyList<string> Cues { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Equipment { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Directions { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<VariationJson>? Variations { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MediaJson>? Media { get; set; }
}

internal sealed class MediaJson
{
    [JsonRequired]
    public string Uri { get; set; } = null!;

    [JsonRequired]
    public string MediaType { get; set; } = null!;

    [JsonRequired]
    public string AlternativeText { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Licence { get; set; }
}

internal sealed class VariationJson
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public string Reason { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Equipment { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BodyPosition? Position { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Cues { get; set; }
}

internal sealed class RoutineItemJson
{
    [JsonRequired]
    public string ExerciseId { get; set; } = null!;

    [JsonRequired]
    public DosageJson Dosage { get; set; } = null!;
}

internal sealed class DosageJson
{
    [JsonRequired]
    public DosageKind Kind { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Reps { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RepsMax { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? HoldEachSeconds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? HoldSeconds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PerSide { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Directions { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Sets { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SetsMax { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RestSeconds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Open { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Rpe { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RepsInReserve { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BandResistance? BandResistance { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BandColour { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StepHeightCentimetres { get; set; }
}
