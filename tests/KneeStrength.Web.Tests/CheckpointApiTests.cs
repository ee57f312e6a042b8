using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KneeStrength.Web.Tests;

/// <summary>
/// A day's first answer reads the logs from the profile's checkpoint on, and keeps a checkpoint for the next day's: the
/// answers are the ones the whole journal gives, as the journal grows and when an old day is corrected.
/// </summary>
public sealed class CheckpointApiTests : IDisposable
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private readonly string _folder = Directory.CreateTempSubdirectory("knee-checkpoints-").FullName;
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 6, 1, 7, 30, 0, TimeSpan.Zero));

    private string Database => Path.Combine(_folder, "knee.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private WebApplicationFactory<Program> Instance() => new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
        .UseSetting("KneeStrength:Database", Database)
        .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    // A session most days, calm mostly; a flare every 17th day, a calm run every 9th.
    private static string Log(DateOnly date, int painDuring = -1)
    {
        int day = date.DayNumber - Start.DayNumber;
        int pain = painDuring >= 0 ? painDuring : day % 17 == 8 ? 6 : 1;
        string run = day % 9 == 4 ? """, "run": { "minutes": 20, "pain": 1 }""" : "";
        return $$"""{ "formatVersion": 1, "date": "{{date:yyyy-MM-dd}}", "routineId": "runners-knee", "completion": "all", "painBefore": 1, "painDuring": {{pain}}, "painAfter": 1, "painNextMorning": 1{{run}} }""";
    }

    private static async Task Post(HttpClient client, string id, string log) =>
        (await client.PostAsync($"/api/profiles/{id}/logs", Json(log), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Created);

    private static Task<string> Today(HttpClient client, string id) => client.GetStringAsync($"/api/profiles/{id}/today", TestContext.Current.CancellationToken);

    private async Task<Coaching.CoachCheckpoint?> Kept(string id) =>
        (await new SqliteProfileStore(Database).RecentAsync(id, TestContext.Current.CancellationToken)).Checkpoint;

    // The answer a new instance gives with the profile's checkpoint dropped: the whole journal's.
    private async Task<string> FromTheWholeJournal(string id)
    {
        using (var connection = new SqliteConnection($"Data Source={Database}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE profiles SET coach_date = NULL, coach_state = NULL;";
            command.ExecuteNonQuery();
        }

        await using var fresh = Instance();
        using var client = fresh.CreateClient();
        return await Today(client, id);
    }

    [Fact]
    public async Task Today_FromTheCheckpoint_IsTheWholeJournalsAnswer_AsDaysGoByAndWhenAnOldDayIsCorrected()
    {
        await using var app = Instance();
        using var client = app.CreateClient();
        var created = await client.PostAsync("/api/profiles", Json("""{ "start": "2026-03-02" }"""), TestContext.Current.CancellationToken);
        string id = created.Headers.Location!.ToString()["/api/profiles/".Length..];
        var today = DateOnly.FromDateTime(_clock.Now.UtcDateTime);
        for (var day = Start; day < today; day = day.AddDays(1))
        {
            await Post(client, id, Log(day));
        }

        (await Kept(id)).Should().BeNull("no answer was asked for yet");
        string first = await Today(client, id);

        var checkpoint = await Kept(id);
        checkpoint.Should().NotBeNull("the day's first answer keeps where the walk stood for the next");
        checkpoint!.Date.Should().BeOnOrBefore(today.AddDays(-14), "two weeks back: logs a runner may still correct come after it").And.BeAfter(today.AddDays(-42));
        (await new SqliteProfileStore(Database).RecentAsync(id, TestContext.Current.CancellationToken)).Journal.Count
            .Should().Be(today.DayNumber - checkpoint.Date.DayNumber, "a decision now reads the logs from the checkpoint's day on");
        first.Should().Be(await FromTheWholeJournal(id));

        // Day after day, each first answer reads from the checkpoint, which holds while the logs after it come in.
        for (int i = 0; i < 3; i++)
        {
            await Post(client, id, Log(today));
            _clock.Now = _clock.Now.AddDays(1);
            today = today.AddDays(1);
            (await Kept(id)).Should().NotBeNull();
            string answer = await Today(client, id);
            answer.Should().Contain($"\"date\": \"{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"");
            answer.Should().Be(await FromTheWholeJournal(id));
        }

        // A flare corrected into a day before the checkpoint: the checkpoint goes, and the answer is the whole journal's.
        string before = await Today(client, id);
        checkpoint = await Kept(id);
        await Post(client, id, Log(checkpoint!.Date.AddDays(-3), painDuring: 8));
        (await Kept(id)).Should().BeNull("the walk it held went through the corrected day");
        string corrected = await Today(client, id);
        corrected.Should().NotBe(before);
        corrected.Should().Be(await FromTheWholeJournal(id));
    }
}
