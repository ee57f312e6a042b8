using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KneeStrength.Web.Tests;

/// <summary>
/// The database server killed in the middle of a burst of writes: the app answers 503 (never 500) while it is gone,
/// takes writes again once it is back, with no restart of the app, and every write it acknowledged is there.
/// </summary>
public sealed class PostgresOutageTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public async Task Burst_ServerKilledAndRestarted_503WhileGoneThenWritesAgainAndLosesNothing()
    {
        server.SkipIfUnavailable();
        string connectionString = await server.NewDatabase();
        var clock = new TestClock(new DateTimeOffset(2026, 4, 30, 7, 30, 0, TimeSpan.Zero));
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:KneeStrength", connectionString)
            .UseSetting("Logging:LogLevel:Default", "Critical")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = factory.CreateClient();
        var created = await client.PostAsync("/api/profiles", Json("""{ "start": "2026-03-02" }"""), TestContext.Current.CancellationToken);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        string id;
        using (var profile = JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
        {
            id = profile.RootElement.GetProperty("id").GetString()!;
        }

        var acknowledged = new List<DateOnly>();
        var statuses = new List<HttpStatusCode>();
        async Task<HttpResponseMessage> Post(int day)
        {
            var date = Start.AddDays(day);
            var response = await client.PostAsync(
                $"/api/profiles/{id}/logs",
                Json($$"""{ "formatVersion": 1, "date": "{{date:yyyy-MM-dd}}", "routineId": "runners-knee", "completion": "all", "painDuring": 1 }"""),
                TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                acknowledged.Add(date);
            }

            return response;
        }

        for (int day = 0; day < 10; day++)
        {
            (await Post(day)).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        await server.StopImmediately();
        for (int day = 10; day < 20; day++)
        {
            var response = await Post(day);
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            response.Headers.RetryAfter.Should().NotBeNull();
            (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("The store is unavailable");
        }

        await server.StartAsync();

        // Back without a restart of the app: a pooled connection the kill broke may fail one more request (503), so
        // the writes go on, bounded by attempts, until they are taken.
        int taken = 0;
        for (int attempt = 0; attempt < 40 && taken < 10; attempt++)
        {
            if ((await Post(20 + taken)).StatusCode == HttpStatusCode.Created)
            {
                taken++;
            }
        }

        taken.Should().Be(10);
        statuses.Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.ServiceUnavailable, "a store outage is never a 500");
        string journal = await client.GetStringAsync($"/api/profiles/{id}/logs", TestContext.Current.CancellationToken);
        Serialization.KneeJson.ReadJournal(journal).Select(l => l.Date).Should().Equal(acknowledged);
        NpgsqlConnection.ClearAllPools();
    }

    [Fact]
    public async Task Hearing_ServerKilled_StopsAndStartsAgainWithANewNumberOnceItIsBack()
    {
        server.SkipIfUnavailable();
        string database = await server.NewDatabase();
        using var store = new PostgresProfileStore(database);
        (await Eventually.Holds(() => store.HearingSince != 0)).Should().BeTrue();
        long before = store.HearingSince;

        // Kept answers are trusted only while the store hears every change: a kill must stop that at once it is noticed.
        await server.StopImmediately();
        (await Eventually.Holds(() => store.HearingSince == 0)).Should().BeTrue("the listener's connection is gone");
        await server.StartAsync();

        // It connects again within a few of its probe intervals, as another number: answers trusted before are not trusted now.
        bool back = false;
        for (int wait = 0; wait < 5 && !back; wait++)
        {
            back = await Eventually.Holds(() => store.HearingSince != 0);
        }

        back.Should().BeTrue();
        store.HearingSince.Should().NotBe(before);
        NpgsqlConnection.ClearAllPools();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
