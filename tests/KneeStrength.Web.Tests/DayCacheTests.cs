using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KneeStrength.Web.Tests;

/// <summary>
/// The coach's answers are kept per profile revision and day: two instances of the app on one store, each keeping
/// its own, answer a change made through the other at once.
/// </summary>
public sealed class DayCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knee-days-").FullName;
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 4, 7, 30, 0, TimeSpan.Zero));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private WebApplicationFactory<Program> Instance() => new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
        .UseSetting("KneeStrength:Database", Path.Combine(_folder, "knee.db"))
        .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string> Decisions(HttpClient client, string id)
    {
        using var day = JsonDocument.Parse(await client.GetStringAsync($"/api/profiles/{id}/today", TestContext.Current.CancellationToken));
        return day.RootElement.GetProperty("decisions").ToString();
    }

    [Fact]
    public async Task Today_TwoInstancesOnOneStore_EachAnswersTheOthersChangeAtOnce()
    {
        await using var first = Instance();
        await using var second = Instance();
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        var created = await a.PostAsync("/api/profiles", Json("""{ "start": "2026-03-02" }"""), TestContext.Current.CancellationToken);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        string id = created.Headers.Location!.ToString()["/api/profiles/".Length..];

        string before = await Decisions(b, id);
        (await Decisions(b, id)).Should().Be(before, "asked again with nothing changed");
        before.Should().Contain("No sessions logged yet");

        // A severe day logged through the first instance: the second, which kept its answer, answers the change.
        (await a.PostAsync(
            $"/api/profiles/{id}/logs",
            Json("""{ "formatVersion": 1, "date": "2026-03-03", "routineId": "runners-knee", "completion": "all", "painDuring": 8 }"""),
            TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Created);
        string after = await Decisions(b, id);
        after.Should().NotBe(before).And.Contain("see a clinician");

        // A changed profile is a change too: the kept answer is what an instance that kept nothing answers.
        string kept = await b.GetStringAsync($"/api/profiles/{id}/plan", TestContext.Current.CancellationToken);
        (await a.PutAsync($"/api/profiles/{id}", Json("""{ "minutes": 5 }"""), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        string changed = await b.GetStringAsync($"/api/profiles/{id}/plan", TestContext.Current.CancellationToken);
        changed.Should().NotBe(kept);
        await using (var third = Instance())
        {
            using var c = third.CreateClient();
            (await c.GetStringAsync($"/api/profiles/{id}/plan", TestContext.Current.CancellationToken)).Should().Be(changed);
            (await c.GetStringAsync($"/api/profiles/{id}/today", TestContext.Current.CancellationToken))
                .Should().Be(await b.GetStringAsync($"/api/profiles/{id}/today", TestContext.Current.CancellationToken));
        }

        // And so is another day.
        _clock.Now = _clock.Now.AddDays(1);
        using var tomorrow = JsonDocument.Parse(await b.GetStringAsync($"/api/profiles/{id}/today", TestContext.Current.CancellationToken));
        tomorrow.RootElement.GetProperty("date").GetString().Should().Be("2026-03-05");
    }
}

/// <summary>
/// On PostgreSQL an instance gives its kept answers without reading the database while it hears every change: two
/// instances on one database each come to answer the other's change, as soon as the database tells of it.
/// </summary>
public sealed class PostgresDayCacheTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 4, 7, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task Today_TwoInstancesOnOneDatabase_EachComesToAnswerTheOthersChange()
    {
        server.SkipIfUnavailable();
        string database = await server.NewDatabase();
        WebApplicationFactory<Program> Instance() => new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:KneeStrength", database)
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        await using var first = Instance();
        await using var second = Instance();
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        var created = await a.PostAsync("/api/profiles", new StringContent("""{ "start": "2026-03-02" }""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        string id = created.Headers.Location!.ToString()["/api/profiles/".Length..];
        string before = await b.GetStringAsync($"/api/profiles/{id}/today", TestContext.Current.CancellationToken);
        before.Should().Contain("No sessions logged yet");
        string kept = await b.GetStringAsync($"/api/profiles/{id}/plan", TestContext.Current.CancellationToken);

        (await a.PostAsync(
            $"/api/profiles/{id}/logs",
            new StringContent("""{ "formatVersion": 1, "date": "2026-03-03", "routineId": "runners-knee", "completion": "all", "painDuring": 8 }""", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Eventually.Holds(async () => (await b.GetStringAsync($"/api/profiles/{id}/today", TestContext.Current.CancellationToken)).Contains("see a clinician", StringComparison.Ordinal)))
            .Should().BeTrue("the second instance hears the log the first saved");

        (await a.PutAsync($"/api/profiles/{id}", new StringContent("""{ "minutes": 5 }""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        string changed = await a.GetStringAsync($"/api/profiles/{id}/plan", TestContext.Current.CancellationToken);
        changed.Should().NotBe(kept);
        (await Eventually.Holds(async () => await b.GetStringAsync($"/api/profiles/{id}/plan", TestContext.Current.CancellationToken) == changed))
            .Should().BeTrue("the second instance hears the profile the first changed");
    }
}
