using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KneeStrength.Testing;
using Microsoft.Playwright;

namespace KneeStrength.Web.BrowserTests;

/// <summary>
/// The companion as an app on the phone: installable (Chromium's own check), working offline (logs kept on the phone
/// and sent once when the network is back), a session that survives a reload, a run logged from the page, and every
/// screen checked by axe-core in the light and the dark theme.
/// </summary>
public sealed class PhoneTests(Browser browser)
{
    private static readonly bool WriteShots = Environment.GetEnvironmentVariable("KNEE_SCREENSHOTS") == "1";

    private static readonly bool IsCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private const string AxeFolder = "tests/a11y-check";

    /// <summary>Makes a profile through the API (equipment and minutes as the body says) and returns its id.</summary>
    internal static async Task<string> NewProfile(Browser browser, string body = """{ "equipment": ["band", "step", "wall"], "minutes": 20 }""")
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await browser.Api.PostAsync(new Uri("/api/profiles", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(ct));
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> GetJson(string path)
    {
        string text = await browser.Api.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<List<JsonElement>> ServerLogs(string id) =>
        [.. (await GetJson($"/api/profiles/{id}/logs")).GetProperty("logs").EnumerateArray()];

    /// <summary>Waits until the service worker controls the page (it took over after its first install).</summary>
    internal static async Task WaitForWorker(IPage page) =>
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = 30_000 });

    [Fact]
    public async Task Install_ManifestIconsAndWorker_ChromiumFindsNoInstallabilityErrors()
    {
        browser.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        // A profile of its own: Chromium installs nothing from an incognito window, which other contexts are.
        await using var context = await browser.NewInstallableContext();
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        var errors = Browser.Errors(page);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#setup")).ToBeVisibleAsync();
        await WaitForWorker(page);

        var cdp = await page.Context.NewCDPSessionAsync(page);
        var installability = (await cdp.SendAsync("Page.getInstallabilityErrors"))!.Value.GetProperty("installabilityErrors");
        installability.EnumerateArray().Select(e => e.GetProperty("errorId").GetString()).Should().BeEmpty("Chromium's installability check passes");
        var manifest = (await cdp.SendAsync("Page.getAppManifest"))!.Value;
        manifest.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).Should().BeEmpty();

        using var served = await browser.Api.GetAsync(new Uri("/manifest.webmanifest", UriKind.Relative), ct);
        served.Content.Headers.ContentType!.MediaType.Should().Be("application/manifest+json");
        using var document = JsonDocument.Parse(await served.Content.ReadAsStringAsync(ct));
        document.RootElement.GetProperty("display").GetString().Should().Be("standalone");
        var icons = document.RootElement.GetProperty("icons").EnumerateArray().Where(i => i.GetProperty("type").GetString() == "image/png").ToList();
        icons.Select(i => i.GetProperty("sizes").GetString()).Should().Contain(["192x192", "512x512"]);
        icons.Should().Contain(i => i.GetProperty("purpose").GetString() == "maskable");
        foreach (var icon in icons)
        {
            byte[] png = await browser.Api.GetByteArrayAsync(new Uri("/" + icon.GetProperty("src").GetString(), UriKind.Relative), ct);
            png.AsSpan(0, 4).ToArray().Should().Equal([0x89, 0x50, 0x4E, 0x47]);
            int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
            icon.GetProperty("sizes").GetString().Should().Be($"{width}x{width}");
        }

        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Offline_SessionPainMorningAndRun_KeptOnThePhoneSurviveAReloadAndReachTheServerOnce()
    {
        browser.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;

        // Started yesterday, with yesterday's session on the server: this morning asks how the knee feels.
        string id = await NewProfile(browser, """{ "equipment": ["band", "step", "wall"], "minutes": 20, "start": "2026-03-01" }""");
        var posted = await browser.Api.PostAsync(new Uri($"/api/profiles/{id}/logs", UriKind.Relative),
            new StringContent("""{ "formatVersion": 1, "date": "2026-03-01", "routineId": "runners-knee", "completion": "all", "painDuring": 2 }""", Encoding.UTF8, "application/json"), ct);
        posted.StatusCode.Should().Be(HttpStatusCode.Created);

        // The first visit installs the worker; the second, under it, leaves the phone a copy of the profile's answers.
        var page = await browser.NewPhonePage();
        await page.GotoAsync($"/?profile={id}&speed=200");
        await WaitForWorker(page);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#morning")).ToBeVisibleAsync();
        long revision = browser.Store.Read(id)!.Revision;

        await page.Context.SetOfflineAsync(true);
        (await page.EvaluateAsync<bool>($"async () => {{ try {{ await fetch('/api/profiles/{id}/progress?fresh=1'); return true; }} catch {{ return false; }} }}"))
            .Should().BeFalse("the network is gone for the page and its worker alike");

        // This morning's pain, a session at 200x with its pain log, the hour after, and a run: all kept on the phone.
        await page.Locator("#morning input[value='3']").CheckAsync();
        await page.Locator("#morning button").ClickAsync();
        await Assertions.Expect(page.Locator("#outbox-text")).ToHaveTextAsync("1 log saved on this phone, not yet sent. They are sent when the server can be reached.");
        await Assertions.Expect(page.Locator("#today-offline")).ToBeVisibleAsync();
        await page.Locator("#start").ClickAsync();
        await Assertions.Expect(page.Locator("#after")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.Locator("#after-during input[value='2']").CheckAsync();
        await page.Locator("#after-sharp input[value=no]").CheckAsync();
        await page.Locator("#save-log").ClickAsync();
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync("Saved on this phone, not yet sent.");
        await page.Locator("#hour-after input[value='1']").CheckAsync();
        await page.Locator("#hour-after button").ClickAsync();
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync("An hour after: 1/10.");
        await page.Locator("#nav a[href='#run']").ClickAsync();
        await page.Locator("#run-minutes").FillAsync("30");
        await page.Locator("#run-pain input[value='1']").CheckAsync();
        await page.Locator("#save-run").ClickAsync();
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync("Run: 30 min, pain 1/10.");
        await Assertions.Expect(page.Locator("#outbox-text")).ToContainTextAsync("4 logs saved on this phone");

        // Reloaded with no network: the page, the day and the logs are still there.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync("Session: all of it. Worst pain during: 2/10. An hour after: 1/10. Run: 30 min, pain 1/10.");
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync("Saved on this phone, not yet sent.");
        await Assertions.Expect(page.Locator("#outbox-text")).ToContainTextAsync("4 logs saved on this phone");
        await Assertions.Expect(page.Locator("#plan-items img.thumb").First).ToHaveJSPropertyAsync("naturalWidth", 240);
        var kept = await page.EvaluateAsync<JsonElement>("""
            () => new Promise((resolve, reject) => {
              const open = indexedDB.open('knee');
              open.onsuccess = () => {
                const all = open.result.transaction('outbox').objectStore('outbox').getAll();
                all.onsuccess = () => resolve(all.result.map(e => ({ id: e.id, path: e.path, body: JSON.stringify(e.body) })));
                all.onerror = () => reject(all.error);
              };
            })
            """);
        kept.GetArrayLength().Should().Be(4);
        (await ServerLogs(id)).Should().ContainSingle("nothing reached the server while offline");

        // Online again: each log is sent, and the server has each once.
        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.Locator("#outbox")).ToBeHiddenAsync(new() { Timeout = 30_000 });
        var logs = await ServerLogs(id);
        logs.Select(l => l.GetProperty("date").GetString()).Should().Equal("2026-03-01", "2026-03-02");
        logs[0].GetProperty("painNextMorning").GetInt32().Should().Be(3);
        logs[1].GetProperty("painDuring").GetInt32().Should().Be(2);
        logs[1].GetProperty("painAfter").GetInt32().Should().Be(1);
        logs[1].GetProperty("run").GetProperty("minutes").GetInt32().Should().Be(30);
        browser.Store.Read(id)!.Revision.Should().Be(revision + 4, "each of the four writes reached the store once");

        // A write sent again with its key (its answer lost on the way back) is answered and not written again.
        var first = kept[0];
        using var again = new HttpRequestMessage(HttpMethod.Post, new Uri(first.GetProperty("path").GetString()!, UriKind.Relative))
        {
            Content = new StringContent(first.GetProperty("body").GetString()!, Encoding.UTF8, "application/json"),
        };
        again.Headers.Add("Idempotency-Key", first.GetProperty("id").GetString());
        using var replayed = await browser.Api.SendAsync(again, ct);
        replayed.IsSuccessStatusCode.Should().BeTrue(await replayed.Content.ReadAsStringAsync(ct));
        replayed.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        browser.Store.Read(id)!.Revision.Should().Be(revision + 4);
        await Assertions.Expect(page.Locator("#today-offline")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Worker_AFileChanges_TheNewVersionTakesOverWithItsOwnCacheAndReloadsThePageOnce()
    {
        browser.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;

        // An app of its own (its own origin, so no other test's page sees the change) serving a copy of the page.
        string folder = Directory.CreateTempSubdirectory("knee-worker-").FullName;
        try
        {
            string webRoot = Path.Combine(folder, "wwwroot");
            CopyFolder(ProcessTools.Repository("samples/KneeStrength.Web/wwwroot"), webRoot);
            await using var app = Browser.StartApp(Path.Combine(folder, "data"), TimeProvider.System, webRoot);
            using var client = app.CreateClient();
            var created = await client.PostAsync(new Uri("/api/profiles", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"), ct);
            string id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetString()!;
            var context = await browser.Chromium.NewContextAsync(new() { BaseURL = client.BaseAddress!.ToString(), ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
            var page = await context.NewPageAsync();
            var errors = Browser.Errors(page);
            await page.GotoAsync($"/?profile={id}");
            await WaitForWorker(page);
            const string Caches = "async () => (await caches.keys()).filter(c => c.startsWith('knee-shell-'))";
            string first = (await page.EvaluateAsync<string[]>(Caches)).Single();

            // A new version of the page's style sheet, as a deploy puts in place; the page checks for a new worker.
            await File.AppendAllTextAsync(Path.Combine(webRoot, "app.css"), "\n/* next version */\n", ct);
            await page.EvaluateAsync("() => { window.oldPage = true; return navigator.serviceWorker.getRegistration().then(r => r.update()); }");

            // The new worker filled its own cache before it took over; the old cache is gone; the page was reloaded
            // under it, and every file it has now is the new version's.
            await page.WaitForFunctionAsync("() => window.oldPage === undefined && navigator.serviceWorker.controller !== null", null, new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#today")).ToBeVisibleAsync();
            string second = (await page.EvaluateAsync<string[]>(Caches)).Single();
            second.Should().NotBe(first);
            (await page.EvaluateAsync<string>("async () => (await fetch('/app.css')).text()")).Should().EndWith("/* next version */\n");
            (await page.EvaluateAsync<int>($"async () => (await (await caches.open('{second}')).keys()).length")).Should().BeGreaterThan(20, "the new version holds every file of the page, the catalog and the pictures");
            errors.Should().BeEmpty();
            await context.CloseAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Session_ReloadedInTheMiddle_ResumesPausedWhereItWas()
    {
        browser.SkipIfUnavailable();
        string id = await NewProfile(browser);
        var page = await browser.NewPhonePage();
        var errors = Browser.Errors(page);
        await page.GotoAsync($"/?profile={id}&speed=20");
        await page.Locator("#start").ClickAsync();
        await page.Keyboard.PressAsync("n"); // on to the second exercise
        await page.Locator("#pause").ClickAsync();
        await Assertions.Expect(page.Locator("#paused-label")).ToBeVisibleAsync();
        string exercise = (await page.Locator("#step-exercise").TextContentAsync())!;
        string step = (await page.Locator("#session").GetAttributeAsync("data-step"))!;

        await page.ReloadAsync();

        new Uri(page.Url).Fragment.Should().Be("#session");
        await Assertions.Expect(page.Locator("#session")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#paused-label")).ToHaveTextAsync("Paused");
        await Assertions.Expect(page.Locator("#pause")).ToHaveTextAsync("Resume");
        await Assertions.Expect(page.Locator("#step-exercise")).ToHaveTextAsync(exercise);
        await Assertions.Expect(page.Locator("#session")).ToHaveAttributeAsync("data-step", step);
        await Assertions.Expect(page.Locator("#announce")).ToHaveTextAsync("Session resumed where you left it, paused. Resume goes on.");

        // Ended, then reloaded on the after-screen: the finished session waits there to be logged.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#after")).ToBeVisibleAsync();
        string summary = (await page.Locator("#after-summary").TextContentAsync())!;
        summary.Should().Contain("skipped");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#after-summary")).ToHaveTextAsync(summary);
        await page.Locator("#after-during input[value='2']").CheckAsync();
        await page.Locator("#after-sharp input[value=no]").CheckAsync();
        await page.Locator("#save-log").ClickAsync();

        // Logged: nothing to resume, and no button to do the session again.
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Session: (none|part) of it\\."));
        await Assertions.Expect(page.Locator("#resume")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#start")).ToBeHiddenAsync();
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Run_LoggedFromThePage_EndsTheDailyPhaseAndSaysSo()
    {
        browser.SkipIfUnavailable();
        string id = await NewProfile(browser);
        var page = await browser.NewPhonePage();
        var errors = Browser.Errors(page);
        await page.GotoAsync($"/?profile={id}");
        await Assertions.Expect(page.Locator("#today-phase")).ToHaveTextAsync("Phase: Daily treatment");

        await page.Locator("#nav a[href='#run']").ClickAsync();
        await page.Locator("#save-run").ClickAsync();
        await Assertions.Expect(page.Locator("#run .field-error[data-field=minutes]")).ToHaveTextAsync("Enter the run's minutes: a whole number from 1 to 600.");
        await page.Locator("#run-minutes").FillAsync("25");
        await page.Locator("#run-pain input[value='1']").CheckAsync();
        await page.Locator("#save-run").ClickAsync();

        // A run with little pain is the runner back to running: the daily phase ends with the day, and Today says so.
        await Assertions.Expect(page.Locator("#today-done")).ToContainTextAsync("Run: 25 min, pain 1/10.");
        await Assertions.Expect(page.Locator("#today-changed")).ToHaveTextAsync("Changed by your run. From tomorrow (2026-03-03): Weekly prevention");
        (await ServerLogs(id)).Single().GetProperty("run").GetProperty("minutes").GetInt32().Should().Be(25);
        (await GetJson($"/api/profiles/{id}/today?date=2026-03-03")).GetProperty("phase").GetString().Should().Be("prevention");
        await page.GotoAsync($"/?profile={id}&date=2026-03-03");
        await Assertions.Expect(page.Locator("#today-phase")).ToHaveTextAsync("Phase: Weekly prevention");
        await Assertions.Expect(page.Locator("#morning")).ToContainTextAsync("after yesterday's run");
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Settings_ChangedOnThePage_ArePutOnTheProfile()
    {
        browser.SkipIfUnavailable();
        string id = await NewProfile(browser);
        var page = await browser.NewPhonePage();
        await page.GotoAsync($"/?profile={id}#settings");
        await Assertions.Expect(page.Locator("#settings-minutes")).ToHaveValueAsync("20");
        await page.Locator("#settings input[name=equipment][value=bosu]").CheckAsync();
        await page.Locator("#settings input[name=firstSide][value=right]").CheckAsync();
        await page.Locator("#settings-minutes").FillAsync("5000");
        await page.Locator("#save-settings").ClickAsync();
        await Assertions.Expect(page.Locator("#settings .field-error[data-field=minutes]")).ToHaveTextAsync("Expected a whole number of minutes from 1 to 1440, but got '5000'.");
        await Assertions.Expect(page.Locator("#settings .field-error[data-field=minutes]")).ToBeInViewportAsync();

        await page.Locator("#settings-minutes").FillAsync("15");
        await page.Locator("#settings-backToRunning").FillAsync("2026-03-20");
        await page.Locator("#save-settings").ClickAsync();
        await Assertions.Expect(page.Locator("#today")).ToBeVisibleAsync();

        var profile = await GetJson($"/api/profiles/{id}");
        profile.GetProperty("minutes").GetInt32().Should().Be(15);
        profile.GetProperty("firstSide").GetString().Should().Be("right");
        profile.GetProperty("backToRunning").GetString().Should().Be("2026-03-20");
        profile.GetProperty("equipment").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo(["band", "bosu", "step", "wall"]);
    }

    [Fact]
    public async Task Save_ServerGone_KeepsTheLogOnThePhoneAndSaysSoWhereTheRunnerLooks()
    {
        browser.SkipIfUnavailable();
        string id = await NewProfile(browser);
        var page = await browser.NewPhonePage(serviceWorker: false);
        await page.GotoAsync($"/?profile={id}&speed=200");
        await page.Locator("#start").ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#after-during input[value='4']").CheckAsync();
        await page.Locator("#after-sharp input[value=no]").CheckAsync();

        // The server stops answering: every request to it fails as an unreachable server does.
        await page.RouteAsync("**/api/**", route => route.AbortAsync("connectionrefused"));
        await page.Locator("#save-log").ClickAsync();

        await Assertions.Expect(page.Locator("#outbox")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#outbox-text")).ToHaveTextAsync("1 log saved on this phone, not yet sent. They are sent when the server can be reached.");
        await Assertions.Expect(page.Locator("#error")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("cannot reach its server");

        // The server back: Send now sends it.
        await page.UnrouteAllAsync();
        await page.Locator("#send-now").ClickAsync();
        await Assertions.Expect(page.Locator("#outbox")).ToBeHiddenAsync();
        (await ServerLogs(id)).Single().GetProperty("painDuring").GetInt32().Should().Be(4);
    }

    // ---- every screen, checked by axe-core, in the light and the dark theme --------------------------------------

    private static string? _axe;

    /// <summary>axe-core's script, installed from tests/a11y-check where it is missing; the test skips without it (on CI it fails).</summary>
    private static async Task<string> Axe()
    {
        string path = ProcessTools.Repository($"{AxeFolder}/node_modules/axe-core/axe.min.js");
        if (_axe is null)
        {
            try
            {
                await ProcessTools.EnsurePackages(AxeFolder, TestContext.Current.CancellationToken);
            }
            catch (Exception e) when (!IsCi && e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                Assert.Skip($"axe-core is not installed ({AxeFolder}/install.sh needs Node and npm): {e.Message}");
            }

            _axe = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        }

        return _axe;
    }

    /// <summary>Runs axe-core on the page as it is; returns each violation with the elements at fault.</summary>
    private static async Task<List<string>> Violations(IPage page)
    {
        var found = await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map(n => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n'));
            }
            """);
        return [.. found];
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryScreen_Axe_FindsNoViolations(ColorScheme scheme)
    {
        browser.SkipIfUnavailable();
        string axe = await Axe();
        var page = await browser.NewPhonePage(scheme);
        var errors = Browser.Errors(page);

        // Loaded into every document before the page's own scripts, outside the page's Content-Security-Policy.
        await page.Context.AddInitScriptAsync(axe);
        var found = new List<string>();
        string theme = scheme == ColorScheme.Dark ? "dark" : "light";
        async Task Check(string screen, bool fullPage = false)
        {
            await Assertions.Expect(page.Locator($"#{screen.Split('-')[0]}")).ToBeVisibleAsync();
            found.AddRange((await Violations(page)).Select(v => $"{screen} ({theme}): {v}"));
            string? shot = WriteShots && (scheme == ColorScheme.Dark || screen is "run" or "settings")
                ? ProcessTools.Repository($"samples/KneeStrength.Web/docs/{(scheme == ColorScheme.Dark ? "dark-" : string.Empty)}{screen}.png")
                : null;
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        }

        // At the real speed: the session is paused within its first second, so its screenshot is the same every time.
        await page.GotoAsync("/");
        await Check("setup");
        await page.Locator("#create").ClickAsync();
        await Check("today");

        await page.Locator("#before input[value='1']").CheckAsync();
        await page.Locator("#start").ClickAsync();
        await page.Locator("#pause").ClickAsync();
        await Assertions.Expect(page.Locator("#paused-label")).ToBeVisibleAsync();
        await Check("session");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#after-during input[value='2']").CheckAsync();
        await page.Locator("#after-sharp input[value=no]").CheckAsync();
        await Check("after");
        await page.Locator("#save-log").ClickAsync();
        await Assertions.Expect(page.Locator("#today-done")).ToBeVisibleAsync();
        await Check("today-done");

        await page.Locator("#nav a[href='#run']").ClickAsync();
        await page.Locator("#run-minutes").FillAsync("20");
        await Check("run");
        await page.Locator("#nav a[href='#settings']").ClickAsync();
        await Check("settings");
        await page.Locator("#nav a[href='#progress']").ClickAsync();
        await Check("progress", fullPage: true);

        string id = new Uri(page.Url).Query.Split('&').Select(p => p.TrimStart('?')).Single(p => p.StartsWith("profile=", StringComparison.Ordinal))["profile=".Length..];
        await page.GotoAsync($"/?profile={id}&date=2026-03-03");
        await page.Locator("#morning input[value='2']").CheckAsync();
        await Check("today-morning");

        found.Should().BeEmpty("axe-core finds no accessibility violations on any screen:\n" + string.Join("\n", found));
        errors.Should().BeEmpty();
    }
}
