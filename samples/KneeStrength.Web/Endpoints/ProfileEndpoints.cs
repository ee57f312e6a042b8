using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KneeStrength.Web.Endpoints;

/// <summary>A runner's profile: made, read and changed.</summary>
internal static class ProfileEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/profiles</c>.</summary>
    public static void MapProfiles(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/profiles").WithTags("Profiles");
        group.MapPost("", async (HttpRequest request, ProfileStore store, TimeProvider clock) =>
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
                return TypedResults.Created($"/api/profiles/{profile.Id}", ProfileResponse.Of(profile));
            }
        }).RequireRateLimiting(Api.ProfileCreationPolicy)
            .Accepts<ProfileRequest>("application/json")
            .Produces<ProfileResponse>(StatusCodes.Status201Created)
            .WriteProblems()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Creates a profile: equipment, usual minutes, first side, back-to-running date, start (today by default). Its id is a 128-bit token.");

        group.MapPut("/{id}", async (string id, HttpRequest request, ProfileStore store, TimeProvider clock) =>
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
                return TypedResults.Ok(ProfileResponse.Of(profile));
            }
        }).Accepts<ProfileRequest>("application/json")
            .Produces<ProfileResponse>()
            .WriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Changes a profile's equipment, minutes, first side and back-to-running date (the start stays); the calendar feed updates the events this changes.");

        group.MapGet("/{id}", (string id, ProfileStore store) =>
            Api.WithProfile(id, store, profile => TypedResults.Ok(ProfileResponse.Of(profile))))
            .Produces<ProfileResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The profile.");
    }
}
