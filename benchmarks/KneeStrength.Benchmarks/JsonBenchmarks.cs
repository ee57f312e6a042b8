using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;

namespace KneeStrength.Benchmarks;

/// <summary>
/// The built-in plan written to JSON and read back. The baseline sends the same documents through reflection-based
/// System.Text.Json with the same options, writer, checks and mapping, so the two differ only in the serializer's
/// metadata. Goal: <see cref="SourceGenRoundTrip"/> no slower and allocating no more than the baseline.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly SessionPlan Plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);

    private JsonTypeInfo<PlanDocument> _reflection = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new JsonSerializerOptions(KneeJsonContext.Default.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        _reflection = (JsonTypeInfo<PlanDocument>)options.GetTypeInfo(typeof(PlanDocument));
    }

    [Benchmark(Baseline = true)]
    public SessionPlan ReflectionRoundTrip()
    {
        string json = JsonOutput.ToText(PlanMapping.ToDocument(Plan), _reflection);
        return Reading.FromString(json, KneeJsonReaderOptions.DefaultMaxBytes, _reflection, static (document, context) => PlanMapping.ToPlan(document, RoutineSet.BuiltIn, context));
    }

    [Benchmark]
    public SessionPlan SourceGenRoundTrip() => KneeJson.ReadPlan(KneeJson.WritePlan(Plan));
}
