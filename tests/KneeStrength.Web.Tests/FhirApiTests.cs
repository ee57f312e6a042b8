using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using KneeStrength.Fhir;
using KneeStrength.Serialization;
using Bundle = Hl7.Fhir.Model.Bundle;
using CarePlan = Hl7.Fhir.Model.CarePlan;

namespace KneeStrength.Web.Tests;

/// <summary><c>GET /api/profiles/{id}/fhir</c>: the profile's program, enrolment and logs as a FHIR R4 transaction bundle.</summary>
public sealed class FhirApiTests : IDisposable
{
    private readonly CompanionApp _app = new(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));

    private TestClock _clock => _app.Clock;

    private HttpClient _client => _app.Client;

    public void Dispose() => _app.Dispose();

    private static StringContent Json(string json) => CompanionApp.Json(json);

    [Fact]
    public async Task Fhir_ProfileWithLogs_IsATransactionBundleThatReadsBackIntoItsJournal()
    {
        var created = await _client.PostAsync("/api/profiles", Json("""{ "equipment": ["band", "step", "wall"], "minutes": 20 }"""), TestContext.Current.CancellationToken);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        string id = created.Headers.Location!.ToString()["/api/profiles/".Length..];
        var logged = await _client.PostAsync($"/api/profiles/{id}/logs", Json("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee", "completion": "partial", "painBefore": 2, "painDuring": 4, "painAfter": 3 }"""), TestContext.Current.CancellationToken);
        logged.StatusCode.Should().Be(HttpStatusCode.Created);

        var response = await _client.GetAsync($"/api/profiles/{id}/fhir?date=2026-03-03", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/fhir+json");
        var bundle = KneeFhir.Parse<Bundle>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        bundle.Type.Should().Be(Bundle.BundleType.Transaction);
        bundle.Entry[1].Resource.Should().BeOfType<CarePlan>().Which.Subject.Reference.Should().Be($"Patient/{id}");
        string logs = await _client.GetStringAsync($"/api/profiles/{id}/logs", TestContext.Current.CancellationToken);
        KneeFhir.ReadJournal(bundle).Should().Equal(KneeJson.ReadJournal(logs));
    }

    [Fact]
    public async Task Fhir_UnknownProfileOrBadDate_AnswersWithAProblem()
    {
        var unknown = await _client.GetAsync("/api/profiles/AAAAAAAAAAAAAAAAAAAAAA/fhir", TestContext.Current.CancellationToken);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);

        var created = await _client.PostAsync("/api/profiles", Json("{}"), TestContext.Current.CancellationToken);
        string id = created.Headers.Location!.ToString()["/api/profiles/".Length..];
        var badDate = await _client.GetAsync($"/api/profiles/{id}/fhir?date=2026-02-30", TestContext.Current.CancellationToken);
        badDate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        badDate.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
