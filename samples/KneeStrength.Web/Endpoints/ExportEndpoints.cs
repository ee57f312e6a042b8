using System;
using KneeStrength.Coaching;
using KneeStrength.Export.Calendar;
using KneeStrength.Export.Fit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KneeStrength.Web.Endpoints;

/// <summary>A profile's program where runners keep it: a calendar feed and a watch file.</summary>
internal static class ExportEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/profiles/{id}</c>.</summary>
    public static void MapExports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/profiles/{id}").WithTags("Exports");
        group.MapGet("/calendar.ics", (string id, ProfileStore store, TimeProvider clock, Coach coach, CalendarWriter calendar) =>
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
            }))
            .Gives("", "An iCalendar (RFC 5545) feed.", contentType: "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The program as the journal shapes it, as an iCalendar feed for calendar apps: stable UIDs, SEQUENCE raised for the events a change touched.");

        group.MapGet("/today.fit", (string id, string? date, ProfileStore store, TimeProvider clock, Coach coach) =>
            Api.WithDay(id, date, store, clock, (_, enrolment, day, journal) =>
            {
                var plan = coach.Decide(enrolment, journal, day).Plan;
                var now = clock.GetUtcNow();
                byte[] fit = new FitWorkoutWriter().Write(plan, (uint)Math.Max(1, now.ToUnixTimeSeconds() % uint.MaxValue), now);
                return Results.File(fit, "application/vnd.ant.fit", $"knee-{Api.Date(day)}.fit");
            }))
            .Gives("", "A FIT workout file (Garmin's Flexible and Interoperable Data Transfer).", contentType: "application/vnd.ant.fit")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The day's plan as a FIT workout file for a watch.");
    }
}
