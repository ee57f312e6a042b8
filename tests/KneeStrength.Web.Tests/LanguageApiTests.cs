using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Web.Tests;

/// <summary>
/// The server's words in the runner's language: <c>/today</c> and the plans answer in the language of the
/// <c>lang</c> parameter or of <c>Accept-Language</c>, say which, and carry the same facts in every language.
/// </summary>
public sealed class LanguageApiTests : IDisposable
{
    private readonly CompanionApp _app = new(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));

    public void Dispose() => _app.Dispose();

    private async Task<string> NewProfile()
    {
        var response = await _app.Client.PostAsync("/api/profiles", CompanionApp.Json("""{ "equipment": ["step", "wall"], "minutes": 20 }"""), TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.GetProperty("id").GetString()!;
    }

    private async Task<HttpResponseMessage> Get(string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await _app.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonObject> Body(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

    // The document with its words taken out: what must be the same in every language.
    private static string Facts(JsonObject document)
    {
        document.Remove("language");
        document.Remove("phaseName");
        (document["lastJudgement"] as JsonObject)?.Remove("reason");
        foreach (var decision in document["decisions"]!.AsArray())
        {
            decision!.AsObject().Remove("reason");
        }

        return document.ToJsonString();
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("ja, fr;q=0.5, de;q=0.2", "fr")]
    [InlineData("es-MX;q=0.9, en;q=0.8", "es")]
    [InlineData("ja", "en")]
    [InlineData("de;q=0", "en")]
    public async Task Today_AcceptLanguage_AnswersInTheBestLanguageTheLibraryWords(string header, string language)
    {
        string id = await NewProfile();

        using var english = await Get($"/api/profiles/{id}/today");
        using var worded = await Get($"/api/profiles/{id}/today", header);

        worded.StatusCode.Should().Be(HttpStatusCode.OK);
        worded.Content.Headers.ContentLanguage.Should().Equal(language);
        worded.Headers.Vary.Should().Contain("Accept-Language");
        var document = await Body(worded);
        document["language"]!.GetValue<string>().Should().Be(language);
        string phaseName = document["phaseName"]!.GetValue<string>();
        phaseName.Should().Be(KneeText.For(language).PhaseName(RunnersKnee.Program.Phases[0]));
        Facts(document).Should().Be(Facts(await Body(english)), "the facts are the same in every language");
        if (language != "en")
        {
            phaseName.Should().NotBe("Daily treatment");
        }
    }

    [Fact]
    public async Task Today_LangParameter_WinsOverTheHeaderAndIsCheckedByName()
    {
        string id = await NewProfile();

        using var french = await Get($"/api/profiles/{id}/today?lang=fr-CA", "de");
        using var unknown = await Get($"/api/profiles/{id}/today?lang=xx");

        (await Body(french))["language"]!.GetValue<string>().Should().Be("fr");
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Body(unknown);
        problem["errors"]!["lang"]![0]!.GetValue<string>().Should().Contain("'xx'").And.Contain("en, de, es, fr");
    }

    [Fact]
    public async Task Plan_German_CuesNameTheExercisesInGermanAndReadBackAsTheSamePlan()
    {
        string id = await NewProfile();
        var german = KneeText.For("de");

        using var english = await Get($"/api/profiles/{id}/plan");
        using var worded = await Get($"/api/profiles/{id}/plan", "de-DE");
        string text = await worded.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        worded.Content.Headers.ContentLanguage.Should().Equal("de");
        var plan = KneeJson.ReadPlan(text);
        var englishPlan = KneeJson.ReadPlan(await english.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        plan.Steps.Should().Equal(englishPlan.Steps, "the steps are the same in every language, only the words differ");
        plan.Omissions.Select(o => o.Exercise).Should().Equal(englishPlan.Omissions.Select(o => o.Exercise));
        var steps = JsonNode.Parse(text)!["steps"]!.AsArray();
        JsonNode.Parse(text)!["language"]!.GetValue<string>().Should().Be("de");
        steps[0]!["cue"]!.GetValue<string>().Should().Be(german.Cue(plan.Steps[0])).And.Contain(german.ExerciseName(plan.Steps[0].Exercise!));
        var omission = JsonNode.Parse(text)!["omissions"]!.AsArray().First()!;
        omission["reason"]!.GetValue<string>().Should().NotContain("which is not on hand", "a left-out exercise's reason is worded in German too");
    }

    [Fact]
    public async Task StatelessPlan_EachLanguageIsKeptApart()
    {
        using var spanish = await Get("/api/plan?equipment=band&minutes=15&lang=es");
        using var english = await Get("/api/plan?equipment=band&minutes=15");

        string es = await spanish.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        string en = await english.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        JsonNode.Parse(es)!["language"]!.GetValue<string>().Should().Be("es");
        JsonNode.Parse(en)!.AsObject().ContainsKey("language").Should().BeFalse("English plans are as they always were");
        KneeJson.ReadPlan(es).Steps.Should().Equal(KneeJson.ReadPlan(en).Steps);
        es.Should().NotBe(en);
    }
}
