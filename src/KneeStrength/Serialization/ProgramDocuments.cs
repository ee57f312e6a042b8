using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KneeStrength.Serialization;

// The JSON shapes of training programs and their dated sessions; see RoutineDocuments.cs for the conventions.

// <summary>A program document: its phases, and the routines (and any exercises) they use.</summary>
internal sealed class ProgramDocument
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

    [JsonRequired]
    public IReadOnlyList<RoutineJson> Routines { get; set; } = null!;

    [JsonRequired]
    public IReadOnlyList<PhaseJson> Phases { get; set; } = null!;
}

// <summary>A routine inside a program document: a routine document without the version and definitions.</summary>
internal sealed class RoutineJson
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RoutineItemJson>? Items { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SectionJson>? Sections { get; set; }
}

internal sealed class PhaseJson
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public string Routine { get; set; } = null!;

    [JsonRequired]
    public ScheduleJson Schedule { get; set; } = null!;

    [JsonRequired]
    public PhaseEndJson End { get; set; } = null!;
}

internal sealed class ScheduleJson
{
    [JsonRequired]
    public ScheduleFrequency Frequency { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Interval { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DayOfWeek>? Weekdays { get; set; }

    // <summary>Read only: a weekly schedule may give its count of sessions instead of (or with) its weekdays.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TimesAWeek { get; set; }
}

internal sealed class PhaseEndJson
{
    [JsonRequired]
    public PhaseEndKind Kind { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Weeks { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EnrolmentEventKind? Event { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PlannedWeeks { get; set; }
}

// <summary>A list of a program's dated sessions.</summary>
internal sealed class ScheduledSessionsDocument
{
    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonRequired]
    public IReadOnlyList<ScheduledSessionJson> Sessions { get; set; } = null!;
}

internal sealed class ScheduledSessionJson
{
    [JsonRequired]
    public DateOnly Date { get; set; }

    [JsonRequired]
    public string Phase { get; set; } = null!;

    [JsonRequired]
    public string RoutineId { get; set; } = null!;

    [JsonRequired]
    public decimal EstimatedSeconds { get; set; }
}

// <summary>An enrolment document: one person on a program, which it names by id.</summary>
internal sealed class EnrolmentDocument
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; set; }

    [JsonRequired]
    public int FormatVersion { get; set; }

    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string ProgramId { get; set; } = null!;

    [JsonRequired]
    public DateOnly Start { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EnrolmentEventJson>? Events { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SessionSeconds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Equipment { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Side? FirstSide { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Scheduling.RangeBound? RangeBound { get; set; }
}

internal sealed class EnrolmentEventJson
{
    [JsonRequired]
    public DateOnly Date { get; set; }

    [JsonRequired]
    public EnrolmentEventKind Kind { get; set; }
}
