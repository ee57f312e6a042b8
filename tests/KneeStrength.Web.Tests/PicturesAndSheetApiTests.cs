using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using KneeStrength.Catalog;

namespace KneeStrength.Web.Tests;

/// <summary>The pictures the companion serves, and the printable sheet of a profile: what they answer, and with which policy.</summary>
public sealed class PicturesAndSheetApiTests : IDisposable
{
    private readonly CompanionApp _app = new(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));

    private HttpClient _client => _app.Client;

    public void Dispose() => _app.Dispose();

    private Task<string> NewProfile() => _app.NewProfile("""{ "equipment": ["band", "step", "wall"], "minutes": 20 }""");

    [Fact]
    public async Task Pictures_EveryBuiltInExercise_IsServedAsTheLibrarysSvg()
    {
        foreach (string id in ExercisePictures.ExerciseIds)
        {
            var response = await _client.GetAsync($"/pictures/{id}.svg", TestContext.Current.CancellationToken);
            response.StatusCode.Should().Be(HttpStatusCode.OK, id);
            response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
            response.Headers.GetValues("Content-Security-Policy").Single().Should().Be("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'");
            response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
            (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().Equal(ExercisePictures.GetSvgBytes(id));
        }
    }

    [Theory]
    [InlineData("/pictures/monster-walk.svg")]
    [InlineData("/pictures/side-plank.png")]
    [InlineData("/pictures/side-plank")]
    [InlineData("/pictures/..%2Fappsettings.json")]
    public async Task Pictures_Unknown_IsNotFound(string path) =>
        (await _client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);

    [Fact]
    public async Task Catalog_BuiltInExercises_NameTheirPictureRelativeToThePage()
    {
        using var catalog = JsonDocument.Parse(await _client.GetStringAsync("/api/catalog", TestContext.Current.CancellationToken));
        foreach (var exercise in catalog.RootElement.GetProperty("exercises").EnumerateArray())
        {
            var media = exercise.GetProperty("media").EnumerateArray().Single();
            media.GetProperty("uri").GetString().Should().Be($"pictures/{exercise.GetProperty("id").GetString()}.svg");
        }
    }

    [Fact]
    public async Task Page_Policy_AllowsPicturesAndVideosFromThisAppAndHttpsOnly()
    {
        var response = await _client.GetAsync("/", TestContext.Current.CancellationToken);
        string policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("img-src 'self' https:;").And.Contain("media-src 'self' https:;").And.Contain("script-src 'self';").And.Contain("style-src 'self';");
    }

    [Fact]
    public async Task Sheet_Profile_IsTheSheetWithAPrintButtonUnderItsOwnPolicy()
    {
        string id = await NewProfile();

        var response = await _client.GetAsync($"/profiles/{id}/sheet", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Be(
            "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.Should().Contain("<script src=\"/js/sheet.js\" defer></script>").And.Contain("<button type=\"button\" class=\"print\" id=\"print\">Print</button>")
            .And.Contain("Home exercises from Monday 2 March 2026").And.Contain("Sessions fit into 20 minutes.");
        foreach (var item in RunnersKnee.Routine.Items)
        {
            html.Should().Contain(WebUtility.HtmlEncode(item.Exercise.Name)).And.Contain(WebUtility.HtmlEncode(item.Dosage.ToString()));
        }
    }

    [Fact]
    public async Task Sheet_UnknownProfile_IsNotFound() =>
        (await _client.GetAsync("/profiles/0123456789abcdef0123456789abcdef/sheet", TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);

    [Theory]
    [InlineData("2026-3-4")]
    [InlineData("2026-03-01")]
    public async Task Sheet_BadDate_IsAProblemNamingDate(string date)
    {
        string id = await NewProfile();

        var response = await _client.GetAsync($"/profiles/{id}/sheet?date={date}", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("errors").GetProperty("date").EnumerateArray().Should().ContainSingle();
    }
}
