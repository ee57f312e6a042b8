using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Testing;
using Microsoft.Playwright;

namespace KneeStrength.Web.BrowserTests;

/// <summary>
/// The exercise pictures in Chromium (each one renders, in today's list and large in the session) and the printable
/// sheet printed to PDF on A4 and US Letter, read back with poppler's pdftotext. With <c>KNEE_SCREENSHOTS=1</c> the
/// tests also write the README's pictures (the session with its picture, all the pictures, the sheet's pages).
/// </summary>
public sealed class PicturesAndSheetTests(Browser browser)
{
    private static readonly bool WriteShots = Environment.GetEnvironmentVariable("KNEE_SCREENSHOTS") == "1";

    /// <summary>The pages the built-in program's sheet prints on, on each paper size.</summary>
    private const int A4Pages = 4;

    private const int LetterPages = 4;

    private static string Docs(string name) => ProcessTools.Repository($"samples/KneeStrength.Web/docs/{name}");

    private async Task<string> NewProfile(string equipment = "band,bosu,step,wall")
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await browser.Api.PostAsync(new Uri("/api/profiles", UriKind.Relative),
            new StringContent($$"""{ "equipment": {{JsonSerializer.Serialize(equipment.Split(','))}}, "minutes": 30, "firstSide": "left" }""", Encoding.UTF8, "application/json"), ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Pictures_EachBuiltIn_RendersTheFigureAndTheArrow()
    {
        browser.SkipIfUnavailable();
        var page = await browser.NewPhonePage();
        var errors = Browser.Errors(page);
        await page.GotoAsync("/");

        // Each picture drawn on a white canvas: how many pixels are ink at all, the figure's dark blue, the arrow's orange.
        var counts = await page.EvaluateAsync<JsonElement>("""
            async ids => {
              const out = {};
              for (const id of ids) {
                const img = new Image();
                img.src = `/pictures/${id}.svg`;
                await img.decode();
                const canvas = document.createElement('canvas');
                canvas.width = 240;
                canvas.height = 160;
                const g = canvas.getContext('2d');
                g.fillStyle = '#fff';
                g.fillRect(0, 0, 240, 160);
                g.drawImage(img, 0, 0, 240, 160);
                const d = g.getImageData(0, 0, 240, 160).data;
                let ink = 0, figure = 0, arrow = 0;
                for (let i = 0; i < d.length; i += 4) {
                  const r = d[i], gr = d[i + 1], b = d[i + 2];
                  if (r < 230 || gr < 230 || b < 230) ink++;
                  if (r < 60 && gr < 90 && b > 60 && b < 140) figure++;
                  if (r > 190 && gr > 90 && gr < 160 && b < 80) arrow++;
                }
                out[id] = { width: img.naturalWidth, height: img.naturalHeight, ink, figure, arrow };
              }
              return out;
            }
            """, ExercisePictures.ExerciseIds.ToArray());

        foreach (string id in ExercisePictures.ExerciseIds)
        {
            var c = counts.GetProperty(id);
            c.GetProperty("width").GetInt32().Should().Be(240, id);
            c.GetProperty("height").GetInt32().Should().Be(160, id);
            c.GetProperty("ink").GetInt32().Should().BeGreaterThan(240 * 160 / 25, $"{id} is not blank");
            c.GetProperty("figure").GetInt32().Should().BeGreaterThan(300, $"{id} draws its figure");
            c.GetProperty("arrow").GetInt32().Should().BeGreaterThan(15, $"{id} draws the movement's arrow");
        }

        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Pictures_ServedWithTheirOwnPolicy_UnknownIsNotFound()
    {
        browser.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        using var response = await browser.Api.GetAsync(new Uri("/pictures/side-plank.svg", UriKind.Relative), ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Be("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'");
        (await response.Content.ReadAsByteArrayAsync(ct)).Should().Equal(ExercisePictures.GetSvgBytes("side-plank"));
        foreach (string path in new[] { "/pictures/monster-walk.svg", "/pictures/side-plank.png", "/pictures/side-plank" })
        {
            using var missing = await browser.Api.GetAsync(new Uri(path, UriKind.Relative), ct);
            missing.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
        }
    }

    [Fact]
    public async Task Today_ListsEachExerciseWithItsPicture_TheSessionShowsItLarge()
    {
        browser.SkipIfUnavailable();
        string id = await NewProfile();
        var page = await browser.NewPhonePage();
        var errors = Browser.Errors(page);
        await page.GotoAsync($"/?profile={id}");
        await Assertions.Expect(page.Locator("#today")).ToBeVisibleAsync();

        // Today's list: every exercise with its picture, loaded, and the picture's words as its alternative text.
        var thumbs = page.Locator("#plan-items img.thumb");
        await Assertions.Expect(thumbs).ToHaveCountAsync(RunnersKnee.Routine.Items.Count);
        for (int i = 0; i < RunnersKnee.Routine.Items.Count; i++)
        {
            var exercise = RunnersKnee.Routine.Items[i].Exercise;
            await Assertions.Expect(thumbs.Nth(i)).ToHaveAttributeAsync("src", $"pictures/{exercise.Id}.svg");
            await Assertions.Expect(thumbs.Nth(i)).ToHaveAttributeAsync("alt", exercise.Media[0].AlternativeText);
        }

        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#plan-items img.thumb')].every(i => i.complete && i.naturalWidth === 240)");
        await Assertions.Expect(page.Locator("#sheet-link")).ToHaveAttributeAsync("href", $"/profiles/{id}/sheet");

        // The session: the exercise's picture, large, paused on the first exercise for a screenshot that never changes.
        await page.Locator("#before input[value='1']").CheckAsync();
        await page.Locator("#start").ClickAsync();
        await page.Locator("#pause").ClickAsync();
        await Assertions.Expect(page.Locator("#pause")).ToHaveTextAsync("Resume");
        var picture = page.Locator("#step-picture img.picture");
        await Assertions.Expect(picture).ToBeVisibleAsync();
        await Assertions.Expect(picture).ToHaveAttributeAsync("alt", RunnersKnee.StandingLegExtension.Media[0].AlternativeText);
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#step-picture img'); return i.complete && i.naturalWidth === 240; }");
        var box = (await picture.BoundingBoxAsync())!;
        box.Width.Should().BeGreaterThan(300, "the session shows the picture large on a 360-pixel screen");
        await Assertions.Expect(page.Locator("#pause")).ToBeInViewportAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = WriteShots ? Docs("session-picture.png") : null, Animations = ScreenshotAnimations.Disabled });
        errors.Should().BeEmpty("the pictures load within the page's Content-Security-Policy");
    }

    [Fact]
    public async Task Today_RoutineWithItsOwnMedia_ShowsItsPictureAndVideoFromHttps()
    {
        browser.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;

        // A clinic's routine: its own exercises with a picture and a video on the clinic's server, and a built-in one.
        // Profiles run the built-in program, so the page is given this routine and its plan as today's (as the
        // sections test does).
        const string routine = """
            {
              "formatVersion": 1, "id": "clinic", "name": "Clinic",
              "exercises": [
                { "id": "wall-sit", "name": "Wall sit", "category": "strength", "position": "standing", "perSide": false,
                  "cues": ["Back flat on the wall, thighs level."],
                  "media": [{ "uri": "https://clinic.example/wall-sit.svg", "mediaType": "image/svg+xml", "alternativeText": "A person sits against a wall with the thighs level." }] },
                { "id": "heel-raise", "name": "Heel raise", "category": "strength", "position": "standing", "perSide": false, "tempoSeconds": 3,
                  "cues": ["Rise onto the toes, lower slowly."],
                  "media": [{ "uri": "https://clinic.example/heel-raise.mp4", "mediaType": "video/mp4", "alternativeText": "A person rises onto the toes and lowers slowly." }] }
              ],
              "items": [
                { "exerciseId": "wall-sit", "dosage": { "kind": "hold", "holdSeconds": 30 } },
                { "exerciseId": "heel-raise", "dosage": { "kind": "repetitions", "reps": 12 } },
                { "exerciseId": "clamshell", "dosage": { "kind": "repetitions", "reps": 10, "perSide": true } }
              ]
            }
            """;
        var planned = await browser.Api.PostAsync(new Uri("/api/plan", UriKind.Relative), new StringContent(routine, Encoding.UTF8, "application/json"), ct);
        planned.StatusCode.Should().Be(HttpStatusCode.OK, await planned.Content.ReadAsStringAsync(ct));
        string plan = await planned.Content.ReadAsStringAsync(ct);
        string id = await NewProfile();

        var page = await browser.NewPhonePage(serviceWorker: false);
        var errors = Browser.Errors(page);
        var asked = new List<string>();
        await page.RouteAsync("https://clinic.example/**", route =>
        {
            asked.Add(route.Request.Url);
            return route.Request.Url.EndsWith(".svg", StringComparison.Ordinal)
                ? route.FulfillAsync(new() { Status = 200, ContentType = "image/svg+xml", BodyBytes = ExercisePictures.GetSvgBytes("step-up") })
                : route.FulfillAsync(new() { Status = 204 });
        });
        await Browser.ServeRoutine(page, id, plan, routine);
        await page.GotoAsync($"/?profile={id}");

        var items = page.Locator("#plan-items > li");
        await Assertions.Expect(items).ToHaveCountAsync(3);
        await Assertions.Expect(items.Nth(0).Locator("img.thumb")).ToHaveAttributeAsync("src", "https://clinic.example/wall-sit.svg");
        await Assertions.Expect(items.Nth(0).Locator("img.thumb")).ToHaveAttributeAsync("alt", "A person sits against a wall with the thighs level.");
        await Assertions.Expect(items.Nth(1).Locator("video.thumb")).ToHaveAttributeAsync("src", "https://clinic.example/heel-raise.mp4");
        await Assertions.Expect(items.Nth(1).Locator("video.thumb")).ToHaveAttributeAsync("aria-label", "A person rises onto the toes and lowers slowly.");
        await Assertions.Expect(items.Nth(2).Locator("img.thumb")).ToHaveAttributeAsync("src", "pictures/clamshell.svg");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#plan-items img.thumb'); return i.complete && i.naturalWidth === 240; }");
        asked.Should().Contain("https://clinic.example/wall-sit.svg", "the page's policy lets it load a routine's https picture");
        errors.Should().NotContain(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Sheet_PrintedToPdfOnA4AndLetter_HasEveryExercisesNameAndDoseOnItsPages()
    {
        browser.SkipIfUnavailable();
        Assert.SkipUnless(File.Exists("/usr/bin/pdftotext") || IsCi, "poppler-utils (pdftotext, pdftoppm) is not installed: apt-get install poppler-utils.");
        var ct = TestContext.Current.CancellationToken;
        string id = await NewProfile();
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Address.ToString() });
        var page = await context.NewPageAsync();
        var errors = Browser.Errors(page);
        var response = await page.GotoAsync($"/profiles/{id}/sheet?date=2026-03-04");
        response!.Status.Should().Be(200);
        (await response.HeaderValueAsync("content-security-policy")).Should().StartWith("default-src 'none'; script-src 'self';");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Runner's knee: daily treatment, then weekly prevention");
        await Assertions.Expect(page.Locator("#print")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.exercise img")).ToHaveCountAsync(RunnersKnee.Routine.Items.Count);
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");

        // The Print button prints (window.print, replaced here so the test can see the call).
        await page.EvaluateAsync("() => { window.printed = 0; window.print = () => window.printed++; }");
        await page.Locator("#print").ClickAsync();
        (await page.EvaluateAsync<int>("() => window.printed")).Should().Be(1);

        string folder = Directory.CreateTempSubdirectory("knee-sheet-pdf-").FullName;
        try
        {
            foreach (var (format, pages) in new[] { ("A4", A4Pages), ("Letter", LetterPages) })
            {
                string pdf = Path.Combine(folder, format + ".pdf");
                await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = format, PrintBackground = true });
                var (exit, text, error) = await ProcessTools.Run("pdftotext", ["-layout", pdf, "-"], ct);
                exit.Should().Be(0, error);
                string flat = Regex.Replace(text, "\\s+", " ");
                foreach (var item in RunnersKnee.Routine.Items)
                {
                    flat.Should().Contain(item.Exercise.Name, format).And.Contain(item.Dosage.ToString(), format);
                }

                flat.Should().Contain("Tick chart: the next 6 weeks").And.Contain("This week").And.Contain("Your schedule");
                text.Split('\f').Count(p => p.Trim().Length > 0).Should().Be(pages, $"the sheet prints on {pages} {format} pages");

                // No exercise is cut in two: each exercise's name and its last cue are on the same page.
                var byPage = text.Split('\f').Select(p => Regex.Replace(p, "\\s+", " ")).ToList();
                foreach (var item in RunnersKnee.Routine.Items)
                {
                    string name = item.Exercise.Name + " ";
                    string lastCue = item.Exercise.Cues[item.Exercise.Cues.Count - 1];
                    byPage.Should().Contain(p => p.Contains(name, StringComparison.Ordinal) && p.Contains(lastCue, StringComparison.Ordinal),
                        $"{item.Exercise.Name} stays whole on one {format} page");
                }
            }

            if (WriteShots)
            {
                var (exit, _, error) = await ProcessTools.Run("pdftoppm", ["-r", "60", "-png", Path.Combine(folder, "A4.pdf"), Docs("sheet")], ct);
                exit.Should().Be(0, error);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        errors.Should().BeEmpty("the sheet keeps to its Content-Security-Policy");
    }

    [Fact]
    public async Task Pictures_AllTogether_ForTheReadme()
    {
        browser.SkipIfUnavailable();
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 960, Height = 600 },
        });
        var page = await context.NewPageAsync();
        var figures = string.Concat(RunnersKnee.Catalog.Exercises.Select(e =>
            $"<figure><img src=\"{browser.Address}pictures/{e.Id}.svg\" alt=\"{WebUtility.HtmlEncode(e.Media[0].AlternativeText)}\"><figcaption>{WebUtility.HtmlEncode(e.Name)}</figcaption></figure>"));
        await page.SetContentAsync($$"""
            <style>
              body { margin: 8px; font: 13px system-ui, sans-serif; display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
              figure { margin: 0; text-align: center; } img { width: 100%; background: #fff; border: 1px solid #dde2e7; border-radius: 6px; }
            </style>
            {{figures}}
            """);
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth === 240)");
        (await page.Locator("img").CountAsync()).Should().Be(14);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = WriteShots ? Docs("pictures.png") : null, FullPage = true });
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
