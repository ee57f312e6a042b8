using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KneeStrength.Tracking;

namespace KneeStrength.Serialization;

internal sealed class SessionLogDocument : SessionLogJson
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; set; }

    [JsonRequired]
    [JsonPropertyOrder(-1)]
    public int FormatVersion { get; set; }
}

internal class SessionLogJson
{
    [JsonRequired]
    public DateOnly Date { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RoutineId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SessionCompletion? Completion { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ExerciseLogJson>? Exercises { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PainBefore { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PainDuring { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PainAfter { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PainNextMorning { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RunJson? Run { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? SharpPain { get; set; }
}

internal sealed class ExerciseLogJson
{
    [JsonRequired]
    public string ExerciseId { get; set; } = null!;

    [JsonRequired]
    public ExerciseOutcome Outcome { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Sets { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Amount { get; set; }
}

internal sealed class RunJson
{
    [JsonRequired]
    public int Minutes { get; set; }

    [JsonRequired]
    public int Pain { get; set; }
}

internal sealed class JournalDocument
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; set; }

    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonRequired]
    public IReadOnlyList<SessionLogJson> Logs { get; set; } = null!;
}
