using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Playwright;

namespace KneeStrength.Web.BrowserTests;

/// <summary>
/// The web companion on a real socket with its clock fixed on <see cref="Today"/>, and a headless Chromium to open it.
/// Chromium is Debian's package at /usr/bin/chromium (or <c>KNEE_CHROMIUM</c>); where it is missing the fixture
/// installs it with apt-get when it runs as root, and otherwise the tests skip with the reason. On CI (<c>CI=true</c>)
/// a missing browser fails them instead.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    /// <summary>The app's today: the first day of every profile the tests make.</summary>
    public static readonly DateTimeOffset Today = new(2026, 3, 2, 7, 30, 0, TimeSpan.Zero);

    // Reduced motion keeps the exercise pictures still, so screenshots are the same on every run: a picture shown
    // through <img> follows the browser's setting, not a page's emulated media, and its animation is not Playwright's
    // to stop.
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--force-prefers-reduced-motion"];

    private readonly string _folder = Directory.CreateTempSubdirectory("knee-browser-").FullName;
    private readonly FixedClock _clock = new(Today);
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private string _chromium = "/usr/bin/chromium";

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The app's address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A client of the app, for setting up data and checking what the page stored.</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Chromium { get; private set; } = null!;

    /// <summary>The app's store, for what the API does not show (a profile's revision, raised by every write).</summary>
    public ProfileStore Store => _factory!.Services.GetRequiredService<ProfileStore>();

    public async ValueTask InitializeAsync()
    {
        string chromium = Environment.GetEnvironmentVariable("KNEE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Unavailable = await Install(chromium);
            if (Unavailable is not null)
            {
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"CI runs the browser tests, but {Unavailable}");
                }

                return;
            }
        }

        _factory = StartApp(_folder, _clock);
        Api = _factory.CreateClient();
        Address = new Uri(Api.BaseAddress!.GetLeftPart(UriPartial.Authority));

        _playwright = await Playwright.CreateAsync();
        _chromium = chromium;
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Chromium.DisposeAsync();
            _playwright.Dispose();
        }

        if (_factory is not null)
        {
            Api.Dispose();
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// Starts the app on a free port with its store in <paramref name="folder"/>, on <paramref name="clock"/>, and
    /// serving the page from <paramref name="webRoot"/> (the sample's wwwroot unless named).
    /// </summary>
    public static WebApplicationFactory<Program> StartApp(string folder, TimeProvider clock, string? webRoot = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("KneeStrength:Database", Path.Combine(folder, "knee.db"))
                .UseSetting("Logging:LogLevel:Default", "Warning")

                // A free port, named as the app's own URL setting: a minimal-API app started through the factory binds
                // the default http://localhost:5000 otherwise, whatever UseKestrel(0) says, and the companion may be
                // running there beside the tests.
                .UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0")
                .ConfigureTestServices(s => s.AddSingleton(clock));
            if (webRoot is not null)
            {
                // The factory keeps the sample's web root whatever the settings say: the page's files are swapped for
                // the folder's before the app's pipeline (its static files, its service worker) is built.
                b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new WebRootFilter(webRoot)));
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    /// <summary>Skips the calling test, with the reason, where there is no browser to run it in.</summary>
    public void SkipIfUnavailable() => Assert.SkipWhen(Unavailable is not null, Unavailable ?? string.Empty);

    /// <summary>Collects what the page logs as errors, CSP violations included.</summary>
    public static List<string> Errors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    /// <summary>
    /// Makes the page see a routine of the test's own as the profile's day: <c>/plan</c> answers the plan document, and
    /// <c>/today</c> the server's answer with the routine put in.
    /// </summary>
    public static async Task ServeRoutine(IPage page, string profileId, string plan, string routine)
    {
        await page.RouteAsync($"**/api/profiles/{profileId}/plan", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = plan }));
        await page.RouteAsync($"**/api/profiles/{profileId}/today", async route =>
        {
            var response = await route.FetchAsync();
            var today = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!;
            today["routine"] = System.Text.Json.Nodes.JsonNode.Parse(routine);
            await route.FulfillAsync(new() { Response = response, Body = today.ToJsonString() });
        });
    }

    /// <summary>
    /// A phone-sized page (360x740, touch) with the app as its base address, in a light or dark colour scheme and the
    /// browser's <paramref name="locale"/> (its languages and Accept-Language). A test that answers the page's requests
    /// itself (<see cref="ServeRoutine"/>) blocks the service worker, whose requests the page's routes do not see.
    /// </summary>
    public async Task<IPage> NewPhonePage(ColorScheme colorScheme = ColorScheme.Light, bool serviceWorker = true, string locale = "en-GB")
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = locale,
            ColorScheme = colorScheme,
            ReducedMotion = ReducedMotion.Reduce,
            ServiceWorkers = serviceWorker ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A phone-sized window of a Chromium of its own with a user profile on disk (in the fixture's folder), as an
    /// installed browser has: Chromium's installability check refuses incognito windows, which the other pages are.
    /// </summary>
    public async Task<IBrowserContext> NewInstallableContext()
    {
        string profile = Directory.CreateTempSubdirectory("chromium-").FullName;
        var context = await _playwright!.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = _chromium,
            Headless = true,
            Args = ChromiumArgs,
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "en-GB",
        });
        context.Close += (_, _) =>
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a file for a moment; the temporary folder is the system's to clear.
            }
        };
        return context;
    }

    // Installs Debian's chromium where this process may (root, apt-get); returns why it could not, or null.
    private static async Task<string?> Install(string chromium)
    {
        if (chromium != "/usr/bin/chromium")
        {
            return $"KNEE_CHROMIUM names {chromium}, which does not exist.";
        }

        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            return "Chromium is not installed at /usr/bin/chromium, and only root on Debian can install it here (apt-get install chromium).";
        }

        foreach (string[] args in new[] { new[] { "update", "-qq" }, ["install", "-y", "-qq", "chromium"] })
        {
            var (exit, _, error) = await ProcessTools.Run("/usr/bin/apt-get", args, CancellationToken.None, environment: [new("DEBIAN_FRONTEND", "noninteractive")]);
            if (exit != 0)
            {
                return $"apt-get {string.Join(' ', args)} failed ({exit}): {error.Trim()}";
            }
        }

        return File.Exists(chromium) ? null : "apt-get installed chromium, but /usr/bin/chromium is still missing.";
    }

    /// <summary>Moves the server's clock (a test that logs days ahead moves it, and puts it back on <see cref="Today"/>).</summary>
    public void SetClock(DateTimeOffset now) => _clock.Now = now;

    private sealed class WebRootFilter(string webRoot) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var environment = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
            environment.WebRootPath = webRoot;
            environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);
            next(app);
        };
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
