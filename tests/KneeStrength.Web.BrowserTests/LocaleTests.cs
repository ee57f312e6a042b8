using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Net.Http;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Text;
using Microsoft.Playwright;

namespace KneeStrength.Web.BrowserTests;

/// <summary>
/// The page in the runner's language: German from a German browser, the guided session's words and spoken cues in
/// German; and the switch on the set-up and settings screens, remembered after a reload and sent to the server as
/// Accept-Language with every API request; the phase's name the server's, in the page's language, online and offline.
/// </summary>
public sealed class LocaleTests(Browser browser)
{
    // Replaces the browser's speech with a recorder before the page's scripts run: each utterance's language and text.
    private const string RecordSpeech = """
        window.spoken = [];
        if (window.speechSynthesis) {
          window.speechSynthesis.speak = utterance => window.spoken.push({ lang: utterance.lang, text: utterance.text });
        }
        """;

    /// <summary>The English of the page's own texts on the set-up, today and session screens: none may be left in German.</summary>
    private static readonly string[] English =
    [
        "Knee strength", "Today", "Run", "Progress", "Settings", "Set up", "Make my plan", "Equipment on hand", "Loop band",
        "Side to start with", "Left", "Right", "Language", "Why this session", "The session", "Start the session",
        "Take it with you", "Printable sheet", "Pause", "Resume", "Skip exercise", "Mute", "End", "Done", "Paused",
        "Session done", "Save", "No", "Yes, sharp pain",
    ];

    private static readonly string[] GermanKinds =
        ["Bereit machen", "Aufbauen", "Üben", "Halten", "Seite wechseln", "Richtung wechseln", "Nächste Übung", "Pause"];

    private static string ProfileOf(IPage page) =>
        new Uri(page.Url).Query.TrimStart('?').Split('&').Single(p => p.StartsWith("profile=", StringComparison.Ordinal))["profile=".Length..];

    [Fact]
    public async Task Session_GermanBrowserAtHighSpeed_PageAndSpokenCuesAreGerman()
    {
        browser.SkipIfUnavailable();
        var page = await browser.NewPhonePage(locale: "de-DE");
        var errors = Browser.Errors(page);
        await page.Context.AddInitScriptAsync(RecordSpeech);

        // Set-up, in German: the language from the browser, shown in the switch.
        await page.GotoAsync("/?speed=200");
        await Assertions.Expect(page.Locator("#setup")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Assertions.Expect(page.Locator("#setup-title")).ToHaveTextAsync("Einrichten");
        await Assertions.Expect(page.Locator("#create")).ToHaveTextAsync("Meinen Plan erstellen");
        await Assertions.Expect(page.GetByLabel("Sprache").First).ToHaveValueAsync("de");
        await Assertions.Expect(page.Locator("#setup legend").First).ToHaveTextAsync("Was Sie zur Hand haben");
        await Assertions.Expect(page.Locator("#setup-form")).ToContainTextAsync("Mit welcher Seite Sie beginnen");
        (await page.TitleAsync()).Should().Be("Starke Knie");
        await page.Locator("#create").ClickAsync();

        // Today: the page's words German, and the server's (the phase's name, the coach's reasons) German too.
        await Assertions.Expect(page.Locator("#today-title")).ToHaveTextAsync("Heute, 2026-03-02");
        await Assertions.Expect(page.Locator("#today-phase")).ToHaveTextAsync("Phase: Tägliche Behandlung");
        await Assertions.Expect(page.Locator("#nav a")).ToHaveTextAsync(["Heute", "Laufen", "Verlauf", "Einstellungen"]);
        await Assertions.Expect(page.Locator("#start")).ToHaveTextAsync("Einheit starten");
        await Assertions.Expect(page.Locator("#before legend")).ToHaveTextAsync("Bevor Sie beginnen: Wie fühlt sich Ihr Knie jetzt an?");
        await Assertions.Expect(page.Locator("#plan-items .dose").First).ToContainTextAsync("Wiederholungen");
        await Assertions.Expect(page.Locator("#before input[value='3']")).ToHaveAttributeAsync("aria-label", "3 von 10");

        // The guided session at 200x: each kind of step it shows is recorded, then the after-screen.
        await page.EvaluateAsync("""
            () => {
              window.kinds = new Set();
              window.positions = new Set();
              new MutationObserver(() => {
                window.kinds.add(document.getElementById('step-kind').textContent);
                window.positions.add(document.getElementById('step-position').textContent.split(' · ')[0]);
              }).observe(document.getElementById('session'), { childList: true, characterData: true, subtree: true });
            }
            """);
        await page.Locator("#start").ClickAsync();
        await Assertions.Expect(page.Locator("#session")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#skip")).ToHaveTextAsync("Übung überspringen");
        await Assertions.Expect(page.Locator("#keys")).ToHaveTextAsync("Tasten: Leertaste hält an, N überspringt die Übung, M schaltet stumm, Esc beendet.");
        await Assertions.Expect(page.Locator("#after")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#after-title")).ToHaveTextAsync("Einheit geschafft");
        await Assertions.Expect(page.Locator("#after-summary")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Sie haben (\d+) von \1 Übungen vollständig gemacht\.$"));
        await Assertions.Expect(page.Locator("#after-during legend")).ToHaveTextAsync("Stärkster Knieschmerz während der Einheit");

        // At this speed a short step may pass between two ticks unseen: what was seen is German, work steps among it.
        var kinds = await page.EvaluateAsync<string[]>("() => [...window.kinds]");
        kinds.Should().Contain("Üben").And.OnlyContain(k => GermanKinds.Contains(k));
        (await page.EvaluateAsync<string[]>("() => [...window.positions]")).Should().Contain(p => p.StartsWith("Übung 1 von ", StringComparison.Ordinal))
            .And.OnlyContain(p => p.StartsWith("Übung ", StringComparison.Ordinal));

        // Every English counterpart of the page's own texts is gone, shown or hidden.
        foreach (string text in English)
        {
            await Assertions.Expect(page.GetByText(text, new() { Exact = true })).ToHaveCountAsync(0);
        }

        // What was spoken: every cue in German (the utterance's language picks the voice), the page's own last words too.
        var spoken = await page.EvaluateAsync<JsonElement>("() => window.spoken");
        var utterances = spoken.EnumerateArray().Select(u => (Lang: u.GetProperty("lang").GetString(), Text: u.GetProperty("text").GetString())).ToList();
        utterances.Should().HaveCountGreaterThan(5, "each step's cue is spoken as it shows");
        utterances.Select(u => u.Lang).Should().OnlyContain(lang => lang == "de");
        utterances[^1].Text.Should().Be("Geschafft, die Einheit ist vorbei.");
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Switch_SpanishOnSetUpThenFrenchInSettings_RememberedAfterAReloadAndSentAsAcceptLanguage()
    {
        browser.SkipIfUnavailable();

        // The page's requests to the API as the server gets them: the page's own routes see them with no worker between.
        var page = await browser.NewPhonePage(serviceWorker: false);
        var errors = Browser.Errors(page);
        var requests = new ConcurrentQueue<(string Url, string? Language)>();
        await page.RouteAsync("**/api/**", async route =>
        {
            requests.Enqueue((route.Request.Url, route.Request.Headers.TryGetValue("accept-language", out string? language) ? language : null));
            await route.ContinueAsync();
        });

        // An English browser: English, until Spanish is chosen on the set-up screen; then Spanish at once, no reload.
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#create")).ToHaveTextAsync("Make my plan");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        requests.Should().NotBeEmpty().And.OnlyContain(r => r.Language == "en", "the English page asks for English words");
        await page.EvaluateAsync("() => { window.samePage = true; }");
        await page.GetByLabel("Language").First.SelectOptionAsync("es");
        await Assertions.Expect(page.Locator("#create")).ToHaveTextAsync("Crear mi plan");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.Locator("#setup-title")).ToHaveTextAsync("Configuración");
        await Assertions.Expect(page.Locator("#setup-form legend").First).ToHaveTextAsync("Material que tienes a mano");
        (await page.EvaluateAsync<bool>("() => window.samePage === true")).Should().BeTrue("the switch needs no reload");

        // Remembered on the phone: a reload comes up in Spanish, and every request from here on asks for Spanish.
        requests.Clear();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#create")).ToHaveTextAsync("Crear mi plan");
        await Assertions.Expect(page.GetByLabel("Idioma").First).ToHaveValueAsync("es");
        await page.Locator("#create").ClickAsync();
        await Assertions.Expect(page.Locator("#today-title")).ToHaveTextAsync("Hoy, 2026-03-02");
        await Assertions.Expect(page.Locator("#today-phase")).ToHaveTextAsync("Fase: Tratamiento diario");
        await Assertions.Expect(page.Locator("#start")).ToHaveTextAsync("Empezar la sesión");
        string id = ProfileOf(page);
        requests.Select(r => new Uri(r.Url).AbsolutePath).Should().Contain(["/api/catalog", "/api/profiles", $"/api/profiles/{id}/today", $"/api/profiles/{id}/plan"]);
        requests.Should().OnlyContain(r => r.Language == "es", "every API request carries the chosen language");

        // French from the settings screen: the settings in French at once, and the requests after it ask for French.
        await page.Locator("#nav a[href='#settings']").ClickAsync();
        await Assertions.Expect(page.Locator("#settings-title")).ToHaveTextAsync("Ajustes");
        await Assertions.Expect(page.GetByLabel("Idioma").Last).ToHaveValueAsync("es");
        requests.Clear();
        await page.Locator("#settings-language").SelectOptionAsync("fr");
        await Assertions.Expect(page.Locator("#settings-title")).ToHaveTextAsync("Réglages");
        await Assertions.Expect(page.Locator("#save-settings")).ToHaveTextAsync("Enregistrer les réglages");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(page.Locator("#setup-language")).ToHaveValueAsync("fr");
        await page.Locator("#nav a[href='#today']").ClickAsync();
        await Assertions.Expect(page.Locator("#today-title")).ToHaveTextAsync("Aujourd’hui, 2026-03-02");
        await Assertions.Expect(page.Locator("#today-phase")).ToHaveTextAsync("Phase\u00a0: Traitement quotidien");
        requests.Should().NotBeEmpty().And.OnlyContain(r => r.Language == "fr");
        (await page.EvaluateAsync<string>("() => localStorage.getItem('knee.language')")).Should().Be("fr");
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task TodayPhase_GermanOnlineThenOfflineFromThePhonesCopy_IsTheServersGermanPhaseName()
    {
        browser.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        string id = await PhoneTests.NewProfile(browser);

        // The server's German name for the day's phase: the library's, not the English, and not a text the page has.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/profiles/{id}/today", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("de");
        using var answer = await browser.Api.SendAsync(request, ct);
        using var today = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(ct));
        string phaseName = today.RootElement.GetProperty("phaseName").GetString()!;
        phaseName.Should().Be(KneeText.For("de").PhaseName(RunnersKnee.Program.Phases[0])).And.NotBe("Daily treatment");
        string locale = await browser.Api.GetStringAsync(new Uri("/locales/de.json", UriKind.Relative), ct);
        locale.Should().NotContain(phaseName, "the page takes a phase's name from the server, never from its own words");

        // Online, under the worker (the second visit leaves the phone a copy of the answer): the server's name.
        var page = await browser.NewPhonePage(locale: "de-DE");
        var errors = Browser.Errors(page);
        await page.GotoAsync($"/?profile={id}");
        await PhoneTests.WaitForWorker(page);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#today-phase")).ToHaveTextAsync($"Phase: {phaseName}");
        await Assertions.Expect(page.Locator("#today-offline")).ToBeHiddenAsync();

        // Offline, reloaded: the phone's copy of the last answer still names the phase in German.
        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#today-offline")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#today-phase")).ToHaveTextAsync($"Phase: {phaseName}");
        errors.Should().BeEmpty();
    }
}
