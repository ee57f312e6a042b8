using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Text;
using KneeStrength.Tracking;
using Microsoft.AspNetCore.Http;

namespace KneeStrength.Web;

/// <summary>
/// What the endpoints share: reading and checking input, and answering every problem with an RFC 9457 problem
/// document that names the field (400) or the missing profile (404).
/// </summary>
internal static class Api
{
    /// <summary>The largest request body read: 64 KiB, far more than a log needs.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Scripts, styles, images and requests from this app only; nothing inline, nothing framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>A date as the API writes it: <c>YYYY-MM-DD</c>, in any culture.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a date as <c>YYYY-MM-DD</c>.</summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A side as the API and the store write it: <c>left</c> or <c>right</c>.</summary>
    public static string SideName(Side side) => side == Side.Right ? "right" : "left";

    /// <summary>Reads <c>left</c> or <c>right</c>; null for anything else.</summary>
    public static Side? ParseSide(string text) => text switch
    {
        "left" => Side.Left,
        "right" => Side.Right,
        _ => null,
    };

    public static IResult Invalid(string field, string problem) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] }, title: "The request is not valid.");

    public static IResult UnknownProfile(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown profile", detail: $"There is no profile {DisplayText.Quote(id)}.");

    /// <summary>A profile id: 128 random bits, base64url, 22 characters.</summary>
    public static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool IsId(string id)
    {
        if (id.Length != 22)
        {
            return false;
        }

        foreach (char c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    public static IResult WithProfile(string id, ProfileStore store, Func<Profile, IResult> answer) =>
        IsId(id) && store.Find(id) is Profile profile ? answer(profile) : UnknownProfile(id);

    /// <summary>Answers for a profile's day: the profile, its coach, the day (today by default) and the journal.</summary>
    public static IResult WithDay(string id, string? date, ProfileStore store, TimeProvider clock, Func<Profile, Coach, DateOnly, Journal, IResult> answer) =>
        WithProfile(id, store, profile =>
        {
            var day = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            if (date is not null && !TryDate(date, out day))
            {
                return Invalid("date", $"Expected a date as YYYY-MM-DD, but got {DisplayText.Quote(date)}.");
            }

            var coach = Coach(profile);
            var program = coach.Program;
            if (day < program.Start || day > program.LastPossibleDay)
            {
                return Invalid("date", $"The profile's program runs from {Date(program.Start)} to {Date(program.LastPossibleDay)}.");
            }

            return answer(profile, coach, day, store.Journal(profile.Id));
        });

    public static Coach Coach(Profile profile) =>
        new(RunnersKnee.Program(profile.Start, profile.BackToRunning), new SessionScheduler(new SessionOptions(equipment: profile.Equipment, firstSide: profile.FirstSide)));

    public static TimeSpan? Budget(Profile profile) => profile.Minutes is int m ? TimeSpan.FromMinutes(m) : null;

    public static IResult Plan(SessionScheduler scheduler, Routine routine, TimeSpan? budget) =>
        TryPlanDocument(scheduler, routine, budget, out var document, out var problem) ? Results.Bytes(document, "application/json") : problem;

    /// <summary>The routine's plan document within the budget, as UTF-8, or a problem naming <c>minutes</c>.</summary>
    public static bool TryPlanDocument(SessionScheduler scheduler, Routine routine, TimeSpan? budget, out ReadOnlyMemory<byte> document, out IResult problem)
    {
        document = default;
        if (!TryPlan(scheduler, routine, budget, out var plan, out problem))
        {
            return false;
        }

        // Straight to UTF-8: a plan is about 28 KB, and a string would be written twice (UTF-16, then UTF-8).
        var buffer = new MemoryStream(32 * 1024);
        KneeJson.WritePlan(buffer, plan);
        document = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        return true;
    }

    /// <summary>The routine's plan within the budget (none when null), or a problem naming <c>minutes</c> when it is too short.</summary>
    public static bool TryPlan(SessionScheduler scheduler, Routine routine, TimeSpan? budget, [NotNullWhen(true)] out SessionPlan? plan, out IResult problem)
    {
        problem = null!;
        if (budget is not TimeSpan b)
        {
            plan = scheduler.Schedule(routine);
            return true;
        }

        if (scheduler.TrySchedule(routine, b, out plan))
        {
            return true;
        }

        problem = Invalid("minutes", $"{DurationText.Format(b)} is too short: the session takes at least {DurationText.Format(scheduler.MinimumDuration(routine))}.");
        return false;
    }

    /// <summary>Reads equipment, minutes and first side, each optional, into session options and a budget.</summary>
    public static bool TryOptions(string? equipment, string? minutes, string? side, out SessionOptions options, out TimeSpan? budget, out IResult problem)
    {
        options = SessionOptions.Default;
        budget = null;
        problem = null!;
        var set = EquipmentSet.All;
        if (!string.IsNullOrEmpty(equipment))
        {
            var parsed = EquipmentSet.Parse(equipment);
            if (!parsed.TryGetValue(out set!))
            {
                problem = Invalid("equipment", parsed.Message!);
                return false;
            }
        }

        if (!string.IsNullOrEmpty(minutes))
        {
            if (!int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m < 1 || m > 24 * 60)
            {
                problem = Invalid("minutes", $"Expected a whole number of minutes from 1 to 1440, but got {DisplayText.Quote(minutes)}.");
                return false;
            }

            budget = TimeSpan.FromMinutes(m);
        }

        var first = Side.Left;
        if (!string.IsNullOrEmpty(side))
        {
            if (ParseSide(side) is not Side parsed)
            {
                problem = Invalid("firstSide", $"Expected 'left' or 'right', but got {DisplayText.Quote(side)}.");
                return false;
            }

            first = parsed;
        }

        options = new SessionOptions(equipment: set, firstSide: first);
        return true;
    }

    /// <summary>Reads the request body as text, at most <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<(string? Text, IResult? Problem)> ReadBody(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return (null, Invalid("body", $"The body is over {MaxBodyBytes} bytes."));
            }
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Invalid("body", "The body is not UTF-8."));
        }
    }

    public static async Task<(JsonDocument? Json, IResult? Problem)> ReadJson(HttpRequest request)
    {
        var (text, problem) = await ReadBody(request);
        if (problem is not null)
        {
            return (null, problem);
        }

        try
        {
            return (JsonDocument.Parse(text!), null);
        }
        catch (JsonException e)
        {
            return (null, Invalid("body", $"The body is not JSON: {e.Message}"));
        }
    }

    public static string? OptionalString(JsonElement root, string name, out IResult? problem)
    {
        problem = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problem = Invalid(name, "Expected a string.");
            return null;
        }

        return value.GetString();
    }

    /// <summary>A profile as JSON: <c>id</c>, <c>equipment</c>, <c>minutes</c>, <c>firstSide</c>, <c>start</c>, <c>backToRunning</c>.</summary>
    public static string ProfileJson(Profile profile)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", profile.Id);
            writer.WriteString("equipment", profile.Equipment.ToString());
            if (profile.Minutes is int m)
            {
                writer.WriteNumber("minutes", m);
            }
            else
            {
                writer.WriteNull("minutes");
            }

            writer.WriteString("firstSide", SideName(profile.FirstSide));
            writer.WriteString("start", Date(profile.Start));
            if (profile.BackToRunning is DateOnly back)
            {
                writer.WriteString("backToRunning", Date(back));
            }
            else
            {
                writer.WriteNull("backToRunning");
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
