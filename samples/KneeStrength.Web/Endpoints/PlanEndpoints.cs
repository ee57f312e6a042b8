using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KneeStrength.Web.Endpoints;

/// <summary>Plans of the built-in routine or of a caller's own, and the built-in catalog: nothing stored.</summary>
internal static class PlanEndpoints
{
    /// <summary>Maps the endpoints under <c>/api</c>.</summary>
    public static void MapPlans(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Plans");
        group.MapGet("/plan", (HttpContext http, PlanCache plans) =>
            !Api.TryWords(http, out var words, out var problem) ? problem
            : Api.TryOptions(http.Request.Query["equipment"], http.Request.Query["minutes"], http.Request.Query["firstSide"], out var options, out var minutes, out problem)
                ? plans.Get(options, minutes, words)
                : problem)
            .Gives("plan.schema.json", "The library's plan document.")
            .ProducesValidationProblem()
            .WithSummary("A plan of the built-in routine for the equipment, minutes and first side given (the library's plan document).");

        // A routine of the caller's own (sections, circuits, open-ended work, target effort: the library's routine document,
        // read strictly) as a plan. Not kept: the routine is the caller's, and PlanCache keys on the built-in one.
        group.MapPost("/plan", async (HttpRequest request) =>
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

            if (!Api.TryWords(request.HttpContext, out var words, out problem))
            {
                return problem;
            }

            return Api.TryRoutinePlan(new SessionScheduler(options), routine, minutes, words, out var document, out problem)
                ? Results.Bytes(document, "application/json")
                : problem;
        }).Takes("routine.schema.json", "The library's routine document, read strictly.")
            .Gives("plan.schema.json", "The library's plan document.")
            .WriteProblems()
            .WithSummary("A plan of the routine document in the body (the library's routine document: sections, circuits, open-ended work, target effort) for the equipment, minutes and first side given.");

        group.MapGet("/catalog", () => Results.Text(KneeJson.WriteCatalog(RunnersKnee.Catalog), "application/json"))
            .Gives("catalog.schema.json", "The library's catalog document.")
            .WithSummary("The built-in catalog: each exercise's name, cues and equipment (the library's catalog document).");
    }
}
