using System;
using System.Text;
using Hl7.Fhir.Model;
using KneeStrength.Fhir;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KneeStrength.Web.Endpoints;

/// <summary>The profile as HL7 FHIR R4 (KneeStrength.Fhir): its program, enrolment and journal in one transaction bundle.</summary>
internal static class FhirEndpoints
{
    /// <summary>Maps <c>GET /profiles/{id}/fhir</c> on the API group.</summary>
    public static RouteGroupBuilder MapFhir(this RouteGroupBuilder api)
    {
        api.MapGet("/profiles/{id}/fhir", (string id, string? date, ProfileStore store, TimeProvider clock) =>
            Api.WithDay(id, date, store, clock, (profile, enrolment, day, journal) =>
            {
                // The profile is the patient here; a clinic's app would name its own Patient resource.
                var bundle = KneeFhir.WriteBundle(enrolment, journal, new ResourceReference($"Patient/{profile.Id}"), day);
                return Results.Bytes(Encoding.UTF8.GetBytes(KneeFhir.Serialize(bundle)), KneeFhir.MediaType);
            }))
            .WithTags("Exports")
            .Gives("", "An HL7 FHIR R4 transaction Bundle.", contentType: "application/fhir+json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The program, the enrolment as the journal shapes it and the logs as an HL7 FHIR R4 transaction bundle (application/fhir+json), statuses as of the day (today by default), to POST to a FHIR server.");
        return api;
    }
}
