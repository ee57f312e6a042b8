using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using KneeStrength.Catalog;
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

api.MapGet("/catalog", () => Results.Text(KneeJson.WriteCatalog(RunnersKnee.Catalog), "application/json"))
    .WithSummary("The built-in catalog: each exercise's name, cues and equipment (the library's catalog document).");

api.MapPost("/profiles", async (HttpRequest request, HttpResponse response, ProfileStore store, TimeProvider clock) =>
{
    var (body, problem) = await Api.ReadJson(request);
    if (problem is not null)
    {
        return problem;
    }

    using (body)
    {
        var root = body!.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Api.Invalid("body", "Expected a JSON object with equipment, minutes, firstSide and backToRunning.");
        }

        string? equipment = Api.OptionalString(root, "equipment", out problem);
        string? minutesText = problem is null && root.TryGetProperty("minutes", out var m) && m.ValueKind != JsonValueKind.Null ? m.GetRawText() : null;
        string? side = problem is null ? Api.OptionalString(root, "firstSide", out problem) : null;
        string? back = problem is null ? Api.OptionalString(root, "backToRunning", out problem) : null;
        if (problem is not null)
        {
            return problem;
        }

        if (!Api.TryOptions(equipment, minutesText, side, out var options, out var minutes, out problem))
        {
            return problem;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        DateOnly? backToRunning = null;
        if (back is not null)
        {
            if (!Api.TryDate(back, out var date))
            {
                return Api.Invalid("backToRunning", $"Expected a date as YYYY-MM-DD, but got {DisplayText.Quote(back)}.");
            }

            var last = RunnersKnee.Program(today).LastPossibleDay;
            if (date <= today || date > last)
            {
                return Api.Invalid("backToRunning", $"Expected a day after today, {Api.Date(today)}, and on or before {Api.Date(last)}.");
            }

            backToRunning = date;
        }

        var profile = new Profile(Api.NewId(), options.Equipment, minutes is TimeSpan t ? (int)t.TotalMinutes : null, options.FirstSide, today, backToRunning);
        store.Add(profile);
        response.Headers.Location = $"/api/profiles/{profile.Id}";
        return Results.Text(Api.ProfileJson(profile), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }
}).WithSummary("Creates a profile: equipment, usual minutes, first side, back-to-running date. Its id is a 128-bit token.");

api.MapGet("/profiles/{id}", (string id, ProfileStore store) =>
    Api.WithProfile(id, store, profile => Results.Text(Api.ProfileJson(profile), "application/json")));

api.MapGet("/profiles/{id}/today", (string id, string? date, ProfileStore store, TimeProvider clock) =>
    Api.WithDay(id, date, store, clock, (_, coach, day, journal) => Results.Text(KneeJson.WriteCoachingDay(coach.Decide(day, journal)), "application/json")))
    .WithSummary("What to do on the day and why: the document 'knee today --json' prints.");

api.MapGet("/profiles/{id}/plan", (string id, string? date, ProfileStore store, TimeProvider clock) =>
    Api.WithDay(id, date, store, clock, (profile, coach, day, journal) => Api.Plan(coach.SessionScheduler, coach.Decide(day, journal).Routine, Api.Budget(profile))))
    .WithSummary("The day's adapted session as a plan document, within the profile's usual minutes.");

api.MapPost("/profiles/{id}/logs", async (string id, HttpRequest request, ProfileStore store) =>
{
    if (!Api.IsId(id) || store.Find(id) is null)
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

    store.Save(id, log);
    return Results.Text(KneeJson.WriteSessionLog(log), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
}).WithSummary("Logs a session or a run (the library's session log document); a log replaces the day's earlier one.");

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
        if (log is not { HasSession: true })
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No session that day", detail: $"No session is logged on {Api.Date(day)}.");
        }

        var updated = log.WithNextMorningPain(score);
        store.Save(id, updated);
        return Results.Text(KneeJson.WriteSessionLog(updated), "application/json");
    }
}).WithSummary("Adds the next morning's pain to the session of a day.");

api.MapGet("/profiles/{id}/logs", (string id, ProfileStore store) =>
    Api.WithProfile(id, store, profile => Results.Text(KneeJson.WriteJournal(store.Journal(profile.Id)), "application/json")))
    .WithSummary("The profile's logs as a journal document.");

api.MapGet("/profiles/{id}/progress", (string id, string? date, ProfileStore store, TimeProvider clock) =>
    Api.WithDay(id, date, store, clock, (_, coach, day, journal) => Results.Text(ProgressReport.Create(coach, journal, day).ToJson(), "application/json")))
    .WithSummary("How the logs kept to the program from its start to the day (today by default): the document 'knee progress --json' prints.");

api.MapGet("/profiles/{id}/calendar.ics", (string id, ProfileStore store, TimeProvider clock) =>
    Api.WithProfile(id, store, profile =>
    {
        var coach = Api.Coach(profile);
        var program = coach.ProgramFor(store.Journal(profile.Id));
        byte[] ics = new CalendarWriter(new CalendarOptions { SessionScheduler = coach.SessionScheduler, CalendarId = profile.Id }).Write(program, clock.GetUtcNow());
        return Results.Bytes(ics, "text/calendar; charset=utf-8");
    })).WithSummary("The program as the journal shapes it, as an iCalendar feed for calendar apps.");

api.MapGet("/profiles/{id}/today.fit", (string id, string? date, ProfileStore store, TimeProvider clock) =>
    Api.WithDay(id, date, store, clock, (profile, coach, day, journal) =>
    {
        if (!Api.TryPlan(coach.SessionScheduler, coach.Decide(day, journal).Routine, Api.Budget(profile), out var plan, out var problem))
        {
            return problem;
        }

        var now = clock.GetUtcNow();
        byte[] fit = new FitWorkoutWriter().Write(plan, (uint)Math.Max(1, now.ToUnixTimeSeconds() % uint.MaxValue), now);
        return Results.File(fit, "application/vnd.ant.fit", $"knee-{Api.Date(day)}.fit");
    })).WithSummary("The day's plan as a FIT workout file for a watch.");

app.Run();

/// <summary>The app, for the tests' WebApplicationFactory.</summary>
public partial class Program;
