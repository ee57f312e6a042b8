using System;
using System.Threading;
using KneeStrength.Coaching;
using KneeStrength.Samples;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KneeStrength.Web.Endpoints;

/// <summary>What a profile's day holds: the coach's decision, its plan, and the progress up to it.</summary>
internal static class DayEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/profiles/{id}</c>.</summary>
    public static void MapDays(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/profiles/{id}").WithTags("Days");
        group.MapGet("/today", (string id, string? date, HttpContext http, ProfileStore store, TimeProvider clock, Coach coach, DayCache days, CancellationToken aborted) =>
            Api.WithDecision(id, date, http, store, clock, coach, days, plan: false, aborted))
            .Gives("coaching-day.schema.json", "The library's coaching day document.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("What to do on the day and why: the document 'knee today --json' prints.");

        group.MapGet("/plan", (string id, string? date, HttpContext http, ProfileStore store, TimeProvider clock, Coach coach, DayCache days, CancellationToken aborted) =>
            Api.WithDecision(id, date, http, store, clock, coach, days, plan: true, aborted))
            .Gives("plan.schema.json", "The library's plan document.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The day's adapted session as a plan document: the coach's plan, within the profile's usual minutes (at the shortest the session allows when they are fewer).");

        group.MapGet("/progress", (string id, string? date, ProfileStore store, TimeProvider clock, Coach coach) =>
            Api.WithDay(id, date, store, clock, (_, enrolment, day, journal) => Results.Text(ProgressReport.Create(coach, enrolment, journal, day).ToJson(), "application/json")))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("How the logs kept to the program from its start to the day (today by default): the document 'knee progress --json' prints.");
    }
}
