using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using KneeStrength.Scheduling;

namespace KneeStrength.Serialization;

// <summary>
// The source-generated serializer for every KneeStrength document: strict (unknown and duplicate members, missing
// required members and nulls in non-nullable members are errors), camelCase names, enums as camelCase strings.
// </summary>
// <remarks>Output formatting (indentation, line feeds, escaping) is the writer's, see <see cref="JsonOutput"/>.</remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    MaxDepth = KneeJsonReaderOptions.DefaultMaxDepth,
    Converters =
    [
        typeof(StrictEnumConverter<ExerciseCategory>),
        typeof(StrictEnumConverter<BodyPosition>),
        typeof(StrictEnumConverter<DosageKind>),
        typeof(StrictEnumConverter<Side>),
        typeof(StrictEnumConverter<RoutineSectionKind>),
        typeof(StrictEnumConverter<BandResistance>),
        typeof(StrictEnumConverter<StepKind>),
        typeof(StrictEnumConverter<AdjustmentKind>),
        typeof(StrictEnumConverter<PauseKind>),
        typeof(StrictEnumConverter<ScheduleFrequency>),
        typeof(StrictEnumConverter<PhaseEndKind>),
        typeof(StrictEnumConverter<EnrolmentEventKind>),
        typeof(StrictEnumConverter<Scheduling.RangeBound>),
        typeof(StrictEnumConverter<DayOfWeek>),
        typeof(StrictEnumConverter<Tracking.SessionCompletion>),
        typeof(StrictEnumConverter<Tracking.ExerciseOutcome>),
        typeof(StrictDateConverter),
        typeof(WholeNumberConverter),
    ])]
[JsonSerializable(typeof(RoutineDocument))]
[JsonSerializable(typeof(CatalogDocument))]
[JsonSerializable(typeof(PlanDocument))]
[JsonSerializable(typeof(ProgramDocument))]
[JsonSerializable(typeof(ScheduledSessionsDocument))]
[JsonSerializable(typeof(EnrolmentDocument))]
[JsonSerializable(typeof(SessionLogDocument))]
[JsonSerializable(typeof(JournalDocument))]
internal sealed partial class KneeJsonContext : JsonSerializerContext;
