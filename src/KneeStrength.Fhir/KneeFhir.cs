using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Fhir;

/// <summary>
/// HL7 FHIR R4 for KneeStrength: a program as a PlanDefinition, an enrolment as a patient's CarePlan, a journal as
/// Observations, all of them in one transaction Bundle; and programs and journals read back.
/// </summary>
/// <remarks>
/// <para>What maps to what:</para>
/// <list type="bullet">
/// <item><description>A <see cref="TrainingProgram"/> is a PlanDefinition (id and title the program's id and name).
/// Each exercise and dosage it uses is a contained ActivityDefinition: the exercise as <c>code</c>
/// (<see cref="FhirCodes.ExerciseSystem"/>), its equipment as device <c>participant</c>s, the dosage's text form in
/// <c>dosage.text</c> (what reads back) with sets as <c>timing.repeat.count</c>, a hold as <c>timing.repeat.duration</c>
/// and repetitions as <c>doseAndRate.doseQuantity</c>. Each phase is an action (its <c>id</c> the phase's name, its
/// <c>code</c> the routine) with a Timing (once a day every N days, or on <c>dayOfWeek</c>; the weeks as
/// <c>boundsDuration</c>), a stop condition for a phase that ends on an event, and <c>relatedAction</c> after-end of the
/// phase before. Sections and circuits are grouping actions; circuits' rounds are <c>timing.repeat.count</c> and their
/// rests the action's <c>textEquivalent</c>.</description></item>
/// <item><description>An <see cref="Enrolment"/> is a CarePlan for the caller's patient: one activity per placed phase,
/// with the phase's Timing bounded by its days and a status as of a given day.</description></item>
/// <item><description>A <see cref="Journal"/> is Observations: each knee pain score on its own (LOINC 72514-3, the moment
/// in <c>method</c>), a knee-log per day (completion, routine, exercises, sharp pain, note) and a run's minutes
/// (LOINC 55411-3) with its pain.</description></item>
/// </list>
/// <para>Output is deterministic: the same input gives the same resources, and bundle entries get name-based UUIDs.
/// Nothing here reads the clock. This type is thread-safe.</para>
/// </remarks>
public static class KneeFhir
{
    /// <summary>The media type of FHIR JSON, for HTTP responses and requests.</summary>
    public const string MediaType = "application/fhir+json";

    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);
    private static readonly BaseFhirJsonDeserializer Deserializer = new(ModelInfo.ModelInspector, new DeserializerSettings());

    /// <summary>Gets the canonical URL of a program's PlanDefinition, such as <c>.../fhir/PlanDefinition/runners-knee</c>.</summary>
    /// <param name="program">The program.</param>
    /// <returns>The URL, under <see cref="FhirCodes.Base"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> is null.</exception>
    public static string CanonicalUrl(TrainingProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return ProgramMapping.Url(program.Id);
    }

    /// <summary>Writes a program as a PlanDefinition with its ActivityDefinitions contained.</summary>
    /// <param name="program">The program.</param>
    /// <returns>A new PlanDefinition; the caller may change it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> is null.</exception>
    public static PlanDefinition WritePlanDefinition(TrainingProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return ProgramMapping.Write(program);
    }

    /// <summary>Reads a PlanDefinition written by <see cref="WritePlanDefinition"/> back into the program.</summary>
    /// <param name="plan">The PlanDefinition.</param>
    /// <param name="catalog">The exercises its ActivityDefinitions name; <see cref="RunnersKnee.Catalog"/> when null.</param>
    /// <returns>The program, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="FhirReadException">Something cannot be read; the exception names the FHIR path.</exception>
    public static TrainingProgram ReadPlanDefinition(PlanDefinition plan, ExerciseCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return ProgramMapping.Read(plan, catalog ?? RunnersKnee.Catalog);
    }

    /// <summary>Writes an enrolment as the patient's CarePlan, one activity per placed phase.</summary>
    /// <param name="enrolment">The enrolment, with the events that placed its phases (see <see cref="Coach.Shape(Enrolment, Journal)"/>).</param>
    /// <param name="patient">The patient, such as <c>new ResourceReference("Patient/123")</c>.</param>
    /// <param name="asOf">The day the statuses are as of (a phase before it is completed, one holding it in progress).</param>
    /// <returns>A new CarePlan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="patient"/> has no reference.</exception>
    public static CarePlan WriteCarePlan(Enrolment enrolment, ResourceReference patient, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        CheckPatient(patient);
        return CarePlanMapping.Write(enrolment, patient, asOf, []);
    }

    /// <summary>Writes a journal as Observations about the patient: pain scores, day logs and runs, in date order.</summary>
    /// <param name="journal">The journal.</param>
    /// <param name="patient">The patient, such as <c>new ResourceReference("Patient/123")</c>.</param>
    /// <param name="seriesId">What the observations' identifiers start with, such as the enrolment's id.</param>
    /// <returns>New Observations.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="patient"/> has no reference, or <paramref name="seriesId"/> is empty.</exception>
    public static IReadOnlyList<Observation> WriteObservations(Journal journal, ResourceReference patient, string seriesId)
    {
        ArgumentNullException.ThrowIfNull(journal);
        CheckPatient(patient);
        ArgumentException.ThrowIfNullOrEmpty(seriesId);
        return JournalMapping.Write(journal, patient, seriesId).Select(w => w.Observation).ToList().AsReadOnly();
    }

    /// <summary>Reads Observations written by <see cref="WriteObservations"/> back into the journal.</summary>
    /// <param name="observations">The observations, in any order.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    /// <exception cref="FhirReadException">An observation cannot be read; the exception names the FHIR path, as <c>Observation[i]...</c>.</exception>
    public static Journal ReadJournal(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return JournalMapping.Read(observations.Select((o, i) =>
            (o ?? throw new ArgumentNullException(nameof(observations), "An observation is null."),
             string.Create(CultureInfo.InvariantCulture, $"Observation[{i}]"))));
    }

    /// <summary>Reads the journal from a bundle's Observations (such as one from <see cref="WriteBundle"/>); other resources are left alone.</summary>
    /// <param name="bundle">The bundle.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bundle"/> is null.</exception>
    /// <exception cref="FhirReadException">An observation cannot be read; the exception names the FHIR path, as <c>Bundle.entry[i].resource...</c>.</exception>
    public static Journal ReadJournal(Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var observations = new List<(Observation, string)>();
        for (int i = 0; i < bundle.Entry.Count; i++)
        {
            if (bundle.Entry[i].Resource is Observation observation)
            {
                observations.Add((observation, string.Create(CultureInfo.InvariantCulture, $"Bundle.entry[{i}].resource")));
            }
        }

        return JournalMapping.Read(observations);
    }

    /// <summary>
    /// Writes one patient's transaction Bundle: the PlanDefinition (PUT by id), the CarePlan and the journal's
    /// Observations (conditional PUTs on their identifiers, so sending the bundle again updates rather than repeats).
    /// </summary>
    /// <remarks>
    /// The enrolment is shaped by the journal first (<see cref="Coach.Shape(Enrolment, Journal)"/> of
    /// <see cref="Coach.Default"/>), so the CarePlan's phases are placed as the journal's runs placed them. Each
    /// day's knee-log is an outcome of the CarePlan activity of its phase, and every observation is based on the
    /// CarePlan.
    /// </remarks>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="journal">The journal.</param>
    /// <param name="patient">The patient, such as <c>new ResourceReference("Patient/123")</c>.</param>
    /// <param name="asOf">The day the CarePlan's statuses are as of.</param>
    /// <returns>A new transaction Bundle.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="patient"/> has no reference.</exception>
    public static Bundle WriteBundle(Enrolment enrolment, Journal journal, ResourceReference patient, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        ArgumentNullException.ThrowIfNull(journal);
        CheckPatient(patient);
        var shaped = Coach.Default.Shape(enrolment, journal);
        var bundle = new Bundle { Type = Bundle.BundleType.Transaction };

        var plan = ProgramMapping.Write(shaped.Program);
        bundle.Entry.Add(Entry(ResourceIds.Urn($"PlanDefinition/{plan.Id}"), plan, Bundle.HTTPVerb.PUT, $"PlanDefinition/{plan.Id}"));

        string carePlanUrl = ResourceIds.Urn($"CarePlan/{shaped.Id}");
        var observations = JournalMapping.Write(journal, patient, shaped.Id);
        var outcomes = new List<(DateOnly, string)>();
        var entries = new List<Bundle.EntryComponent>();
        foreach (var written in observations)
        {
            string identifier = written.Identifier;
            string fullUrl = ResourceIds.Urn($"Observation/{identifier}");
            written.Observation.BasedOn.Add(new ResourceReference(carePlanUrl));
            entries.Add(Entry(fullUrl, written.Observation, Bundle.HTTPVerb.PUT, $"Observation?identifier={FhirCodes.IdentifierSystem}|{identifier}"));
            if (written.IsSessionLog)
            {
                outcomes.Add((written.Day, fullUrl));
            }
        }

        var carePlan = CarePlanMapping.Write(shaped, patient, asOf, outcomes);
        bundle.Entry.Add(Entry(carePlanUrl, carePlan, Bundle.HTTPVerb.PUT, $"CarePlan?identifier={FhirCodes.IdentifierSystem}|{shaped.Id}"));
        bundle.Entry.AddRange(entries);
        return bundle;
    }

    /// <summary>Writes a resource as indented FHIR JSON.</summary>
    /// <param name="resource">The resource, such as a Bundle.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is null.</exception>
    public static string Serialize(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return Serializer.SerializeToString(resource, true);
    }

    /// <summary>Parses FHIR JSON into a resource of the expected type, strictly (unknown elements are errors).</summary>
    /// <typeparam name="T">The expected resource type, such as <see cref="Bundle"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FhirReadException">The text is not valid FHIR JSON of that type; the message says where.</exception>
    public static T Parse<T>(string json)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(json);
        Resource resource;
        try
        {
            resource = Deserializer.DeserializeResource(json);
        }
        catch (DeserializationFailedException e)
        {
            throw new FhirReadException(typeof(T).Name, e.Exceptions.FirstOrDefault()?.Message ?? e.Message, e);
        }

        return resource as T ?? throw new FhirReadException(resource.TypeName, $"is a {resource.TypeName}, not a {typeof(T).Name}.", null);
    }

    private static Bundle.EntryComponent Entry(string fullUrl, Resource resource, Bundle.HTTPVerb method, string url) => new()
    {
        FullUrl = fullUrl,
        Resource = resource,
        Request = new Bundle.RequestComponent { Method = method, Url = url },
    };

    private static void CheckPatient(ResourceReference patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (string.IsNullOrEmpty(patient.Reference))
        {
            throw new ArgumentException("The patient reference has no reference, such as 'Patient/123'.", nameof(patient));
        }
    }
}
