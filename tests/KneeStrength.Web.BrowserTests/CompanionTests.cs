using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KneeStrength.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(KneeStrength.Web.BrowserTests.Browser))]

namespace KneeStrength.Web.BrowserTests;

/// <summary>
/// A runner's weeks with the web companion, in Chromium on a 360x740 phone screen: set-up, today, a guided session at
/// demo speed (pause, resume, skip), the pain log, the next morning's check-in and the progress chart. Each test takes
/// the screenshots the web companion's README shows (samples/KneeStrength.Web/docs).
/// </summary>
public sealed class CompanionTests(Browser browser)
{
    private static string Shot(string name) => ProcessTools.Repository($"samples/KneeStrength.Web/docs/{name}.png");

    // The README's pictures are written only when asked (KNEE_SCREENSHOTS=1), so a test run leaves a clone as it was;
    // the screenshot is taken and checked either way.
    private static readonly bool WriteShots = Environment.GetEnvironmentVariable("KNEE_SCREENSHOTS") == "1";

    private static async Task Screenshot(IPage page, string name, bool fullPage = false)
    {
        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = WriteShots ? Shot(name) : null, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        png.AsSpan(0, 8).ToArray().Should().Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a screenshot is a PNG file");
        int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        width.Should().Be(720, "the page is 360 CSS pixels wide at a device scale of 2");
    }

    private async Task<JsonElement> GetJson(string path)
    {
        string text = await browser.Api.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The names the page shows for the plan's exercises, in order: a variation's name where the plan uses one.</summary>
    private async Task<List<string>> ExerciseNames(string profileId)
    {
        var catalog = (await GetJson("/api/catalog")).GetProperty("exercises").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        var plan = await GetJson($"/api/profiles/{profileId}/plan");
        var names = new List<string>();
        int item = -1;
        foreach (var step in plan.GetProperty("steps").EnumerateArray())
        {
            if (step.GetProperty("itemIndex").GetInt32() == item)
            {
                continue;
            }

            item = step.GetProperty("itemIndex").GetInt32();
            var exercise = catalog[step.GetProperty("exerciseId").GetString()!];
            string? variation = plan.GetProperty("steps").EnumerateArray()
                .Where(s => s.GetProperty("itemIndex").GetInt32() == item)
                .Select(s => s.GetProperty("variation").GetString()).FirstOrDefault(v => v is not null);
            names.Add(variation is null
                ? exercise.GetProperty("name").GetString()!
                : exercise.GetProperty("variations").EnumerateArray().First(v => v.GetProperty("id").GetString() == variation).GetProperty("name").GetString()!);
        }

        return names;
    }

    [Fact]
    public async Task Runner_SetsUpRunsASessionLogsPainAndChecksInNextMorning_TomorrowsDecisionChanges()
    {
        browser.SkipIfUnavailable();
        var page = await browser.NewPhonePage();
        var errors = Browser.Errors(page);

        // First visit: set-up.
        // 60x: the 20-minute session takes 20 s, and every exercise stays on screen for at least half a second.
        await page.GotoAsync("/?speed=60");
        await Assertions.Expect(page.Locator("#setup")).ToBeVisibleAsync();
        await Screenshot(page, "setup");
        await page.Locator("#setup input[name=firstSide][value=right]").CheckAsync();
        await page.Locator("#minutes").FillAsync("20");
        await page.Locator("#create").ClickAsync();

        // Today: the decision, the plan, and the profile's id in the address.
        await Assertions.Expect(page.Locator("#today")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#today-title")).ToHaveTextAsync("Today, 2026-03-02");
        await Assertions.Expect(page.Locator("#decisions")).ToContainTextAsync("No sessions logged yet");
        string id = new Uri(page.Url).Query.Split('&').Select(p => p.TrimStart('?')).Single(p => p.StartsWith("profile=", StringComparison.Ordinal))["profile=".Length..];
        id.Should().MatchRegex("^[0-9a-f]{32}$");
        var names = await ExerciseNames(id);
        names.Should().HaveCountGreaterThan(5);
        await Assertions.Expect(page.Locator("#plan-items > li")).ToHaveCountAsync(names.Count);
        int steps = (await GetJson($"/api/profiles/{id}/plan")).GetProperty("steps").GetArrayLength();
        await Assertions.Expect(page.Locator("#steps > li")).ToHaveCountAsync(steps);
        await Screenshot(page, "today");

        // The guided session. The page records every exercise it shows; as the second one appears it pauses, as a
        // runner would tap Pause at that moment, so the checks below do not race the demo-speed clock.
        await page.EvaluateAsync("""
            () => {
              window.seen = [];
              const name = document.getElementById('step-exercise');
              new MutationObserver(() => {
                if (name.textContent && window.seen[window.seen.length - 1] !== name.textContent) {
                  window.seen.push(name.textContent);
                  if (window.seen.length === 2) document.getElementById('pause').click();
                }
              }).observe(name, { childList: true, characterData: true, subtree: true });
            }
            """);
        await page.Locator("#before input[value='1']").CheckAsync();
        await page.Locator("#start").ClickAsync();
        await Assertions.Expect(page.Locator("#session")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#nav")).ToBeHiddenAsync(); // nothing to tap away from the session by mistake
        await Assertions.Expect(page.Locator("#pause")).ToHaveTextAsync("Resume", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#step-exercise")).ToHaveTextAsync(names[1]);

        // Paused: the step and its countdown stand still.
        string step = (await page.Locator("#session").GetAttributeAsync("data-step"))!;
        string countdown = await page.Locator("#countdown").TextContentAsync() ?? "";
        await page.WaitForTimeoutAsync(400); // 24 plan seconds at this speed: the clock would have moved on
        (await page.Locator("#session").GetAttributeAsync("data-step")).Should().Be(step);
        (await page.Locator("#countdown").TextContentAsync()).Should().Be(countdown);

        // Skip with the keyboard: the third exercise comes next, at the start of its first step (still paused, so the
        // screenshot is the same on every run).
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("#step-exercise")).ToHaveTextAsync(names[2]);
        await Screenshot(page, "session");

        // Resume with the space bar on the focused Pause button: the clock runs again, to the end.
        await page.Locator("#pause").FocusAsync();
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(page.Locator("#pause")).ToHaveTextAsync("Pause");
        await Assertions.Expect(page.Locator("#after")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        (await page.EvaluateAsync<string[]>("() => window.seen")).Should().Equal(names, "each exercise appears, in the plan's order");
        await Assertions.Expect(page.Locator("#after-summary")).ToHaveTextAsync($"You did {names.Count - 1} of {names.Count} exercises in full, skipped 1.");

        // After the session: the worst pain during it; the hour-after score later, from Today.
        await page.Locator("#save-log").ClickAsync();
        await Assertions.Expect(page.Locator("#after .field-error[data-field=log]")).ToContainTextAsync("Choose the worst pain");
        await page.Locator("#after-during input[value='3']").CheckAsync();
        await page.Locator("#save-log").ClickAsync();
        await Assertions.Expect(page.Locator("#after .field-error[data-field=log]")).ToContainTextAsync("Say whether any pain was sharp");
        await page.Locator("#after-sharp input[value=no]").CheckAsync();
        await Screenshot(page, "after");
        await page.Locator("#save-log").ClickAsync();
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync("Session: part of it. Worst pain during: 3/10.");
        await page.Locator("#hour-after input[value='2']").CheckAsync();
        await page.Locator("#hour-after button").ClickAsync();
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync("An hour after: 2/10.");
        await Assertions.Expect(page.Locator("#hour-after")).ToHaveCountAsync(0);

        // What the page logged is the library's session log.
        var log = (await GetJson($"/api/profiles/{id}/logs")).GetProperty("logs").EnumerateArray().Single();
        log.GetProperty("date").GetString().Should().Be("2026-03-02");
        log.GetProperty("completion").GetString().Should().Be("partial");
        log.GetProperty("painBefore").GetInt32().Should().Be(1);
        log.GetProperty("painDuring").GetInt32().Should().Be(3);
        log.GetProperty("painAfter").GetInt32().Should().Be(2);
        log.TryGetProperty("sharpPain", out _).Should().BeFalse("no sharp pain is written as no flag");
        log.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("outcome").GetString())
            .Should().Equal(names.Select((_, i) => i == 1 ? "skipped" : "completed"));

        // The next morning, from the address the phone remembers (no profile in it): a painful morning changes the plan.
        await page.GotoAsync("/?date=2026-03-03");
        await Assertions.Expect(page.Locator("#morning")).ToBeVisibleAsync();
        new Uri(page.Url).Query.Should().Contain($"profile={id}");
        string before = await page.Locator("#decisions").InnerTextAsync();
        await page.Locator("#morning input[value='7']").CheckAsync();
        await Screenshot(page, "next-morning");
        await page.Locator("#morning button").ClickAsync();
        await Assertions.Expect(page.Locator("#morning")).ToHaveCountAsync(0);
        string after = await page.Locator("#decisions").InnerTextAsync();
        after.Should().NotBe(before).And.Contain("morning");
        await Screenshot(page, "decision");

        errors.Should().BeEmpty("the page runs without script errors or Content-Security-Policy violations");
    }

    [Fact]
    public async Task Session_RoutineWithSectionsCircuitsAndAnOpenHold_ShowsThemAndWaitsForDone()
    {
        browser.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;

        // The example routine an app would send (a warm-up ride, circuits of 3 and 2 rounds with a target effort, an
        // open-ended side plank, a cool-down stretch), planned by POST /api/plan. Profiles run the built-in program,
        // so the page is given this plan as the profile's, and the routine as today's: what it would show for a
        // coach whose routine has these parts.
        string routine = await File.ReadAllTextAsync(ProcessTools.Repository("samples/KneeStrength.Web/wwwroot/examples/circuit-routine.json"), ct);
        var planned = await browser.Api.PostAsync(new Uri("/api/plan?equipment=band,step,wall", UriKind.Relative), new StringContent(routine, Encoding.UTF8, "application/json"), ct);
        planned.StatusCode.Should().Be(HttpStatusCode.OK);
        string plan = await planned.Content.ReadAsStringAsync(ct);
        var created = await browser.Api.PostAsync(new Uri("/api/profiles", UriKind.Relative),
            new StringContent("""{ "equipment": ["band", "step", "wall"] }""", Encoding.UTF8, "application/json"), ct);
        string id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetString()!;

        var page = await browser.NewPhonePage(serviceWorker: false);
        var errors = Browser.Errors(page);
        await Browser.ServeRoutine(page, id, plan, routine);

        // 100x: the 23-minute session takes 14 s, and the 45 s hold is expected to end in under half a second.
        await page.GotoAsync($"/?profile={id}&speed=100");

        // Today: the exercises under their sections, a circuit's rounds and the target effort in their dose.
        await Assertions.Expect(page.Locator("#plan-sections h4")).ToHaveTextAsync(["Warm-up", "Main", "Cool-down"]);
        await Assertions.Expect(page.Locator("#plan-items")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#plan-sections li")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("#plan-sections li").First).ToContainTextAsync("Easy cycling");
        await Assertions.Expect(page.Locator("#plan-sections li").Nth(1)).ToContainTextAsync("10 reps per side, RPE 6 · in a circuit, 3 rounds");
        await Assertions.Expect(page.Locator("#plan-sections li").Nth(5)).ToContainTextAsync("45 s hold per side, as long as you can, RPE 7");
        (await page.Locator("#plan-sections ol").Nth(1).GetAttributeAsync("start")).Should().Be("2", "the numbers run on across sections");

        // The page records each section-and-round line and each effort it shows, and pauses as the open hold
        // appears, as a runner would, so the checks there do not race the clock.
        await page.EvaluateAsync("""
            () => {
              window.contexts = [];
              window.efforts = [];
              const session = document.getElementById('session');
              const record = (list, id) => {
                const node = document.getElementById(id);
                if (!node.hidden && node.textContent && list[list.length - 1] !== node.textContent) list.push(node.textContent);
              };
              let paused = false;
              new MutationObserver(() => {
                record(window.contexts, 'step-context');
                record(window.efforts, 'step-effort');
                if (session.dataset.open === 'true' && !paused) {
                  paused = true;
                  document.getElementById('pause').click();
                }
              }).observe(session, { attributes: true, childList: true, characterData: true, subtree: true });
            }
            """);
        await page.Locator("#start").ClickAsync();
        await Assertions.Expect(page.Locator("#pause")).ToHaveTextAsync("Resume", new() { Timeout = 30_000 });

        // The open hold: what is expected, a count-up, Done.
        await Assertions.Expect(page.Locator("#step-exercise")).ToHaveTextAsync("Side plank");
        await Assertions.Expect(page.Locator("#step-expected")).ToHaveTextAsync("As long as you can, about 45 s. The clock counts up: tap Done when you stop.");
        await Assertions.Expect(page.Locator("#step-effort")).ToHaveTextAsync("Effort: RPE 7 of 10");
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#done")).ToHaveAttributeAsync("aria-keyshortcuts", "N");
        await Assertions.Expect(page.Locator("#countdown")).ToHaveAttributeAsync("aria-label", "Time in this step, counting up");
        await Assertions.Expect(page.Locator("#keys")).ToHaveTextAsync("Keys: Space pauses, N is Done, M mutes, Esc ends.");
        await Screenshot(page, "open-hold");

        // Resumed, it counts on past the 45 s expected and stays until Done: here, N on the keyboard.
        string step = (await page.Locator("#session").GetAttributeAsync("data-step"))!;
        await page.Locator("#pause").ClickAsync();
        await page.WaitForFunctionAsync("() => { const [m, s] = document.getElementById('countdown').textContent.split(':'); return Number(m) * 60 + Number(s) >= 55; }");
        (await page.Locator("#session").GetAttributeAsync("data-step")).Should().Be(step, "an open hold waits for the runner");
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("#session")).Not.ToHaveAttributeAsync("data-step", step);

        // The other side's hold waits too; the Done button ends it.
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await page.Locator("#done").ClickAsync();
        await Assertions.Expect(page.Locator("#after")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#after-summary")).ToHaveTextAsync("You did 7 of 7 exercises in full.");

        (await page.EvaluateAsync<string[]>("() => window.contexts")).Should().Equal(
            "Warm-up", "Main · Round 1 of 3", "Main · Round 2 of 3", "Main · Round 3 of 3", "Main · Round 1 of 2", "Main · Round 2 of 2", "Main", "Cool-down");
        (await page.EvaluateAsync<string[]>("() => window.efforts")).Should().Contain(["Effort: RPE 6 of 10", "Effort: stop with 2 reps in reserve", "Effort: RPE 7 of 10"]);

        // The log has the side plank as held: longer than the 45 s expected.
        await page.Locator("#after-during input[value='2']").CheckAsync();
        await page.Locator("#after-sharp input[value=no]").CheckAsync();
        await page.Locator("#save-log").ClickAsync();
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync("Session: all of it.");
        var plank = (await GetJson($"/api/profiles/{id}/logs")).GetProperty("logs").EnumerateArray().Single()
            .GetProperty("exercises").EnumerateArray().Single(e => e.GetProperty("exerciseId").GetString() == "side-plank");
        plank.GetProperty("outcome").GetString().Should().Be("completed");
        plank.GetProperty("amount").GetInt32().Should().BeGreaterThanOrEqualTo(55);
        errors.Should().BeEmpty("the page runs without script errors or Content-Security-Policy violations");
    }

    [Fact]
    public async Task Progress_SixWeeksOfLogs_DrawsAWeeklyPainChart()
    {
        browser.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        var created = await browser.Api.PostAsync(new Uri("/api/profiles", UriKind.Relative),
            new StringContent("""{ "equipment": ["band", "step", "wall", "bosu"], "minutes": 25, "firstSide": "left" }""", Encoding.UTF8, "application/json"), ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        string id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetString()!;

        // Six weeks: most days done, pain during easing from 5 to 1, a missed day a week.
        // The server takes logs up to its today only: it is six weeks on while they are posted.
        var start = DateOnly.FromDateTime(Browser.Today.UtcDateTime);
        browser.SetClock(Browser.Today.AddDays(41));
        try
        {
            for (int day = 0; day < 42; day++)
            {
                if (day % 7 == 5)
                {
                    continue;
                }

                int pain = Math.Max(1, 5 - (day / 9));
                string date = start.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                string log = $$"""{ "formatVersion": 1, "date": "{{date}}", "routineId": "runners-knee", "completion": "{{(day % 7 == 3 ? "partial" : "all")}}", "painDuring": {{pain}}, "painAfter": {{Math.Max(0, pain - 1)}}, "painNextMorning": {{Math.Max(0, pain - 1)}} }""";
                var response = await browser.Api.PostAsync(new Uri($"/api/profiles/{id}/logs", UriKind.Relative), new StringContent(log, Encoding.UTF8, "application/json"), ct);
                response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
            }
        }
        finally
        {
            browser.SetClock(Browser.Today);
        }

        var page = await browser.NewPhonePage();
        var errors = Browser.Errors(page);
        await page.GotoAsync($"/?profile={id}&date={start.AddDays(41):yyyy-MM-dd}#progress");
        await Assertions.Expect(page.Locator("#progress")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#progress-summary")).ToContainTextAsync("36 of 42 planned sessions done (30 fully, 6 partly), 6 missed.");
        await Assertions.Expect(page.Locator("#pain-chart circle")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#weeks > li").First).ToHaveTextAsync("Week of 2026-03-02: 6 sessions, pain 5.0/10");
        await Screenshot(page, "progress", fullPage: true);
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Today_AfterSharpPain_ShowsSeeAClinicianFirstAndARestDayItsNextSession()
    {
        browser.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        var created = await browser.Api.PostAsync(new Uri("/api/profiles", UriKind.Relative),
            new StringContent("""{ "minutes": 20, "backToRunning": "2026-03-10" }""", Encoding.UTF8, "application/json"), ct);
        string id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetString()!;
        var posted = await browser.Api.PostAsync(new Uri($"/api/profiles/{id}/logs", UriKind.Relative),
            new StringContent("""{ "formatVersion": 1, "date": "2026-03-02", "routineId": "runners-knee", "completion": "partial", "painDuring": 4, "sharpPain": true }""", Encoding.UTF8, "application/json"), ct);
        posted.StatusCode.Should().Be(HttpStatusCode.Created);

        var page = await browser.NewPhonePage();
        var errors = Browser.Errors(page);
        await page.GotoAsync($"/?profile={id}&date=2026-03-03");
        var first = page.Locator("#decisions > li").First;
        await Assertions.Expect(first).ToHaveClassAsync("clinician");
        await Assertions.Expect(first).ToContainTextAsync("see a clinician");

        // Back to running on the 10th: the weekly sessions start on the 11th, so the 12th is a rest day.
        await page.GotoAsync($"/?profile={id}&date=2026-03-12");
        await Assertions.Expect(page.Locator("#rest")).ToContainTextAsync("Next session: 2026-03-18.");
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Setup_MinutesOutOfRange_ShowsTheServersMessageAtTheField()
    {
        browser.SkipIfUnavailable();
        var page = await browser.NewPhonePage();
        await page.GotoAsync("/");
        await page.Locator("#minutes").FillAsync("5000");
        await page.Locator("#create").ClickAsync();
        await Assertions.Expect(page.Locator("#setup .field-error[data-field=minutes]")).ToHaveTextAsync("Expected a whole number of minutes from 1 to 1440, but got '5000'.");
        await Assertions.Expect(page.Locator("#setup")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Start_UnknownProfileInTheAddress_OffersSetUpAgain()
    {
        browser.SkipIfUnavailable();
        var page = await browser.NewPhonePage();
        await page.GotoAsync("/?profile=AAAAAAAAAAAAAAAAAAAAAA");
        await Assertions.Expect(page.Locator("#error")).ToHaveTextAsync("That profile is not on this server. Set up a new one.");
        await Assertions.Expect(page.Locator("#setup")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Page_KeyboardOnly_SetsUpStartsMutesAndEndsTheSession()
    {
        browser.SkipIfUnavailable();
        var page = await browser.NewPhonePage();
        await page.GotoAsync("/?speed=50");
        await Assertions.Expect(page.Locator("#setup")).ToBeVisibleAsync();
        await page.Locator("#minutes").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("15");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#today")).ToBeVisibleAsync();
        await page.Locator("#start").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#session")).ToBeVisibleAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("pause", "the session puts the focus on Pause");
        await page.Keyboard.PressAsync("m");
        await Assertions.Expect(page.Locator("#mute")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("#mute")).ToHaveTextAsync("Unmute");
        (await page.EvaluateAsync<string>("() => localStorage.getItem('knee.muted')")).Should().Be("true", "the mute switch is remembered");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#after")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#after-summary")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^You did \d+ of \d+ exercises in full(, \d+ in part)?, skipped \d+\.$"));
    }
}
