using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Export.Calendar;
using KneeStrength.Export.Fit;
using KneeStrength.Samples;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Text;
using KneeStrength.Tracking;
using KneeStrength.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddSingleton(TimeProvider.System);
string database = builder.Configuration["KneeStrength:Database"] ?? Path.Combine(builder.Environment.ContentRootPath, "data", "knee.db");
builder.Services.AddSingleton(new ProfileStore(database));
builder.Services.AddSingleton<PlanCache>();

// One coach, one program scheduler (whose plans every profile with the same options shares) and one calendar
// writer for the process; each request builds the profile's enrolment on the one built-in program.
builder.Services.AddSingleton(Coach.Default);
builder.Services.AddSingleton(services => services.GetRequiredService<Coach>().Scheduler);
builder.Services.AddSingleton(services => new CalendarWriter(new CalendarOptions { ProgramScheduler = services.GetRequiredService<ProgramScheduler>() }));

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

// The page runs only the scripts and styles this app serves: no inline script, no CDN. The profile id is in the
// page's URL, so no referrer leaves with it.
app.Use((context, next) =>
{
    var headers = context.Response.Headers;
    headers.ContentSecurityPolicy = Api.ContentSecurityPolicy;
    headers.XContentTypeOptions = "nosniff";
    headers["Referrer-Policy"] = "no-referrer";
    return next(context);
});
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();

var api = app.MapGroup("/api");

api.MapGet("/plan", (HttpRequest request, PlanCache plans) =>
    Api.TryOptions(request.Query["equipment"], request.Query["minutes"], request.Query["firstSide"], out var options, out var minutes, out var problem)
        ? plans.Get(options, minutes)
        : problem).WithSummary("A plan of the built-in routine for the equipment, minutes and first side given (the library's plan document).");

// A routine of the caller's own (sections, circuits, open-ended work, target effort: the library's routine document,
// read strictly) as a plan. Not kept: the routine is the caller's, and PlanCache keys on the built-in one.
api.MapPost("/plan", async (HttpRequest request) =>
{
    if (!Api.TryOptions(request.Query["equipment"], request.Query["minutes"], request.Query["firstSide"], out var options, out var minutes, out var problem))
    {
        return problem;
    }

    var (text, bodyProblem) = await Api.ReadBody(request);
    if (bodyProblem is not null)
    {
        return bodyProblem;
    }

    KneeStrength.Routine routine;
    try
    {
        routine = KneeJson.ReadRoutine(text!);
    }
    catch (KneeJsonException e)
    {
        return Api.Invalid(e.Path, e.Problem);
    }

    return Api.TryRoutinePlan(new SessionScheduler(options), routine, minutes, out var document, out problem)
        ? Results.Bytes(document, "application/json")
        : problem;
}).WithSummary("A plan of the routine document in the body (the library's routine document: sections, circuits, open-ended work, target effort) for the equipment, minutes and first side given.");

api.MapGet("/catalog", () => Results.Text(KneeJson.WriteCatalog(RunnersKnee.Catalog), "application/json"))
    .WithSummary("The built-in catalog: each exercise's name, cues and equipment (the library's catalog document).");

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
}).WithSummary("A built-in exercise's picture (SVG), as the catalog's media name it: pictures/{id}.svg.");

// The printable home-exercise sheet of a profile's program (what 'knee sheet' writes), with a Print button.
app.MapGet("/profiles/{id}/sheet", (string id, string? date, ProfileStore store, TimeProvider clock, Coach coach, HttpResponse response) =>
    Api.WithDay(id, date, store, clock, (_, enrolment, day, journal) =>
    {
        response.Headers.ContentSecurityPolicy = Api.SheetSecurityPolicy;
        return Results.Text(HomeSheet.Write(coach.Shape(enrolment, journal), day, "/js/sheet.js", "/icon.svg"), "text/html", Encoding.UTF8);
    })).WithSummary("The profile's printable home-exercise sheet (HTML): pictures, doses, cues, equipment, the schedule, this week and a six-week tick chart.");

api.MapPost("/profiles", async (HttpRequest request, HttpResponse response, ProfileStore store, TimeProvider clock) =>
{
    var (body, problem) = await Api.ReadJson(request);
    if (problem is not null)
    {
        return problem;
    }

    using (body)
    {
        if (!Api.TryProfile(body!.RootElement, Api.NewId(), start: null, Api.Today(clock), out var profile, out problem))
        {
            return problem;
        }

        store.Add(profile);
        response.Headers.Location = $"/api/profiles/{profile.Id}";
        return Results.Text(Api.ProfileJson(profile), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }
}).WithSummary("Creates a profile: equipment, usual minutes, first side, back-to-running date, start (today by default). Its id is a 128-bit token.");

api.MapPut("/profiles/{id}", async (string id, HttpRequest request, ProfileStore store, TimeProvider clock) =>
{
    if (!Api.IsId(id) || store.Find(id) is not Profile existing)
    {
        return Api.UnknownProfile(id);
    }

    var (body, problem) = await Api.ReadJson(request);
    if (problem is not null)
    {
        return problem;
    }

    using (body)
    {
        if (!Api.TryProfile(body!.RootElement, id, existing.Start, Api.Today(clock), out var profile, out problem))
        {
            return problem;
        }

        store.Update(profile);
        return Results.Text(Api.ProfileJson(profile), "application/json");
    }
}).WithSummary("Changes a profile's equipment, minutes, first side and back-to-running date (the start stays); the calendar feed updates the events this changes.");

api.MapGet("/profiles/{id}", (string id, ProfileStore store) =>
    Api.WithProfile(id, store, profile => Results.Text(Api.ProfileJson(profile), "application/json")));

api.MapGet("/profiles/{id}/today", (string id, string? date, ProfileStore store, TimeProvider clock, Coach coach) =>
    Api.WithDay(id, date, store, clock, (_, enrolment, day, journal) => Results.Text(KneeJson.WriteCoachingDay(coach.Decide(enrolment, journal, day)), "application/json")))
    .WithSummary("What to do on the day and why: the document 'knee today --json' prints.");

api.MapGet("/profiles/{id}/plan", (string id, string? date, ProfileStore store, TimeProvider clock, Coach coach) =>
    Api.WithDay(id, date, store, clock, (_, enrolment, day, journal) => Results.Bytes(Api.PlanDocument(coach.Decide(enrolment, journal, day).Plan), "application/json")))
    .WithSummary("The day's adapted session as a plan document: the coach's plan, within the profile's usual minutes (at the shortest the session allows when they are fewer).");

api.MapPost("/profiles/{id}/logs", async (string id, HttpRequest request, ProfileStore store, TimeProvider clock) =>
{
    if (!Api.IsId(id) || store.Find(id) is not Profile profile)
    {
        return Api.UnknownProfile(id);
    }

    var (text, problem) = await Api.ReadBody(request);
    if (problem is not null)
    {
        return problem;
    }

    SessionLog log;
    try
    {
        log = KneeJson.ReadSessionLog(text!);
    }
    catch (KneeJsonException e)
    {
        return Api.Invalid(e.Path, e.Problem);
    }

    // A log outside the enrolment (before its start, or on a day that has not come yet) is not evidence of anything.
    var today = Api.Today(clock);
    if (log.Date < profile.Start || log.Date > today)
    {
        return Api.Invalid("date", $"Expected a day from the profile's start, {Api.Date(profile.Start)}, through today, {Api.Date(today)}, but got {Api.Date(log.Date)}.");
    }

    store.Save(id, log);
    return Results.Text(KneeJson.WriteSessionLog(log), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
}).WithSummary("Logs a session or a run (the library's session log document, sharpPain included) from the profile's start through today; a log replaces the day's earlier one.");

api.MapPost("/profiles/{id}/logs/{date}/next-morning", async (string id, string date, HttpRequest request, ProfileStore store) =>
{
    if (!Api.IsId(id) || store.Find(id) is null)
    {
        return Api.UnknownProfile(id);
    }

    if (!Api.TryDate(date, out var day))
    {
        return Api.Invalid("date", $"Expected the session's date as YYYY-MM-DD, but got {DisplayText.Quote(date)}.");
    }

    var (body, problem) = await Api.ReadJson(request);
    if (problem is not null)
    {
        return problem;
    }

    using (body)
    {
        if (body!.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("painNextMorning", out var pain) ||
            pain.ValueKind != JsonValueKind.Number || !pain.TryGetInt32(out int score) || score < 0 || score > PainScale.Max)
        {
            return Api.Invalid("painNextMorning", "Expected { \"painNextMorning\": N } with N a whole number from 0 to 10.");
        }

        var log = store.Journal(id).Find(day);
        // A run is evidence too: the morning after a run-only day says how the knee took it.
        if (log is null || (!log.HasSession && log.Run is null))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No session that day", detail: $"No session or run is logged on {Api.Date(day)}.");
        }

        var updated = log.WithNextMorningPain(score);
        store.Save(id, updated);
        return Results.Text(KneeJson.WriteSessionLog(updated), "application/json");
    }
}).WithSummary("Adds the next morning's pain to the session or run of a day.");

api.MapGet("/profiles/{id}/logs", (string id, ProfileStore store) =>
    Api.WithProfile(id, store, profile => Results.Text(KneeJson.WriteJournal(store.Journal(profile.Id)), "application/json")))
    .WithSummary("The profile's logs as a journal document.");

api.MapGet("/profiles/{id}/progress", (string id, string? date, ProfileStore store, TimeProvider clock, Coach coach) =>
    Api.WithDay(id, date, store, clock, (_, enrolment, day, journal) => Results.Text(ProgressReport.Create(coach, enrolment, journal, day).ToJson(), "application/json")))
    .WithSummary("How the logs kept to the program from its start to the day (today by default): the document 'knee progress --json' prints.");

api.MapGet("/profiles/{id}/calendar.ics", (string id, ProfileStore store, TimeProvider clock, Coach coach, CalendarWriter calendar) =>
    Api.WithProfile(id, store, profile =>
    {
        // The revision of the last export, kept per profile, raises SEQUENCE only for the events that changed since.
        var enrolment = coach.Shape(Api.Enrolment(profile), store.Journal(profile.Id));
        var previous = store.CalendarRevision(profile.Id);
        var revision = calendar.Revise(enrolment, previous);
        if (revision != previous)
        {
            store.SaveCalendarRevision(profile.Id, revision);
        }

        return Results.Bytes(calendar.Write(enrolment, clock.GetUtcNow(), revision), "text/calendar; charset=utf-8");
    })).WithSummary("The program as the journal shapes it, as an iCalendar feed for calendar apps: stable UIDs, SEQUENCE raised for the events a change touched.");

api.MapGet("/profiles/{id}/today.fit", (string id, string? date, ProfileStore store, TimeProvider clock, Coach coach) =>
    Api.WithDay(id, date, store, clock, (_, enrolment, day, journal) =>
    {
        var plan = coach.Decide(enrolment, journal, day).Plan;
        var now = clock.GetUtcNow();
        byte[] fit = new FitWorkoutWriter().Write(plan, (uint)Math.Max(1, now.ToUnixTimeSeconds() % uint.MaxValue), now);
        return Results.File(fit, "application/vnd.ant.fit", $"knee-{Api.Date(day)}.fit");
    })).WithSummary("The day's plan as a FIT workout file for a watch.");

app.Run();

/// <summary>The app, for the tests' WebApplicationFactory.</summary>
public partial class Program;
