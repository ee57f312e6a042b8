using System.Collections.Generic;
using System.Text.Json.Serialization;
using KneeStrength.Scheduling;

namespace KneeStrength.Serialization;

// The JSON shape of session plans. Plans are written by machines for machines (phones, watches), so every member is
// required and always written, null where it does not apply: each step has the same shape.

// <summary>A session plan document.</summary>
internal sealed class PlanDocument
{
    [JsonRequired]
    public int FormatVersion { get; set; }

    // The language of the cues and reasons when not English; readers ignore it, as they ignore the words.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; set; }

    [JsonRequired]
    public string Routine { get; set; } = null!;

    [JsonRequired]
    public decimal? TimeBudgetSeconds { get; set; }

    [JsonRequired]
    public int TotalSeconds { get; set; }

    [JsonRequired]
    public IReadOnlyList<StepJson> Steps { get; set; } = null!;

    [JsonRequired]
    public IReadOnlyList<SubstitutionJson> Substitutions { get; set; } = null!;

    [JsonRequired]
    public IReadOnlyList<OmissionJson> Omissions { get; set; } = null!;

    [JsonRequired]
    public IReadOnlyList<AdjustmentJson> Adjustments { get; set; } = null!;

    // Each exercise's dose as planned, with its words in the document's language, for display: always written;
    // readers ignore it (the steps are the plan), so a document without it reads too.
    public IReadOnlyList<DoseJson>? Doses { get; set; }
}

// <summary>An exercise's dose as the plan does it: after a time budget's cuts, in the form in use.</summary>
internal sealed class DoseJson
{
    [JsonRequired]
    public int ItemIndex { get; set; }

    [JsonRequired]
    public string ExerciseId { get; set; } = null!;

    [JsonRequired]
    public string? Variation { get; set; }

    // <summary>The dosage of one round for an exercise in a circuit, with the circuit's rounds beside it.</summary>
    [JsonRequired]
    public string Dosage { get; set; } = null!;

    [JsonRequired]
    public int? Rounds { get; set; }

    [JsonRequired]
    public string Words { get; set; } = null!;
}

internal sealed class StepJson
{
    [JsonRequired]
    public int Index { get; set; }

    [JsonRequired]
    public StepKind Kind { get; set; }

    // Absent for the main section, so a plan of a plain routine reads as before sections were.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public RoutineSectionKind Section { get; set; }

    // Present (true) only on the work and hold steps of an open-ended dosage.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Open { get; set; }

    [JsonRequired]
    public int StartSeconds { get; set; }

    [JsonRequired]
    public int DurationSeconds { get; set; }

    [JsonRequired]
    public int ItemIndex { get; set; }

    [JsonRequired]
    public string ExerciseId { get; set; } = null!;

    [JsonRequired]
    public string? Variation { get; set; }

    [JsonRequired]
    public Side? Side { get; set; }

    [JsonRequired]
    public string? Direction { get; set; }

    [JsonRequired]
    public int Set { get; set; }

    [JsonRequired]
    public int? Reps { get; set; }

    [JsonRequired]
    public int? HoldSeconds { get; set; }

    // <summary>The tempo of a work step, in seconds; absent for other kinds.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? TempoSeconds { get; set; }

    // <summary>The hold on each repetition of a work step, when it has one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? HoldEachSeconds { get; set; }

    [JsonRequired]
    public string Cue { get; set; } = null!;
}

internal sealed class SubstitutionJson
{
    [JsonRequired]
    public string ExerciseId { get; set; } = null!;

    [JsonRequired]
    public string Variation { get; set; } = null!;

    // The ids of the preferred form's equipment that was not on hand.
    [JsonRequired]
    public IReadOnlyList<string> MissingEquipment { get; set; } = null!;

    [JsonRequired]
    public string Reason { get; set; } = null!;
}

internal sealed class OmissionJson
{
    [JsonRequired]
    public string ExerciseId { get; set; } = null!;

    // The ids of the exercise's equipment that was not on hand.
    [JsonRequired]
    public IReadOnlyList<string> MissingEquipment { get; set; } = null!;

    [JsonRequired]
    public string Reason { get; set; } = null!;
}

// <summary>What a time budget changed: the facts, and the words in the document's language.</summary>
internal sealed class AdjustmentJson
{
    [JsonRequired]
    public AdjustmentKind Kind { get; set; }

    [JsonRequired]
    public string? ExerciseId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Variation { get; set; }

    // Dosages in the notation (the same in every language).
    [JsonRequired]
    public string? DosageBefore { get; set; }

    [JsonRequired]
    public string? DosageAfter { get; set; }

    [JsonRequired]
    public int? SetsBefore { get; set; }

    [JsonRequired]
    public int? SetsAfter { get; set; }

    [JsonRequired]
    public int? Percent { get; set; }

    [JsonRequired]
    public IReadOnlyList<PauseChangeJson> Pauses { get; set; } = null!;

    [JsonRequired]
    public IReadOnlyList<CircuitFormJson> Circuit { get; set; } = null!;

    [JsonRequired]
    public string Change { get; set; } = null!;

    [JsonRequired]
    public string Reason { get; set; } = null!;
}

internal sealed class PauseChangeJson
{
    [JsonRequired]
    public PauseKind Kind { get; set; }

    [JsonRequired]
    public int BeforeSeconds { get; set; }

    [JsonRequired]
    public int AfterSeconds { get; set; }
}

internal sealed class CircuitFormJson
{
    [JsonRequired]
    public string ExerciseId { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Variation { get; set; }
}
