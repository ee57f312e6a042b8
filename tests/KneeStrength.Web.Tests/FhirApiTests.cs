using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using KneeStrength.Fhir;
using KneeStrength.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Bundle = Hl7.Fhir.Model.Bundle;
using CarePlan = Hl7.Fhir.Model.CarePlan;

namespace KneeStrength.Web.Tests;

/// <summary><c>GET /api/profiles/{id}/fhir</c>: the profile's program, enrolment and logs as a FHIR R4 transaction bundle.</summary>
public sealed class FhirApiTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knee-web-fhir-").FullName;
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));

    public FhirApiTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("KneeStrength:Database", Path.Combine(_folder, "knee.db"))
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

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
