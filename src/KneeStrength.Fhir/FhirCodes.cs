namespace KneeStrength.Fhir;

/// <summary>
/// The code systems and codes the FHIR resources of this package use: standard ones (LOINC, SNOMED CT, UCUM, HL7
/// terminology) where they have the concept, and KneeStrength's own, under <see cref="Base"/>, where they do not.
/// </summary>
/// <remarks>
/// KneeStrength's code systems are not published as CodeSystem resources; their codes are the library's ids (exercise,
/// routine and equipment ids) and the small fixed sets listed here. A FHIR validator reports them as unknown systems
/// (a warning, not an error). This type is thread-safe.
/// </remarks>
public static class FhirCodes
{
    /// <summary>The base of KneeStrength's canonical URLs and code systems.</summary>
    public const string Base = "https://github.com/kneestrength/kneestrength/fhir";

    /// <summary>The code system of exercises: the code is the exercise's id, such as <c>clamshell</c>.</summary>
    public const string ExerciseSystem = Base + "/CodeSystem/exercise";

    /// <summary>The code system of routines: the code is the routine's id, the display its name.</summary>
    public const string RoutineSystem = Base + "/CodeSystem/routine";

    /// <summary>The code system of equipment: the code is the equipment's id, such as <c>band</c>.</summary>
    public const string EquipmentSystem = Base + "/CodeSystem/equipment";

    /// <summary>
    /// The code system of a routine's parts: <c>warm-up</c>, <c>main</c> and <c>cool-down</c> (sections) and
    /// <c>circuit</c>.
    /// </summary>
    public const string RoutinePartSystem = Base + "/CodeSystem/routine-part";

    /// <summary>
    /// The code system of the moment a knee pain score was taken, carried in <c>Observation.method</c>:
    /// <c>before</c> the session, worst <c>during</c> it, about an hour <c>after</c> it, and the <c>next-morning</c>.
    /// </summary>
    public const string PainMomentSystem = Base + "/CodeSystem/pain-moment";

    /// <summary>
    /// The code system of the journal's own observations and their components: <c>knee-log</c> (the day's log),
    /// <c>routine</c> and <c>sharp-pain</c>.
    /// </summary>
    public const string LogSystem = Base + "/CodeSystem/log";

    /// <summary>The code system of a session's completion: <c>all</c>, <c>partial</c> and <c>none</c>.</summary>
    public const string CompletionSystem = Base + "/CodeSystem/completion";

    /// <summary>The identifier system of enrolments (CarePlan.identifier) and of the journal's observations.</summary>
    public const string IdentifierSystem = Base + "/identifier";

    /// <summary>The code system of the actions' stop conditions: the enrolment events, <c>back-to-running</c> and <c>back-to-treatment</c>.</summary>
    public const string EventSystem = Base + "/CodeSystem/event";

    /// <summary>LOINC's system URI.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>
    /// LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] - Reported": the code of every knee pain
    /// score (see https://loinc.org/72514-3).
    /// </summary>
    public const string PainSeverityCode = "72514-3";

    /// <summary>LOINC 55411-3, "Exercise duration": the code of a run's minutes (see https://loinc.org/55411-3).</summary>
    public const string ExerciseDurationCode = "55411-3";

    /// <summary>SNOMED CT's system URI.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>SNOMED CT 72696002, "Knee region structure": the body site of every pain score.</summary>
    public const string KneeRegionCode = "72696002";

    /// <summary>UCUM's system URI, for the units of durations and counts.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>HL7's observation category code system (<c>survey</c> for pain scores, <c>activity</c> for sessions and runs).</summary>
    public const string ObservationCategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";
}
