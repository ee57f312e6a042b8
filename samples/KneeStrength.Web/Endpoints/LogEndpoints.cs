using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using KneeStrength.Serialization;
using KneeStrength.Text;
using KneeStrength.Tracking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KneeStrength.Web.Endpoints;

/// <summary>A profile's logs: written one a day, the next morning added, and read a page at a time.</summary>
internal static class LogEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/profiles/{id}/logs</c>.</summary>
    public static void MapLogs(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/profiles/{id}/logs").WithTags("Logs");
        group.MapPost("", async (string id, HttpRequest request, HttpResponse response, ProfileStore store, TimeProvider clock) =>
        {
            if (!Api.IsId(id) || store.Find(id) is not Profile profile)
            {
                return Api.UnknownProfile(id);
            }

            var (key, text, fingerprint, answer) = await Idempotency.Begin(request, response, store, id);
            if (answer is not null)
            {
                return answer;
            }

            SessionLog log;
            try
            {
                log = KneeJson.ReadSessionLog(text);
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

            return Idempotency.SaveOnce(store, id, log, key, fingerprint, StatusCodes.Status201Created, response);
        }).Takes("session-log.schema.json", "The library's session log document.")
            .Gives("session-log.schema.json", "The log as stored.", StatusCodes.Status201Created)
            .WriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .TakesIdempotencyKey()
            .WithSummary("Logs a session or a run (the library's session log document, sharpPain included) from the profile's start through today; a log replaces the day's earlier one. With an Idempotency-Key, a repeat of the request gets the first answer and writes nothing.");

        group.MapPost("/{date}/next-morning", async (string id, string date, HttpRequest request, HttpResponse response, ProfileStore store) =>
        {
            if (!Api.IsId(id) || store.Find(id) is null)
            {
                return Api.UnknownProfile(id);
            }

            if (!Api.TryDate(date, out var day))
            {
                return Api.Invalid("date", $"Expected the session's date as YYYY-MM-DD, but got {DisplayText.Quote(date)}.");
            }

            var (key, text, fingerprint, answer) = await Idempotency.Begin(request, response, store, id);
            if (answer is not null)
            {
                return answer;
            }

            var (body, notJson) = Api.ParseJson(text);
            if (notJson is not null)
            {
                return notJson;
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

                return Idempotency.SaveOnce(store, id, log.WithNextMorningPain(score), key, fingerprint, StatusCodes.Status200OK, response);
            }
        }).Accepts<NextMorningRequest>("application/json")
            .Gives("session-log.schema.json", "The log with the next morning's pain.")
            .WriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .TakesIdempotencyKey()
            .WithSummary("Adds the next morning's pain to the session or run of a day. With an Idempotency-Key, a repeat of the request gets the first answer and writes nothing.");

        group.MapGet("", (string id, string? from, string? limit, ProfileStore store, HttpResponse response) =>
            Api.WithProfile(id, store, profile =>
            {
                var first = profile.Start;
                if (from is not null && !Api.TryDate(from, out first))
                {
                    return Api.Invalid("from", $"Expected a date as YYYY-MM-DD, but got {DisplayText.Quote(from)}.");
                }

                int count = Api.LogsPerPage;
                if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > Api.MaxLogsPerPage))
                {
                    return Api.Invalid("limit", $"Expected a whole number from 1 to {Api.MaxLogsPerPage}, but got {DisplayText.Quote(limit)}.");
                }

                // One more than asked for says whether there is a next page, which starts the day after this one's last log.
                var logs = store.Logs(profile.Id, first, count + 1);
                if (logs.Count > count)
                {
                    string next = Api.Date(logs[count - 1].Date.AddDays(1));
                    response.Headers.Link = $"</api/profiles/{profile.Id}/logs?from={next}&limit={count}>; rel=\"next\"";
                    logs = [.. logs.Take(count)];
                }

                return Results.Text(KneeJson.WriteJournal(new Journal(logs)), "application/json");
            }))
            .Gives("journal.schema.json", "The library's journal document: one page of logs.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The profile's logs as a journal document, a page at a time: from a day (the profile's start by default), at most 'limit' logs (366 by default, up to 1000); a Link header with rel=\"next\" names the next page.");
    }
}
