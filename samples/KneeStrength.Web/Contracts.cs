using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KneeStrength.Web;

/// <summary>
/// The body of <c>POST /api/profiles</c> and <c>PUT /api/profiles/{id}</c>: every member optional, no other member,
/// none twice (<c>start</c> only when a profile is made). Dates are <c>YYYY-MM-DD</c>.
/// </summary>
/// <param name="Equipment">The equipment on hand, as ids (<c>band</c>, <c>step</c>, <c>bosu</c>, <c>wall</c>); <c>[]</c> for none, all when missing.</param>
/// <param name="Minutes">The usual minutes a session may take, 1 to 1440; none when missing.</param>
/// <param name="FirstSide"><c>left</c> (the default) or <c>right</c>.</param>
/// <param name="BackToRunning">The planned day back to running, after the start.</param>
/// <param name="Start">The program's first day, today or earlier (today when missing).</param>
public sealed record ProfileRequest(IReadOnlyList<string>? Equipment, int? Minutes, string? FirstSide, string? BackToRunning, string? Start);

/// <summary>A profile as the API answers it.</summary>
/// <param name="Id">The profile's id: 32 lowercase hex digits, whoever has it can read and write the profile.</param>
/// <param name="Equipment">The equipment on hand, as ids.</param>
/// <param name="Minutes">The usual minutes a session may take, or null for none.</param>
/// <param name="FirstSide"><c>left</c> or <c>right</c>.</param>
/// <param name="Start">The program's first day.</param>
/// <param name="BackToRunning">The planned day back to running, or null.</param>
public sealed record ProfileResponse(string Id, IReadOnlyList<string> Equipment, int? Minutes, string FirstSide, string Start, string? BackToRunning)
{
    /// <summary>The answer for a profile.</summary>
    public static ProfileResponse Of(Profile profile)
    {
        var equipment = new List<string>(profile.Equipment.Count);
        foreach (var item in profile.Equipment)
        {
            equipment.Add(item.Id);
        }

        return new(
            profile.Id,
            equipment,
            profile.Minutes,
            Api.SideName(profile.FirstSide),
            Api.Date(profile.Start),
            profile.BackToRunning is { } back ? Api.Date(back) : null);
    }
}

/// <summary>The body of <c>POST /api/profiles/{id}/logs/{date}/next-morning</c>.</summary>
/// <param name="PainNextMorning">The knee's pain the morning after, 0 to 10.</param>
public sealed record NextMorningRequest(int PainNextMorning);

/// <summary>The API's own bodies, serialized by source-generated code (no reflection), with the web's camelCase names.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ProfileRequest))]
[JsonSerializable(typeof(ProfileResponse))]
[JsonSerializable(typeof(NextMorningRequest))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class WebJsonContext : JsonSerializerContext;

/// <summary>A coach checkpoint's state as a store keeps it beside its day (<see cref="ProfileStore"/>).</summary>
internal sealed record StoredCheckpoint(int Level, int CalmStreak, int? MorningBefore, List<DateOnly>? RunDays);

/// <summary>What the stores write into their own columns: compact, and read strictly.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(StoredCheckpoint))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
