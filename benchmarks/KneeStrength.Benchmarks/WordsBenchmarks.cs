using System;
using BenchmarkDotNet.Attributes;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Benchmarks;

/// <summary>
/// The built-in session planned in 20 minutes with only a wall on hand (so it has substitutions, omissions and
/// adjustments), then worded: every step's cue and every substitution and omission note. The baseline words it in
/// English as the library always has (<see cref="TimedStep.Cue"/>, the notes' own reasons); the others in English
/// and in German through the message tables. <see cref="PlanOnly"/> asks for no words: the facts alone.
/// Goals (issue 21): German at most 1.1x English; the plan alone allocating no more than before the text layer.
/// </summary>
[MemoryDiagnoser]
public class WordsBenchmarks
{
    private static readonly SessionScheduler Scheduler = new(new SessionOptions(equipment: EquipmentSet.Parse("wall").Value));

    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(20);

    private static readonly KneeText English = KneeText.English;

    private static readonly KneeText German = KneeText.For("de");

    /// <summary>The plan, worded as the library's own English texts.</summary>
    [Benchmark(Baseline = true)]
    public int PlanWithEnglishWords()
    {
        var plan = Scheduler.Schedule(RunnersKnee.Routine, Budget);
        int length = 0;
        foreach (var step in plan.Steps)
        {
            length += English.Cue(step).Length;
        }

        foreach (var substitution in plan.Substitutions)
        {
            length += substitution.Reason.Length;
        }

        foreach (var omission in plan.Omissions)
        {
            length += omission.Reason.Length;
        }

        return length;
    }

    /// <summary>The plan, worded in German as an app asks for it (<see cref="KneeText.Cue"/>: a cue's words kept by its facts).</summary>
    [Benchmark]
    public int PlanWithGermanWords() => Worded(German);

    /// <summary>The plan, worded in German from the message tables every time: the words of a step never worded before.</summary>
    [Benchmark]
    public int PlanWithGermanTables() => Worded(German, tables: true);

    /// <summary>The plan, worded in English through the same message tables German uses.</summary>
    [Benchmark]
    public int PlanWithEnglishTables() => Worded(English, tables: true);

    /// <summary>The plan with no words asked for: the facts alone.</summary>
    [Benchmark]
    public SessionPlan PlanOnly() => Scheduler.Schedule(RunnersKnee.Routine, Budget);

    private static int Worded(KneeText words, bool tables = false)
    {
        var plan = Scheduler.Schedule(RunnersKnee.Routine, Budget);
        int length = 0;
        foreach (var step in plan.Steps)
        {
            length += (tables ? CueWords.Format(step, words) : words.Cue(step)).Length;
        }

        foreach (var substitution in plan.Substitutions)
        {
            length += words.SubstitutionReason(substitution.Exercise, substitution.Variation, substitution.UnusedSetting).Length;
        }

        foreach (var omission in plan.Omissions)
        {
            length += words.Omission(omission.MissingEquipment).Length;
        }

        return length;
    }
}
