using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KneeStrength.Serialization;

// The JSON shapes of routines and catalogs. They mirror the documents member for member and hold no rules: the
// mappers check values against the model. Required members use `required`; optional ones are nullable, default to
// null (source generation ignores property initialisers) and are left out when writing null.

/// <summary>A routine document: <c>{"formatVersion":1,"id":…,"name":…,"items":[…]}</c>.</summary>
internal sealed class RoutineDocument
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public required int FormatVersion { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EquipmentJson>? Equipment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ExerciseJson>? Exercises { get; init; }

    public required IReadOnlyList<RoutineItemJson> Items { get; init; }
}

/// <summary>A catalog document: <c>{"formatVersion":1,"exercises":[…]}</c>.</summary>
internal sealed class CatalogDocument
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public required int FormatVersion { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EquipmentJson>? Equipment { get; init; }

    public required IReadOnlyList<ExerciseJson> Exercises { get; init; }
}

internal sealed class EquipmentJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }
}

internal sealed class ExerciseJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ExerciseCategory Category { get; init; }

    public required BodyPosition Position { get; init; }

    public required bool PerSide { get; init; }

    public required decimal TempoSeconds { get; init; }

    public required IReadOnlyList<string> Cues { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Equipment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Directions { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<VariationJson>? Variations { get; init; }
}

internal sealed class VariationJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Reason { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Equipment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BodyPosition? Position { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Cues { get; init; }
}

internal sealed class RoutineItemJson
{
    public required string ExerciseId { get; init; }

    public required DosageJson Dosage { get; init; }
}

internal sealed class DosageJson
{
    public required DosageKind Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Reps { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? HoldSeconds { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PerSide { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Directions { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Sets { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RestSeconds { get; init; }
}
