using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;

namespace KneeStrength.Web.Tests;

/// <summary>
/// The service under abuse (issue 24's findings, each of which this code answered wrongly before): writes that are
/// not JSON or not same-site, bodies declared too large, profiles made in bulk, caching of pain scores, HEAD, a
/// forged Host, unpaged logs and notes that look blank or hold invisible controls.
/// </summary>
public sealed class HardeningTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    // Three profiles in a day-long window: no window ends while a test runs, so the count is the test's alone.
    private readonly CompanionApp _app = new(
        new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
        ("KneeStrength:ProfilesPerHour", "3"),
        ("KneeStrength:ProfileWindowMinutes", "1440"));

    private HttpClient _client => _app.Client;

    public void Dispose() => _app.Dispose();

    private static StringContent Json(string json) => CompanionApp.Json(json);

    private Task<string> NewProfile(string start = "2026-03-02") => _app.NewProfile($$"""{ "start": "{{start}}" }""");

    private static string Log(DateOnly date, string? note = null) =>
        $$"""{ "formatVersion": 1, "date": "{{date:yyyy-MM-dd}}", "routineId": "runners-knee", "completion": "all", "painDuring": 1{{(note is null ? "" : $", \"note\": {JsonSerializer.Serialize(note)}")}} }""";

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task Write_NotJson_Is415NamingTheContentType(string? type)
    {
        var content = new ByteArrayContent("{}"u8.ToArray());
        if (type is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        }

        var response = await _client.PostAsync("/api/profiles", content, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("Content-Type");
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "http://localhost:9999")]
    [InlineData("Origin", "null")]
    public async Task Write_CrossSite_Is403AndWritesNothing(string header, string value)
    {
        string id = await NewProfile();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/profiles/{id}/logs") { Content = Json(Log(Today)) };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var journal = JsonDocument.Parse(await _client.GetStringAsync($"/api/profiles/{id}/logs", TestContext.Current.CancellationToken));
        journal.RootElement.GetProperty("logs").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Origin", "http://localhost")]
    public async Task Write_SameSite_IsTaken(string header, string value)
    {
        string id = await NewProfile();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/profiles/{id}/logs") { Content = Json(Log(Today)) };
        request.Headers.TryAddWithoutValidation(header, value);

        (await _client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Write_DeclaredOver30MB_Is413()
    {
        // Over Kestrel's own 30 MB limit, whose exception was a 500 with a stack trace in the log.
        var body = new ZeroStream(40_000_000);
        var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = body.Length;

        var response = await _client.PostAsync("/api/profiles", content, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("Content-Length says 40000000");
    }

    [Fact]
    public async Task Write_ChunkedOverTheLimit_Is413()
    {
        var content = new StreamContent(new ZeroStream(200_000));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/profiles") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task CreateProfile_PastTheLimit_Is429WithRetryAfter()
    {
        for (int i = 0; i < 3; i++)
        {
            await NewProfile();
        }

        var response = await _client.PostAsync("/api/profiles", Json("{}"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta.Should().BePositive();
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("Too many new profiles");
    }

    [Theory]
    [InlineData("/api/profiles/{0}")]
    [InlineData("/api/profiles/{0}/today")]
    [InlineData("/api/profiles/{0}/logs")]
    [InlineData("/api/profiles/{0}/progress")]
    public async Task ProfileData_IsNeverCached(string path)
    {
        string id = await NewProfile();

        var response = await _client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Theory]
    [InlineData("/api/catalog")]
    [InlineData("/api/plan")]
    [InlineData("/api/profiles/{0}")]
    [InlineData("/api/profiles/{0}/today")]
    [InlineData("/api/profiles/{0}/calendar.ics")]
    public async Task Head_OnAGetEndpoint_AnswersLikeTheGet(string path)
    {
        string id = await NewProfile();
        string url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id);

        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType.Should().NotBeNull();
    }

    [Fact]
    public async Task Request_ForAHostNotAllowed_Is400AndTheOpenApiDocumentNamesNoServer()
    {
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/api/catalog");
        forged.Headers.Host = "evil.example";

        (await _client.SendAsync(forged, TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        document.RootElement.TryGetProperty("servers", out var servers).Should().BeFalse(servers.ToString());
    }

    [Fact]
    public async Task OpenApi_DescribesEveryBodyAndAnswer()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths");
        static string[] Answers(JsonElement operation) => [.. operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)];

        var create = paths.GetProperty("/api/profiles").GetProperty("post");
        Answers(create).Should().Equal("201", "400", "403", "413", "415", "429", "503", "507");
        create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").ToString().Should().Contain("ProfileRequest");
        var created = create.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").ToString();
        created.Should().Contain("ProfileResponse");
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("ProfileResponse").GetProperty("properties").GetProperty("equipment").GetProperty("type").ToString().Should().Contain("array");
        schemas.GetProperty("ProfileRequest").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Equal("equipment", "minutes", "firstSide", "backToRunning", "start");

        var log = paths.GetProperty("/api/profiles/{id}/logs").GetProperty("post");
        Answers(log).Should().Equal("201", "400", "403", "404", "413", "415", "422", "503", "507");
        log.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("externalDocs").GetProperty("url").GetString()
            .Should().EndWith("/session-log.schema.json");

        var today = paths.GetProperty("/api/profiles/{id}/today").GetProperty("get");
        Answers(today).Should().Equal("200", "400", "404");
        today.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("externalDocs").GetProperty("url").GetString()
            .Should().EndWith("/coaching-day.schema.json");
        paths.GetProperty("/api/profiles/{id}/calendar.ics").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/calendar", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Logs_InPages_FollowingNextGivesEveryLogOnce()
    {
        string id = await NewProfile();
        var days = Enumerable.Range(0, 25).Select(d => new DateOnly(2026, 3, 2).AddDays(d)).ToList();
        foreach (var day in days)
        {
            (await _client.PostAsync($"/api/profiles/{id}/logs", Json(Log(day)), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var seen = new System.Collections.Generic.List<DateOnly>();
        string? next = $"/api/profiles/{id}/logs?limit=10";
        int pages = 0;
        while (next is not null && pages++ < 10)
        {
            var response = await _client.GetAsync(next, TestContext.Current.CancellationToken);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            page.RootElement.GetProperty("logs").GetArrayLength().Should().BeLessThanOrEqualTo(10);
            seen.AddRange(page.RootElement.GetProperty("logs").EnumerateArray().Select(l => DateOnly.Parse(l.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
            next = response.Headers.TryGetValues("Link", out var links)
                ? System.Text.RegularExpressions.Regex.Match(links.Single(), "^<([^>]+)>; rel=\"next\"$").Groups[1].Value
                : null;
        }

        pages.Should().Be(3);
        seen.Should().Equal(days);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?from=March", "from")]
    public async Task Logs_BadPage_Is400NamingTheParameter(string query, string field)
    {
        string id = await NewProfile();

        var response = await _client.GetAsync($"/api/profiles/{id}/logs{query}", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal(field);
    }

    [Theory]
    [InlineData("\u061C")]
    [InlineData("ok\uFFFE")]
    [InlineData("ok\uFFFF")]
    [InlineData("\u3164")]
    [InlineData("\u2800\u2800")]
    public async Task Log_NoteThatLooksBlankOrHoldsAnInvisibleControl_Is400NamingTheNote(string note)
    {
        string id = await NewProfile();

        var response = await _client.PostAsync($"/api/profiles/{id}/logs", Json(Log(Today, note)), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("$.note");
    }

    /// <summary>A body of zeros, made as it is read.</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - BytesRead);
            Array.Clear(buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
