using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
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

    /// <summary>The logs a page of <c>GET /api/profiles/{id}/logs</c> holds unless the request asks for fewer or more: a year's days.</summary>
    public const int LogsPerPage = 366;

    /// <summary>The most logs a page holds.</summary>
    public const int MaxLogsPerPage = 1000;

    /// <summary>The rate limiter policy of <c>POST /api/profiles</c>.</summary>
    public const string ProfileCreationPolicy = "profile-creation";

    /// <summary>
    /// Scripts, styles and requests from this app only; nothing inline, nothing framed. Pictures and videos also from
    /// https addresses: a routine's own exercises may name a clinic's (the built-in ones are this app's).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; media-src 'self' https:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// A built-in picture opened on its own: its own style sheet (the animation) and nothing else, so an SVG can never
    /// run script or fetch anything.
    /// </summary>
    public const string PictureSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    /// <summary>
    /// The printable sheet: its own inline style sheet, its pictures inside it (data:) or from https, and this app's
    /// print script; nothing else.
    /// </summary>
    public const string SheetSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data: https:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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

    /// <summary>A profile id: 128 random bits as 32 lowercase hex digits, a slug the library takes as an enrolment id.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// A profile id: 32 lowercase hex digits, or the 22 base64url characters of profiles made before ids were hex
    /// (still found, so an old bookmark keeps working).
    /// </summary>
    public static bool IsId(string id) => id.Length switch
    {
        32 => id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'),
        22 => id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'),
        _ => false,
    };

    /// <summary>The enrolment id of a profile: its hex id, or the hex of an older base64url id's 128 bits.</summary>
    public static string EnrolmentId(string profileId) =>
        profileId.Length == 32 ? profileId : Convert.ToHexStringLower(Convert.FromBase64String(profileId.Replace('-', '+').Replace('_', '/') + "=="));

    /// <summary>
    /// The profile's enrolment on the one built-in program (<see cref="RunnersKnee.Program"/>, shared by every
    /// profile): its start, its back-to-running day as an event, its minutes as the session budget, its equipment and
    /// first side as the session options. Cheap to build per request: it holds the program, not a copy.
    /// </summary>
    public static Enrolment Enrolment(Profile profile) => new(
        EnrolmentId(profile.Id),
        RunnersKnee.Program,
        profile.Start,
        profile.BackToRunning is DateOnly back ? [EnrolmentEvent.BackToRunning(back)] : null,
        profile.Minutes is int m ? TimeSpan.FromMinutes(m) : null,
        new SessionOptions(equipment: profile.Equipment, firstSide: profile.FirstSide));

    /// <summary>The day the server's clock says it is, in its time zone.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static IResult WithProfile(string id, ProfileStore store, Func<Profile, IResult> answer) =>
        IsId(id) && store.Find(id) is Profile profile ? answer(profile) : UnknownProfile(id);

    /// <summary>Answers for a profile's day: the profile's enrolment, the day (today by default) and the journal.</summary>
    public static IResult WithDay(string id, string? date, ProfileStore store, TimeProvider clock, Func<Profile, Enrolment, DateOnly, Journal, IResult> answer) =>
        WithProfile(id, store, profile =>
        {
            var enrolment = Enrolment(profile);
            return CheckDay(enrolment, date, clock, out var day) ?? answer(profile, enrolment, day, store.Journal(profile.Id));
        });

    /// <summary>
    /// Answers for a profile's day with the coach's decision as a document (the coaching day's, or the plan's), kept
    /// in <paramref name="days"/> for the profile's revision and the day: the store is not read at all while the kept
    /// answer is known to be current, the profile's row when that has to be checked, and the journal only when the
    /// answer is not kept.
    /// </summary>
    public static async Task<IResult> WithDecision(string id, string? date, HttpContext http, ProfileStore store, TimeProvider clock, Coach coach, DayCache days, bool plan, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return UnknownProfile(id);
        }

        if (!TryWords(http, out var words, out var languageProblem))
        {
            return languageProblem;
        }

        // A kept answer known to be current needs no read; one to check needs the profile's row; none kept, the
        // row and the logs a decision reads together.
        var read = days.Now();
        StoredProfile stored;
        Enrolment enrolment;
        RecentLogs? recent = null;
        if (days.Current(id) is { } current)
        {
            (stored, enrolment) = current;
        }
        else if (days.Holds(id))
        {
            if (await store.ReadAsync(id, cancellationToken) is not StoredProfile row)
            {
                return UnknownProfile(id);
            }

            (stored, enrolment) = (row, days.KeptEnrolment(row) ?? Enrolment(row.Profile));
        }
        else
        {
            if (await store.ReadWithRecentAsync(id, cancellationToken) is not { } both)
            {
                return UnknownProfile(id);
            }

            (stored, enrolment, recent) = (both.Stored, Enrolment(both.Stored.Profile), both.Recent);
        }

        if (CheckDay(enrolment, date, clock, out var day) is { } problem)
        {
            return problem;
        }

        var answer = await days.AnswerAsync(
            stored,
            enrolment,
            day,
            read,
            async () => await DecideAsync(store, coach, stored, enrolment, day, Today(clock), recent ?? await store.RecentAsync(id, cancellationToken), cancellationToken),
            plan,
            words);
        return Results.Bytes(answer, "application/json");
    }

    /// <summary>How far back of the day the checkpoint a decision keeps for the next may stand: logs a runner may still correct come after it.</summary>
    public const int CheckpointLag = 14;

    /// <summary>How old a kept checkpoint may grow before a decision moves it on: a decision reads at most this many days of logs, mostly.</summary>
    public const int CheckpointAge = 42;

    // Decides the day from the profile's checkpoint and the logs from its day on (all of them for a day before the
    // checkpoint's), and moves the checkpoint on when it is old, so the next day's first answer reads a few weeks of
    // logs, not the whole journal.
    private static async ValueTask<CoachingDay> DecideAsync(
        ProfileStore store, Coach coach, StoredProfile stored, Enrolment enrolment, DateOnly day, DateOnly today, RecentLogs recent, CancellationToken cancellationToken)
    {
        var (checkpoint, journal) = recent;
        if (checkpoint is not null && checkpoint.Date >= day)
        {
            (checkpoint, journal) = (null, await store.JournalAsync(stored.Profile.Id, cancellationToken));
        }

        var decided = coach.Decide(enrolment, journal, day, checkpoint);
        var before = (day < today ? day : today).AddDays(-CheckpointLag);
        if (recent.Checkpoint is null || recent.Checkpoint.Date < before.AddDays(CheckpointLag - CheckpointAge))
        {
            if (coach.Checkpoint(enrolment, journal, before, checkpoint) is { } next && next.Date > (recent.Checkpoint?.Date ?? DateOnly.MinValue))
            {
                store.SaveCheckpoint(stored.Profile.Id, stored.Revision, next);
            }
        }

        return decided;
    }

    // The day asked for (today by default) within the enrolment, or a problem naming 'date'.
    private static IResult? CheckDay(Enrolment enrolment, string? date, TimeProvider clock, out DateOnly day)
    {
        day = Today(clock);
        if (date is not null && !TryDate(date, out day))
        {
            return Invalid("date", $"Expected a date as YYYY-MM-DD, but got {DisplayText.Quote(date)}.");
        }

        return day < enrolment.Start || day > enrolment.LastPossibleDay
            ? Invalid("date", $"The profile's program runs from {Date(enrolment.Start)} to {Date(enrolment.LastPossibleDay)}.")
            : null;
    }

    /// <summary>
    /// The language of the answer's words: the <c>lang</c> parameter when given (<c>en</c>, <c>de</c>, <c>es</c>,
    /// <c>fr</c>, or a tag of one of them, such as <c>de-AT</c>), else the first of the request's
    /// <c>Accept-Language</c> the library words, by quality, else English. The answer says which
    /// (<c>Content-Language</c>) and that it varies with the header.
    /// </summary>
    public static bool TryWords(HttpContext http, out KneeText words, [NotNullWhen(false)] out IResult? problem)
    {
        problem = null;
        var request = http.Request;
        string? asked = request.Query["lang"];
        if (asked is not null)
        {
            if (!KneeText.TryFor(asked, out var chosen))
            {
                words = KneeText.English;
                problem = Invalid("lang", $"Expected one of {string.Join(", ", KneeText.Languages)} (or a tag of one, such as de-AT), but got {DisplayText.Quote(asked)}.");
                return false;
            }

            words = chosen;
        }
        else
        {
            words = KneeText.English;
            double best = -1;
            foreach (var range in request.GetTypedHeaders().AcceptLanguage)
            {
                double quality = range.Quality ?? 1;
                if (quality > best && quality > 0 && KneeText.TryFor(range.Value.Value ?? string.Empty, out var candidate))
                {
                    (words, best) = (candidate, quality);
                }
            }
        }

        http.Response.Headers.ContentLanguage = words.Language;
        http.Response.Headers.Append("Vary", "Accept-Language");
        return true;
    }

    /// <summary>A plan as the library's plan document, in UTF-8, with its cues and notes in a language.</summary>
    public static ReadOnlyMemory<byte> PlanDocument(SessionPlan plan, KneeText words)
    {
        // Straight to UTF-8: a plan is about 28 KB, and a string would be written twice (UTF-16, then UTF-8).
        var buffer = new MemoryStream(32 * 1024);
        KneeJson.WritePlan(buffer, plan, words);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>The routine's plan document within the budget, as UTF-8, or a problem naming <c>minutes</c>.</summary>
    public static bool TryPlanDocument(SessionScheduler scheduler, Routine routine, TimeSpan? budget, KneeText words, out ReadOnlyMemory<byte> document, out IResult problem)
    {
        document = default;
        if (!TryPlan(scheduler, routine, budget, out var plan, out problem))
        {
            return false;
        }

        document = PlanDocument(plan, words);
        return true;
    }

    /// <summary>
    /// A caller's routine as a plan document within the budget, or a problem: naming <c>minutes</c> when they are too
    /// short, or the whole document (<c>$</c>) when its session would last longer than the scheduler plans.
    /// </summary>
    public static bool TryRoutinePlan(SessionScheduler scheduler, Routine routine, TimeSpan? budget, KneeText words, out ReadOnlyMemory<byte> document, out IResult problem)
    {
        try
        {
            return TryPlanDocument(scheduler, routine, budget, words, out document, out problem);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // Only a routine too long to plan gets here: the document is at fault, not the request.
            document = default;
            problem = Invalid("$", $"The routine's session would last longer than the {DurationText.Format(SessionScheduler.MaxSessionDuration)} a session may last.");
            return false;
        }
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

    /// <summary>The members a profile's body may have; <c>start</c> only when the profile is made.</summary>
    private static readonly string[] ProfileMembers = ["equipment", "minutes", "firstSide", "backToRunning", "start"];

    /// <summary>
    /// Reads a profile's settings from a JSON object: <c>equipment</c> (an array of equipment ids, <c>[]</c> for none),
    /// <c>minutes</c>, <c>firstSide</c>, <c>backToRunning</c> and (when <paramref name="start"/> is null, as when a
    /// profile is made) <c>start</c>, each optional. Read strictly, as the library reads its documents: a member the
    /// body may not have, or one given twice, is a problem naming it. The start is on or before today (today when
    /// missing) and recent enough for the program to reach today; the back-to-running day is after the start and
    /// within the program's ten years.
    /// </summary>
    public static bool TryProfile(JsonElement root, string id, DateOnly? start, DateOnly today, [NotNullWhen(true)] out Profile? profile, out IResult? problem)
    {
        profile = null;
        problem = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = Invalid("body", "Expected a JSON object with equipment, minutes, firstSide and backToRunning.");
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject())
        {
            bool allowed = Array.IndexOf(ProfileMembers, member.Name) >= 0 && (start is null || member.Name != "start");
            if (!allowed)
            {
                problem = Invalid(
                    member.Name,
                    member.Name == "start"
                        ? "A profile's start stays as it was made; leave 'start' out."
                        : $"{DisplayText.Quote(member.Name)} is not a member of a profile; expected {string.Join(", ", ProfileMembers.Take(start is null ? 5 : 4))}.");
                return false;
            }

            if (!seen.Add(member.Name))
            {
                problem = Invalid(member.Name, $"'{member.Name}' is given twice.");
                return false;
            }
        }

        string? equipment = EquipmentList(root, out problem);
        string? minutesText = problem is null && root.TryGetProperty("minutes", out var m) && m.ValueKind != JsonValueKind.Null ? m.GetRawText() : null;
        string? side = problem is null ? OptionalString(root, "firstSide", out problem) : null;
        string? back = problem is null ? OptionalString(root, "backToRunning", out problem) : null;
        string? startText = problem is null && start is null ? OptionalString(root, "start", out problem) : null;
        if (problem is not null)
        {
            return false;
        }

        if (!TryOptions(equipment, minutesText, side, out var options, out var minutes, out var invalid))
        {
            problem = invalid;
            return false;
        }

        var first = start ?? today;
        if (startText is not null)
        {
            if (!TryDate(startText, out first) || first > today || first.AddYears(TrainingProgram.MaxYears).AddDays(-1) < today)
            {
                problem = Invalid("start", $"Expected a date as YYYY-MM-DD on or before today, {Date(today)}, and less than {TrainingProgram.MaxYears} years ago, but got {DisplayText.Quote(startText)}.");
                return false;
            }
        }

        DateOnly? backToRunning = null;
        if (back is not null)
        {
            if (!TryDate(back, out var date))
            {
                problem = Invalid("backToRunning", $"Expected a date as YYYY-MM-DD, but got {DisplayText.Quote(back)}.");
                return false;
            }

            var last = first.AddYears(TrainingProgram.MaxYears).AddDays(-1);
            if (date <= first || date > last)
            {
                problem = Invalid("backToRunning", $"Expected a day after the start, {Date(first)}, and on or before {Date(last)}.");
                return false;
            }

            backToRunning = date;
        }

        profile = new Profile(id, options.Equipment, minutes is TimeSpan t ? (int)t.TotalMinutes : null, options.FirstSide, first, backToRunning);
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
                return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large", detail: $"The body is over {MaxBodyBytes} bytes."));
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

        return ParseJson(text!);
    }

    /// <summary>Reads a body already read as text as JSON, or a problem naming the body.</summary>
    public static (JsonDocument? Json, IResult? Problem) ParseJson(string text)
    {
        try
        {
            return (JsonDocument.Parse(text), null);
        }
        catch (JsonException e)
        {
            return (null, Invalid("body", $"The body is not JSON: {e.Message}"));
        }
    }

    // The equipment array as the text EquipmentSet reads ("none" for an empty array), or null when the member is absent.
    private static string? EquipmentList(JsonElement root, out IResult? problem)
    {
        problem = null;
        if (!root.TryGetProperty("equipment", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            problem = Invalid("equipment", "Expected an array of equipment ids, such as [\"band\", \"step\"], or [] for none.");
            return null;
        }

        var ids = value.EnumerateArray().Select(e => e.GetString()!).ToList();
        for (int i = 0; i < ids.Count; i++)
        {
            if (ids[i].Length == 0 || ids[i].Contains(',', StringComparison.Ordinal) || ids.IndexOf(ids[i]) != i)
            {
                problem = Invalid($"equipment[{i}]", $"Expected an equipment id given once, but got {DisplayText.Quote(ids[i])}.");
                return null;
            }
        }

        return ids.Count == 0 ? "none" : string.Join(",", ids);
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
}
