using System;
using System.Collections.Concurrent;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Text;
using Microsoft.AspNetCore.Http;

namespace KneeStrength.Web;

/// <summary>
/// The stateless plan endpoint's answers, kept: a plan of the built-in routine depends only on the equipment, the
/// minutes and the first side, and the scheduler is a pure function of them, so each document is built once. At most
/// <see cref="Capacity"/> documents (about 28 KB each) are kept; past that, plans are built on every request.
/// </summary>
internal sealed class PlanCache
{
    /// <summary>The most plans kept: far more than the combinations a group of runners asks for.</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<(EquipmentSet Equipment, TimeSpan? Budget, Side FirstSide, string Language), ReadOnlyMemory<byte>> _plans = new();

    /// <summary>The plan document for the options and budget in a language, or a problem naming <c>minutes</c> when it is too short.</summary>
    public IResult Get(SessionOptions options, TimeSpan? budget, KneeText words)
    {
        var key = (options.Equipment, budget, options.FirstSide, words.Language);
        if (_plans.TryGetValue(key, out var document))
        {
            return Results.Bytes(document, "application/json");
        }

        if (!Api.TryPlanDocument(new SessionScheduler(options), RunnersKnee.Routine, budget, words, out document, out var problem))
        {
            return problem;
        }

        if (_plans.Count < Capacity)
        {
            _plans.TryAdd(key, document);
        }

        return Results.Bytes(document, "application/json");
    }
}
