using System;
using System.Text;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Samples;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KneeStrength.Web.Endpoints;

/// <summary>What the page opens beside the API: the built-in pictures and a profile's printable sheet.</summary>
internal static class PageEndpoints
{
    /// <summary>Maps <c>/sw.js</c>, <c>/pictures/{id}.svg</c> and <c>/profiles/{id}/sheet</c>.</summary>
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        // The service worker, versioned by the hash of the files it keeps; browsers check it for a new version on
        // every visit, so it is never cached.
        var worker = new Lazy<ServiceWorkerScript>(() => new ServiceWorkerScript(app.ServiceProvider.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider));
        app.MapGet("/sw.js", (HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-cache";
            return Results.Text(worker.Value.Text, "text/javascript", Encoding.UTF8);
        }).WithTags("Pages").WithSummary("The page's service worker: it keeps the page, the catalog and the pictures for offline use, versioned by their hash.");

        // The built-in pictures, from the library: the catalog's exercises name them as pictures/{id}.svg, relative to the page.
        app.MapGet("/pictures/{file}", (string file, HttpResponse response) =>
        {
            string? id = file.EndsWith(".svg", StringComparison.Ordinal) ? file[..^".svg".Length] : null;
            if (id is null || ExercisePictures.GetSvgBytes(id) is not byte[] svg)
            {
                return Results.NotFound();
            }

            response.Headers.ContentSecurityPolicy = Api.PictureSecurityPolicy;
            response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(svg, ExercisePictures.MediaType);
        }).WithTags("Pages").WithSummary("A built-in exercise's picture (SVG), as the catalog's media name it: pictures/{id}.svg.");

        // The printable home-exercise sheet of a profile's program (what 'knee sheet' writes), with a Print button.
        app.MapGet("/profiles/{id}/sheet", (string id, string? date, ProfileStore store, TimeProvider clock, Coach coach, HttpResponse response) =>
            Api.WithDay(id, date, store, clock, (_, enrolment, day, journal) =>
            {
                response.Headers.ContentSecurityPolicy = Api.SheetSecurityPolicy;
                response.Headers.CacheControl = "no-store";
                return Results.Text(HomeSheet.Write(coach.Shape(enrolment, journal), day, "/js/sheet.js", "/icon.svg"), "text/html", Encoding.UTF8);
            })).WithTags("Pages").WithSummary("The profile's printable home-exercise sheet (HTML): pictures, doses, cues, equipment, the schedule, this week and a six-week tick chart.");
    }
}
