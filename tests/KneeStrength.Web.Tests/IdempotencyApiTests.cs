using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using KneeStrength.Serialization;

namespace KneeStrength.Web.Tests;

/// <summary>Log writes with an Idempotency-Key: a phone sending a log again (it lost the answer, or was offline) writes it once.</summary>
public sealed class IdempotencyApiTests : IDisposable
{
    private const string Log = """{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee", "completion": "all", "painDuring": 2 }""";

    private readonly CompanionApp _app = new(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));

    public void Dispose() => _app.Dispose();

    private async Task<HttpResponseMessage> Post(string path, string body, params string[] keys)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = CompanionApp.Json(body) };
        if (keys.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", keys);
        }

        return await _app.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> Text(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    // The profile's revision, raised by every write: not in the API, so read from the app's store.
    private long Revision(string id) => ((ProfileStore)_app.Factory.Services.GetService(typeof(ProfileStore))!).Read(id)!.Revision;

    [Fact]
    public async Task Logs_SameKeyTwice_WritesOnceAndAnswersTheSame()
    {
        string id = await _app.NewProfile();
        string key = Guid.NewGuid().ToString();

        var first = await Post($"/api/profiles/{id}/logs", Log, key);
        long revision = Revision(id);
        var again = await Post($"/api/profiles/{id}/logs", Log, key);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        again.StatusCode.Should().Be(HttpStatusCode.Created);
        (await Text(again)).Should().Be(await Text(first));
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        first.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        Revision(id).Should().Be(revision, "the repeat wrote nothing");
        KneeJson.ReadJournal(await _app.Client.GetStringAsync($"/api/profiles/{id}/logs", TestContext.Current.CancellationToken)).Should().ContainSingle();
    }

    [Fact]
    public async Task Logs_RepeatOnALaterDay_GetsTheFirstAnswerThoughTheDateIsNoLongerTaken()
    {
        // Saved offline in the evening, sent the next week: the first try had arrived, its answer is given again.
        string id = await _app.NewProfile();
        var first = await Post($"/api/profiles/{id}/logs", Log, "evening-log");

        _app.Clock.Now = _app.Clock.Now.AddDays(7);
        var again = await Post($"/api/profiles/{id}/logs", Log, "evening-log");

        again.StatusCode.Should().Be(HttpStatusCode.Created);
        (await Text(again)).Should().Be(await Text(first));
    }

    [Fact]
    public async Task NextMorning_SameKeyTwice_WritesOnce()
    {
        string id = await _app.NewProfile();
        (await Post($"/api/profiles/{id}/logs", Log)).StatusCode.Should().Be(HttpStatusCode.Created);
        var first = await Post($"/api/profiles/{id}/logs/2026-03-02/next-morning", """{ "painNextMorning": 4 }""", "morning-1");
        long revision = Revision(id);

        var again = await Post($"/api/profiles/{id}/logs/2026-03-02/next-morning", """{ "painNextMorning": 4 }""", "morning-1");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Text(again)).Should().Be(await Text(first));
        Revision(id).Should().Be(revision);
    }

    [Fact]
    public async Task Logs_WithoutAKey_WriteEveryTime()
    {
        string id = await _app.NewProfile();
        await Post($"/api/profiles/{id}/logs", Log);
        long revision = Revision(id);

        await Post($"/api/profiles/{id}/logs", Log);

        Revision(id).Should().Be(revision + 1);
    }

    [Fact]
    public async Task Logs_KeyUsedForAnotherLog_Is422NamingTheHeaderAndWritesNothing()
    {
        string id = await _app.NewProfile();
        await Post($"/api/profiles/{id}/logs", Log, "one-key");

        var other = await Post($"/api/profiles/{id}/logs", Log.Replace("\"painDuring\": 2", "\"painDuring\": 7", StringComparison.Ordinal), "one-key");

        other.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        using var problem = JsonDocument.Parse(await Text(other));
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("Idempotency-Key");
        KneeJson.ReadJournal(await _app.Client.GetStringAsync($"/api/profiles/{id}/logs", TestContext.Current.CancellationToken)).Single().PainDuring.Should().Be(2);
    }

    [Theory]
    [InlineData("semi;colon")]
    [InlineData("has space")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task Logs_BadKey_Is400NamingTheHeader(string key)
    {
        string id = await _app.NewProfile();

        var response = await Post($"/api/profiles/{id}/logs", Log, key);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await Text(response));
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("Idempotency-Key");
    }

    [Fact]
    public async Task Logs_TwoKeys_Is400NamingTheHeader()
    {
        string id = await _app.NewProfile();

        var response = await Post($"/api/profiles/{id}/logs", Log, "a", "b");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Text(response)).Should().Contain("Idempotency-Key");
    }

    [Fact]
    public async Task OpenApi_LogWrites_DescribeTheHeader()
    {
        using var document = JsonDocument.Parse(await _app.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths");
        foreach (string path in new[] { "/api/profiles/{id}/logs", "/api/profiles/{id}/logs/{date}/next-morning" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            post.GetProperty("parameters").EnumerateArray().Should().Contain(p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header");
            post.GetProperty("responses").TryGetProperty("422", out _).Should().BeTrue();
            post.GetProperty("summary").GetString().Should().Contain("Idempotency-Key");
        }
    }
}
