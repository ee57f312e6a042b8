using System.Collections.Generic;
using KneeStrength.Scheduling;

namespace KneeStrength.Serialization;

// The JSON shape of session plans. Plans are written by machines for machines (phones, watches), so every member is
// required and always written, null where it does not apply: each step has the same shape.

/// <summary>A session plan document.</summary>
internal sealed class PlanDocument
{
    public required int FormatVersion { get; init; }

    public required string Routine { get; init; }

    public required decimal? TimeBudgetSeconds { get; init; }

    public required int TotalSeconds { get; init; }

    public required IReadOnlyList<StepJson> Steps { get; init; }

    public required IReadOnlyList<SubstitutionJson> Substitutions { get; init; }

    public required IReadOnlyList<OmissionJson> Omissions { get; init; }

    public required IReadOnlyList<AdjustmentJson> Adjustments { get; init; }
}

internal sealed class StepJson
{
    public required int Index { get; init; }

    public required StepKind Kind { get; init; }

    public required int StartSeconds { get; init; }

    public required int DurationSeconds { get; init; }

    public required int ItemIndex { get; init; }

    public required string ExerciseId { get; init; }

    public required string? Variation { get; init; }

    public required Side? Side { get; init; }

    public required string? Direction { get; init; }

    public required int Set { get; init; }

    public required int? Reps { get; init; }

    public required int? HoldSeconds { get; init; }

    public required string Cue { get; init; }
}

internal sealed class SubstitutionJson
{
    public required string ExerciseId { get; init; }

    public required string Variation { get; init; }

    public required string Reason { get; init; }
}

internal sealed class OmissionJson
{
    public required string ExerciseId { get; init; }

    public required string Reason { get; init; }
}

internal sealed class AdjustmentJson
{
    public required string? ExerciseId { get; init; }

    public required string Change { get; init; }

    public required string Reason { get; init; }
}
