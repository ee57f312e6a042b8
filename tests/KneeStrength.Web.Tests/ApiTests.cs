using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Testing;

namespace KneeStrength.Web.Tests;

/// <summary>Every endpoint of the web companion's API, and every way to ask it wrongly.</summary>
public sealed class ApiTests : IDisposable
{
    /// <summary>The app, its server's clock on <see cref="Today"/> until a test moves it on.</summary>
    private readonly CompanionApp _app = new(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));

    private TestClock _clock => _app.Clock;

    private HttpClient _client => _app.Client;

    private string _folder => _app.Folder;

    /// <summary>The day a profile made now starts on.</summary>
    private static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>Moves the server's clock to a day, at the same time of day.</summary>
    private void SetToday(DateOnly day) => _clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 30)), TimeSpan.Zero);

    public void Dispose() => _app.Dispose();

    private static StringContent Json(string json) => CompanionApp.Json(json);

    private static readonly string InSixWeeks = Today.AddDays(42).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> NewProfile(string? body = null)
    {
        body ??= $$"""{ "equipment": ["band", "step", "wall"], "minutes": 20, "firstSide": "right", "backToRunning": "{{InSixWeeks}}" }""";
        var response = await _client.PostAsync("/api/profiles", Json(body), TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        string id = document.RootElement.GetProperty("id").GetString()!;
        response.Headers.Location!.ToString().Should().Be($"/api/profiles/{id}");
        return id;
    }

    private async Task<(HttpStatusCode Status, string Body, string? ContentType)> Get(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Plan_Options_IsTheLibrarysPlanDocument()
    {
        var (status, body, type) = await Get("/api/plan?equipment=band,step&minutes=20&firstSide=right");

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("application/json");
        var expected = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band,step").Value, firstSide: Side.Right))
            .Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(20));
        KneeJson.ReadPlan(body).Should().Be(expected);
    }

    [Fact]
    public async Task Plan_AskedAgain_IsTheSameDocumentAndEachSideHasItsOwn()
    {
        var (_, first, _) = await Get("/api/plan?equipment=band&minutes=15&firstSide=right");
        var (_, again, _) = await Get("/api/plan?equipment=band&minutes=15&firstSide=right");
        var (_, left, _) = await Get("/api/plan?equipment=band&minutes=15&firstSide=left");

        again.Should().Be(first);
        KneeJson.ReadPlan(left).Steps.First(s => s.Side is not null).Side.Should().Be(Side.Left);
        KneeJson.ReadPlan(first).Steps.First(s => s.Side is not null).Side.Should().Be(Side.Right);
    }

    [Theory]
    [InlineData("/api/plan?equipment=kettlebell", "equipment")]
    [InlineData("/api/plan?minutes=0", "minutes")]
    [InlineData("/api/plan?minutes=1", "minutes")]
    [InlineData("/api/plan?minutes=abc", "minutes")]
    [InlineData("/api/plan?firstSide=up", "firstSide")]
    public async Task Plan_BadQuery_Is400NamingTheField(string url, string field)
    {
        var (status, body, type) = await Get(url);

        status.Should().Be(HttpStatusCode.BadRequest);
        type.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal(field);
        body.Should().NotContain("   at ", "no stack trace");
    }

    /// <summary>The example routine apps may send: a warm-up activity, circuits of 3 and 2 rounds, an open-ended hold, a cool-down.</summary>
    private static readonly string CircuitRoutine = File.ReadAllText(ProcessTools.Repository("samples/KneeStrength.Web/wwwroot/examples/circuit-routine.json"));

    private async Task<(HttpStatusCode Status, string Body, string? ContentType)> PostPlan(string query, string body)
    {
        var response = await _client.PostAsync($"/api/plan{query}", Json(body), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("?equipment=band,step,wall&minutes=20&firstSide=right", 20)]
    public async Task PostPlan_RoutineDocument_IsTheLibrarysPlanOfIt(string query, int? minutes)
    {
        var (status, body, type) = await PostPlan(query, CircuitRoutine);

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("application/json");
        var routine = KneeJson.ReadRoutine(CircuitRoutine);
        var scheduler = query.Length == 0 ? SessionScheduler.Default
            : new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band,step,wall").Value, firstSide: Side.Right));
        var expected = minutes is int m ? scheduler.Schedule(routine, TimeSpan.FromMinutes(m)) : scheduler.Schedule(routine);
        KneeJson.ReadPlan(body, [routine]).Should().Be(expected);
    }

    [Fact]
    public async Task PostPlan_RoutineDocument_StepsCarryTheSectionRoundAndOpenHold()
    {
        var (_, body, _) = await PostPlan("", CircuitRoutine);

        using var plan = JsonDocument.Parse(body);
        var steps = plan.RootElement.GetProperty("steps").EnumerateArray().ToList();
        string? Section(JsonElement step) => step.TryGetProperty("section", out var s) ? s.GetString() : null;
        steps.Select(Section).Distinct().Should().Equal("warmUp", null, "coolDown");
        steps.Where(s => s.GetProperty("exerciseId").GetString() == "clamshell").Max(s => s.GetProperty("set").GetInt32()).Should().Be(3, "a circuit item's set is its round");
        steps.Where(s => s.TryGetProperty("open", out var o) && o.GetBoolean()).Select(s => (s.GetProperty("exerciseId").GetString(), s.GetProperty("kind").GetString(), s.GetProperty("holdSeconds").GetInt32()))
            .Should().Equal(("side-plank", "hold", 45), ("side-plank", "hold", 45));
    }

    [Theory]
    [InlineData("?minutes=abc", "{}", "minutes")]
    [InlineData("?equipment=kettlebell", "{}", "equipment")]
    [InlineData("", "not json", "$")]
    [InlineData("", """{ "formatVersion": 1, "id": "x", "name": "X" }""", "$.items")]
    [InlineData("", """{ "formatVersion": 1, "id": "x", "name": "X", "items": [{ "exerciseId": "clamshell", "dosage": { "kind": "repetitions", "reps": 10, "rpe": 11 } }] }""", "$.items[0].dosage.rpe")]
    [InlineData("", """{ "formatVersion": 1, "id": "x", "name": "X", "sections": [{ "kind": "main", "items": [{ "circuit": { "rounds": 2, "items": [{ "exerciseId": "clamshell", "dosage": { "kind": "repetitions", "reps": 10 } }, { "exerciseId": "nope", "dosage": { "kind": "repetitions", "reps": 10 } }] } }] }] }""", "$.sections[0].items[0].circuit.items[1].exerciseId")]
    [InlineData("", """{ "formatVersion": 1, "id": "x", "name": "X", "items": [{ "exerciseId": "clamshell", "dosage": { "kind": "repetitions", "reps": 10, "surprise": 1 } }] }""", "$.items[0].dosage.surprise")]
    public async Task PostPlan_BadQueryOrRoutine_Is400NamingTheFieldOrJsonPath(string query, string body, string field)
    {
        var (status, text, type) = await PostPlan(query, body);

        status.Should().Be(HttpStatusCode.BadRequest);
        type.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal(field);
        text.Should().NotContain("   at ", "no stack trace");
    }

    [Fact]
    public async Task PostPlan_RoutineLongerThanADay_Is400NamingTheDocument()
    {
        string item = """{ "exerciseId": "side-plank", "dosage": { "kind": "hold", "holdSeconds": 600, "sets": 20, "restSeconds": 600 } }""";
        string routine = $$"""{ "formatVersion": 1, "id": "long", "name": "Long", "items": [{{string.Join(", ", Enumerable.Repeat(item, 4))}}] }""";

        var (status, text, _) = await PostPlan("", routine);

        status.Should().Be(HttpStatusCode.BadRequest);
        text.Should().Contain("\"$\":[\"The routine's session would last longer than the 24 h a session may last.\"]");
    }

    [Fact]
    public async Task PostPlan_BodyOverTheLimit_Is413()
    {
        var (status, text, _) = await PostPlan("", "{ \"name\": \"" + new string('x', 70_000) + "\" }");

        status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        text.Should().Contain("The body may be at most 65536 bytes");
    }

    [Fact]
    public async Task Profiles_CreateThenGet_GivesItBackWithAn128BitId()
    {
        string id = await NewProfile();

        var (status, body, _) = await Get($"/api/profiles/{id}");

        status.Should().Be(HttpStatusCode.OK);
        id.Should().MatchRegex("^[0-9a-f]{32}$");
        using var profile = JsonDocument.Parse(body);
        profile.RootElement.GetProperty("equipment").EnumerateArray().Select(e => e.GetString()).Should().Equal("band", "step", "wall");
        profile.RootElement.GetProperty("minutes").GetInt32().Should().Be(20);
        profile.RootElement.GetProperty("firstSide").GetString().Should().Be("right");
        profile.RootElement.GetProperty("backToRunning").GetString().Should().Be(InSixWeeks);
    }

    [Theory]
    [InlineData("""{ "equipment": ["kettlebell"] }""", "equipment")]
    [InlineData("""{ "equipment": 5 }""", "equipment")]
    [InlineData("""{ "equipment": "band,step" }""", "equipment")]
    [InlineData("""{ "equipment": ["band", "band"] }""", "equipment[1]")]
    [InlineData("""{ "equipment": ["band"], "equipment": [] }""", "equipment")]
    [InlineData("""{ "minutes": 20, "minutes": 5 }""", "minutes")]
    [InlineData("""{ "minutess": 20 }""", "minutess")]
    [InlineData("""{ "Minutes": 20 }""", "Minutes")]
    [InlineData("""{ "minutes": 0 }""", "minutes")]
    [InlineData("""{ "minutes": "twenty" }""", "minutes")]
    [InlineData("""{ "firstSide": "middle" }""", "firstSide")]
    [InlineData("""{ "backToRunning": "next week" }""", "backToRunning")]
    [InlineData("""{ "backToRunning": "2000-01-01" }""", "backToRunning")]
    [InlineData("""{ "backToRunning": "2999-01-01" }""", "backToRunning")]
    [InlineData("""[1, 2]""", "body")]
    [InlineData("""{ "equipment": """, "body")]
    public async Task Profiles_BadBody_Is400NamingTheField(string body, string field)
    {
        var response = await _client.PostAsync("/api/profiles", Json(body), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal(field);
    }

    [Fact]
    public async Task Profiles_BodyOverTheLimit_Is413()
    {
        var response = await _client.PostAsync("/api/profiles", Json("{ \"note\": \"" + new string('x', 70_000) + "\" }"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("The body may be at most 65536 bytes");
    }

    [Theory]
    [InlineData("/api/profiles/{0}")]
    [InlineData("/api/profiles/{0}/today")]
    [InlineData("/api/profiles/{0}/plan")]
    [InlineData("/api/profiles/{0}/logs")]
    [InlineData("/api/profiles/{0}/progress")]
    [InlineData("/api/profiles/{0}/calendar.ics")]
    [InlineData("/api/profiles/{0}/today.fit")]
    public async Task Profile_Unknown_Is404ProblemForEveryEndpoint(string template)
    {
        foreach (string id in new[] { "AAAAAAAAAAAAAAAAAAAAAA", "not-an-id", "..%2F..%2Fetc" })
        {
            var (status, body, type) = await Get(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, id));

            status.Should().Be(HttpStatusCode.NotFound, id);
            type.Should().Be("application/problem+json");
            body.Should().Contain("\"title\":\"Unknown profile\"");
        }
    }

    [Fact]
    public async Task Logs_PostedSessionAndNextMorning_AreInTheJournalAndDriveToday()
    {
        string id = await NewProfile();
        var start = Today;
        for (int d = 0; d < 3; d++)
        {
            SetToday(start.AddDays(d));
            string date = start.AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var posted = await _client.PostAsync($"/api/profiles/{id}/logs", Json($$"""{ "formatVersion": 1, "date": "{{date}}", "routineId": "runners-knee", "completion": "all", "painBefore": 1, "painDuring": 1, "painAfter": 1 }"""), TestContext.Current.CancellationToken);
            posted.StatusCode.Should().Be(HttpStatusCode.Created);
            var morning = await _client.PostAsync($"/api/profiles/{id}/logs/{date}/next-morning", Json("""{ "painNextMorning": 1 }"""), TestContext.Current.CancellationToken);
            morning.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var (_, journal, _) = await Get($"/api/profiles/{id}/logs");
        var (_, today, _) = await Get($"/api/profiles/{id}/today?date={start.AddDays(3):yyyy-MM-dd}");

        KneeJson.ReadJournal(journal).Should().HaveCount(3).And.OnlyContain(l => l.PainNextMorning == 1);
        using var day = JsonDocument.Parse(today);
        day.RootElement.GetProperty("level").GetInt32().Should().Be(1);
        day.RootElement.GetProperty("decisions")[0].GetProperty("kind").GetString().Should().Be("progress");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2026-03-01")]
    [InlineData("2026-03-03")]
    public async Task Logs_OutsideTheEnrolment_Is400NamingTheDateAndChangeNothing(string date)
    {
        // The profile starts today, 2026-03-02: a log the day before or the day after is outside it.
        string id = await NewProfile();
        var (_, before, _) = await Get($"/api/profiles/{id}/today");

        var response = await _client.PostAsync($"/api/profiles/{id}/logs", Json($$"""{ "formatVersion": 1, "date": "{{date}}", "routineId": "runners-knee", "completion": "all", "painDuring": 9, "sharpPain": true }"""), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("date");
        KneeJson.ReadJournal((await Get($"/api/profiles/{id}/logs")).Body).Should().BeEmpty();
        (await Get($"/api/profiles/{id}/today")).Body.Should().Be(before);
    }

    [Fact]
    public async Task Logs_SharpPain_IsKeptAndTheNextDaySeesAClinicianFirst()
    {
        string id = await NewProfile();
        var posted = await _client.PostAsync($"/api/profiles/{id}/logs", Json("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee", "completion": "partial", "painDuring": 3, "sharpPain": true }"""), TestContext.Current.CancellationToken);
        posted.StatusCode.Should().Be(HttpStatusCode.Created);
        SetToday(Today.AddDays(1));

        var (_, today, _) = await Get($"/api/profiles/{id}/today");

        KneeJson.ReadJournal((await Get($"/api/profiles/{id}/logs")).Body).Single().SharpPain.Should().BeTrue();
        using var day = JsonDocument.Parse(today);
        day.RootElement.GetProperty("decisions")[0].GetProperty("kind").GetString().Should().Be("seeClinician");
    }

    [Fact]
    public async Task Today_PlanAndFit_AreTheCoachsPlanWithinTheMinutes()
    {
        string id = await NewProfile("""{ "equipment": ["band"], "minutes": 10 }""");

        using var day = JsonDocument.Parse((await Get($"/api/profiles/{id}/today")).Body);
        var plan = KneeJson.ReadPlan((await Get($"/api/profiles/{id}/plan")).Body);

        day.RootElement.GetProperty("plannedSeconds").GetInt32().Should().Be((int)plan.TotalDuration.TotalSeconds);
        plan.TotalDuration.Should().BeLessThanOrEqualTo(TimeSpan.FromMinutes(10));
        var enrolment = new Enrolment(id, RunnersKnee.Program, Today, sessionBudget: TimeSpan.FromMinutes(10), options: new SessionOptions(equipment: EquipmentSet.Parse("band").Value));
        plan.Should().Be(KneeStrength.Coaching.Coach.Default.Decide(enrolment, new KneeStrength.Tracking.Journal([]), Today).Plan);
    }

    [Fact]
    public async Task Profiles_Put_ChangesTheSettingsAndKeepsTheStart()
    {
        string id = await NewProfile();
        SetToday(Today.AddDays(3));

        var response = await _client.PutAsync($"/api/profiles/{id}", Json("""{ "equipment": ["band"], "minutes": 15, "firstSide": "left", "backToRunning": "2026-03-20" }"""), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var profile = JsonDocument.Parse((await Get($"/api/profiles/{id}")).Body);
        profile.RootElement.GetProperty("equipment").EnumerateArray().Select(e => e.GetString()).Should().Equal("band");
        profile.RootElement.GetProperty("minutes").GetInt32().Should().Be(15);
        profile.RootElement.GetProperty("firstSide").GetString().Should().Be("left");
        profile.RootElement.GetProperty("backToRunning").GetString().Should().Be("2026-03-20");
        profile.RootElement.GetProperty("start").GetString().Should().Be("2026-03-02");
        (await _client.PutAsync($"/api/profiles/{id}", Json("""{ "minutes": 0 }"""), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _client.PutAsync("/api/profiles/AAAAAAAAAAAAAAAAAAAAAA", Json("{}"), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Profiles_StartInThePast_TakesLogsFromThatDay()
    {
        string id = await NewProfile("""{ "start": "2026-02-20" }""");

        var posted = await _client.PostAsync($"/api/profiles/{id}/logs", Json("""{ "formatVersion": 1, "date": "2026-02-20", "routineId": "runners-knee", "completion": "all", "painDuring": 1 }"""), TestContext.Current.CancellationToken);

        posted.StatusCode.Should().Be(HttpStatusCode.Created);
        (await _client.PostAsync("/api/profiles", Json("""{ "start": "2026-03-03" }"""), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    /// <summary>Each VEVENT of a feed: its UID and its SEQUENCE (0 when none is written).</summary>
    private static Dictionary<string, int> Sequences(string ics) =>
        ics.Split("BEGIN:VEVENT\r\n").Skip(1).Select(e => e.Split("\r\n")).ToDictionary(
            lines => lines.Single(l => l.StartsWith("UID:", StringComparison.Ordinal))["UID:".Length..],
            lines => lines.Where(l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal)).Select(l => int.Parse(l["SEQUENCE:".Length..], System.Globalization.CultureInfo.InvariantCulture)).SingleOrDefault());

    [Fact]
    public async Task Calendar_ReExportAfterAChange_RaisesTheSequenceOfTheChangedEventsOnly()
    {
        string id = await NewProfile();
        var first = Sequences((await Get($"/api/profiles/{id}/calendar.ics")).Body);
        var again = Sequences((await Get($"/api/profiles/{id}/calendar.ics")).Body);

        // Back to running a week later: the treatment lasts a week longer and the weekly prevention starts later.
        (await _client.PutAsync($"/api/profiles/{id}", Json($$"""{ "equipment": ["band", "step", "wall"], "minutes": 20, "firstSide": "right", "backToRunning": "{{Today.AddDays(49):yyyy-MM-dd}}" }"""), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var changed = Sequences((await Get($"/api/profiles/{id}/calendar.ics")).Body);
        var unchanged = Sequences((await Get($"/api/profiles/{id}/calendar.ics")).Body);

        first.Keys.Should().Equal($"{id}.runners-knee.treatment.0@kneestrength", $"{id}.runners-knee.prevention.0@kneestrength");
        first.Values.Should().Equal(0, 0);
        again.Should().Equal(first, "nothing changed");
        changed.Keys.Should().Equal(first.Keys, "an event keeps its UID through a change, so a calendar updates it in place");
        changed.Values.Should().Equal(1, 1);
        unchanged.Should().Equal(changed, "a re-export with nothing changed raises no SEQUENCE");
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee", "completion": "all", "painDuring": 11 }""", "$.painDuring")]
    [InlineData("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee" }""", "$")]
    [InlineData("""{ "formatVersion": 1 }""", "$")]
    [InlineData("""not json""", "$")]
    public async Task Logs_BadLog_Is400NamingTheJsonPath(string log, string field)
    {
        string id = await NewProfile();

        var response = await _client.PostAsync($"/api/profiles/{id}/logs", Json(log), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal(field);
    }

    [Theory]
    [InlineData("2026-13-01", """{ "painNextMorning": 1 }""", HttpStatusCode.BadRequest)]
    [InlineData("2026-03-02", """{ "painNextMorning": 11 }""", HttpStatusCode.BadRequest)]
    [InlineData("2026-03-02", """{ "pain": 1 }""", HttpStatusCode.BadRequest)]
    [InlineData("2026-03-03", """{ "painNextMorning": 1 }""", HttpStatusCode.NotFound)]
    public async Task NextMorning_BadRequestOrNoSession_IsAProblem(string date, string body, HttpStatusCode expected)
    {
        string id = await NewProfile();
        (await _client.PostAsync($"/api/profiles/{id}/logs", Json("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee", "completion": "all" }"""), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var response = await _client.PostAsync($"/api/profiles/{id}/logs/{date}/next-morning", Json(body), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task NextMorning_AfterARunOnlyDay_IsAdded()
    {
        string id = await NewProfile();
        (await _client.PostAsync($"/api/profiles/{id}/logs", Json("""{ "formatVersion": 1, "date": "2026-03-02", "run": { "minutes": 20, "pain": 2 } }"""), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        SetToday(Today.AddDays(1));

        var response = await _client.PostAsync($"/api/profiles/{id}/logs/2026-03-02/next-morning", Json("""{ "painNextMorning": 1 }"""), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        KneeJson.ReadJournal((await Get($"/api/profiles/{id}/logs")).Body).Single().PainNextMorning.Should().Be(1);
    }

    [Fact]
    public async Task Plan_OfAProfile_FitsItsMinutesAndItsEquipment()
    {
        string id = await NewProfile("""{ "equipment": ["band"], "minutes": 10 }""");

        var (status, body, _) = await Get($"/api/profiles/{id}/plan");

        status.Should().Be(HttpStatusCode.OK);
        var plan = KneeJson.ReadPlan(body);
        plan.TotalDuration.Should().BeLessThanOrEqualTo(TimeSpan.FromMinutes(10));
        plan.Steps.Should().OnlyContain(s => s.Exercise == null || s.Variation != null || s.Exercise.Equipment.All(e => e.Id == "band"));
    }

    [Fact]
    public async Task Calendar_IsAnICalendarFeedOfTheProgram()
    {
        string id = await NewProfile();

        var (status, body, type) = await Get($"/api/profiles/{id}/calendar.ics");

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("text/calendar");
        body.Should().StartWith("BEGIN:VCALENDAR\r\n").And.Contain("RRULE:FREQ=DAILY").And.EndWith("END:VCALENDAR\r\n");
    }

    [Fact]
    public async Task Calendar_ReadByIcalJs_HasTheSessionsTheJournalImplies()
    {
        string id = await NewProfile();
        using var created = JsonDocument.Parse((await Get($"/api/profiles/{id}")).Body);
        var start = DateOnly.ParseExact(created.RootElement.GetProperty("start").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var runDay = start.AddDays(5);
        SetToday(runDay);
        (await _client.PostAsync($"/api/profiles/{id}/logs", Json($$"""{ "formatVersion": 1, "date": "{{runDay:yyyy-MM-dd}}", "run": { "minutes": 20, "pain": 1 } }"""), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        string ics = Path.Combine(_folder, "feed.ics");
        await File.WriteAllBytesAsync(ics, await _client.GetByteArrayAsync($"/api/profiles/{id}/calendar.ics", TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var to = start.AddDays(60);

        var (exit, output, error) = await ProcessTools.NodeScript("tests/format-check", "expand-ics.mjs", TestContext.Current.CancellationToken, $"{start:yyyy-MM-dd}", $"{to:yyyy-MM-dd}", ics);

        exit.Should().Be(0, output + error);
        using var expanded = JsonDocument.Parse(output.Trim());
        var dates = expanded.RootElement.GetProperty("occurrences").EnumerateArray().Select(o => o[0].GetString()).ToList();
        var enrolment = new Enrolment(id, RunnersKnee.Program, start, [EnrolmentEvent.BackToRunning(DateOnly.ParseExact(InSixWeeks, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]);
        var journal = new KneeStrength.Tracking.Journal([new KneeStrength.Tracking.SessionLog(runDay, null, KneeStrength.Tracking.SessionCompletion.None, run: new KneeStrength.Tracking.RunLog(20, 1))]);
        var expected = ProgramScheduler.Default.GetSessions(KneeStrength.Coaching.Coach.Default.Shape(enrolment, journal), start, to)
            .Select(session => session.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        dates.Should().Equal(expected, "daily up to the run's day, then weekly");
        dates.Should().HaveCountLessThan(15);
    }

    [Fact]
    public async Task TodayFit_IsAFitWorkoutDownload()
    {
        string id = await NewProfile();

        var response = await _client.GetAsync($"/api/profiles/{id}/today.fit", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.ant.fit");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Encoding.ASCII.GetString(bytes, 8, 4).Should().Be(".FIT");
    }

    [Fact]
    public async Task Progress_Logs_AreCountedAgainstTheProgramWeekByWeek()
    {
        string id = await NewProfile();
        var start = Today;
        SetToday(start.AddDays(9));
        foreach (var (day, pain) in new[] { (0, 4), (1, 2), (8, 1) })
        {
            string date = start.AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var posted = await _client.PostAsync($"/api/profiles/{id}/logs", Json($$"""{ "formatVersion": 1, "date": "{{date}}", "routineId": "runners-knee", "completion": "all", "painDuring": {{pain}} }"""), TestContext.Current.CancellationToken);
            posted.StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var (status, body, type) = await Get($"/api/profiles/{id}/progress?date={start.AddDays(9):yyyy-MM-dd}");

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("application/json");
        using var progress = JsonDocument.Parse(body);
        var root = progress.RootElement;
        root.GetProperty("planned").GetInt32().Should().Be(10, "daily sessions in treatment, ten days counted");
        root.GetProperty("doneFully").GetInt32().Should().Be(3);
        root.GetProperty("missed").GetInt32().Should().Be(7);
        root.GetProperty("weeks").EnumerateArray().Select(w => (w.GetProperty("sessions").GetInt32(), w.GetProperty("averagePainDuring").GetDouble()))
            .Should().Equal((2, 3.0), (1, 1.0));
        string schemas = Directory.CreateDirectory(Path.Combine(_folder, "schemas")).FullName;
        File.Copy(ProcessTools.Repository("samples/KneeStrength.Cli/Schemas/progress.schema.json"), Path.Combine(schemas, "progress.schema.json"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "progress.json"), body, TestContext.Current.CancellationToken);
        var (exit, output, error) = await ProcessTools.NodeScript("tests/schema-check", "validate.mjs", TestContext.Current.CancellationToken, schemas, "progress=" + Path.Combine(_folder, "progress.json"));
        exit.Should().Be(0, output + error);
    }

    [Fact]
    public async Task Progress_DateBeforeTheProgram_Is400NamingTheDate()
    {
        string id = await NewProfile();

        var (status, body, _) = await Get($"/api/profiles/{id}/progress?date=2001-01-01");

        status.Should().Be(HttpStatusCode.BadRequest);
        body.Should().Contain("\"date\":[");
    }

    [Fact]
    public async Task Catalog_IsTheBuiltInCatalogDocument()
    {
        var (status, body, type) = await Get("/api/catalog");

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("application/json");
        KneeJson.ReadCatalog(body).Should().Be(RunnersKnee.Catalog);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/api/plan", "application/json")]
    public async Task Page_IsServedWithAPolicyThatAllowsOnlyItsOwnFiles(string url, string type)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(type);
        string policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self'").And.Contain("default-src 'self'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
    }

    [Fact]
    public async Task Page_ScriptsAndStyles_AreFilesNotInlineAndNotFromElsewhere()
    {
        var (_, html, _) = await Get("/");

        System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).Should().Equal("<script type=\"module\" src=\"js/app.js\"></script>".Replace("</script>", "", StringComparison.Ordinal));
        html.Should().NotContain("style=").And.NotContain("<style").And.NotContain("http://").And.NotContain("https://");
    }

    [Fact]
    public async Task ExamplePlan_IsTheDefaultPlanByteForByte()
    {
        // The load test compares the plan endpoint with this static file; they must be the same size.
        var (_, plan, _) = await Get("/api/plan");
        var (status, file, type) = await Get("/examples/plan.json");

        status.Should().Be(HttpStatusCode.OK);
        type.Should().Be("application/json");
        file.Should().Be(plan);
    }

    [Fact]
    public async Task OpenApi_DocumentListsTheEndpoints()
    {
        var (status, body, _) = await Get("/openapi/v1.json");

        status.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(body);
        document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Should().Contain(
            ["/api/plan", "/api/catalog", "/api/profiles", "/api/profiles/{id}", "/api/profiles/{id}/today", "/api/profiles/{id}/plan", "/api/profiles/{id}/logs", "/api/profiles/{id}/logs/{date}/next-morning", "/api/profiles/{id}/progress", "/api/profiles/{id}/calendar.ics", "/api/profiles/{id}/today.fit"]);
        document.RootElement.GetProperty("paths").GetProperty("/api/plan").EnumerateObject().Select(o => o.Name).Should().BeEquivalentTo(["get", "head", "post"]);
    }
}
