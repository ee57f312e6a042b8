using System;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using KneeStrength.Catalog;
using KneeStrength.Export.Calendar;
using KneeStrength.Export.Fit;
using KneeStrength.Scheduling;

namespace KneeStrength.Benchmarks;

/// <summary>
/// The exports of the built-in program and plan.
/// Calendar: <see cref="CalendarWriter"/> writing the built-in program's all-day calendar, against Ical.Net building
/// the same calendar (the same two events with their rules, texts, UIDs and stamps) and serializing it. Goal: at least
/// 20x faster, at most 1/10 of its allocations.
/// Fit: <see cref="FitWorkoutWriter"/> writing the built-in plan's workout file, against copying a file of the same
/// size, which allocates the file once. Goal: an Alloc Ratio of at most 2 (allocations at most twice the file's size).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ExportBenchmarks
{
    private static readonly DateTimeOffset Stamp = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TrainingProgram _program = RunnersKnee.Program;
    private readonly Enrolment _enrolment = new("benchmark", RunnersKnee.Program, new DateOnly(2026, 3, 2));
    private readonly SessionPlan _plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);
    private readonly CalendarWriter _calendar = new();
    private readonly FitWorkoutWriter _fit = new();
    private byte[] _fitFile = [];
    private string[] _descriptions = [];
    private string[] _uids = [];

    [GlobalSetup]
    public void Setup()
    {
        _fitFile = _fit.Write(_plan, 1, Stamp);

        // The texts Ical.Net writes are ours, taken from our calendar once, so both sides write the same events.
        string ours = Encoding.UTF8.GetString(_calendar.Write(_enrolment, Stamp)).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        _descriptions = Values(ours, "DESCRIPTION:");
        _uids = Values(ours, "UID:");
        string theirs = IcalNetCalendar();
        foreach (string uid in _uids)
        {
            if (!theirs.Contains(uid, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Ical.Net did not write the same events.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Calendar")]
    public string IcalNetCalendar()
    {
        var calendar = new Ical.Net.Calendar { ProductId = CalendarWriter.ProductId, Method = "PUBLISH" };
        for (int i = 0; i < _program.Phases.Count; i++)
        {
            var phase = _program.Phases[i];
            string rule = phase.Schedule.ToString();
            if (i < _program.Phases.Count - 1)
            {
                rule += ";UNTIL=" + _enrolment.Phases[i].LastDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            }

            calendar.Events.Add(new CalendarEvent
            {
                Uid = _uids[i],
                DtStamp = new CalDateTime(Stamp.UtcDateTime, "UTC"),
                DtStart = new CalDateTime(_enrolment.Phases[i].FirstDay),
                Duration = Duration.FromDays(1),
                RecurrenceRule = new RecurrenceRule(rule),
                Summary = $"{phase.Routine.Name} ({phase.Name})",
                Description = _descriptions[i].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal),
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    [Benchmark]
    [BenchmarkCategory("Calendar")]
    public byte[] Calendar() => _calendar.Write(_enrolment, Stamp);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Fit")]
    public byte[] CopyFitFile() => _fitFile.AsSpan().ToArray();

    [Benchmark]
    [BenchmarkCategory("Fit")]
    public byte[] FitWorkout() => _fit.Write(_plan, 1, Stamp);

    private static string[] Values(string calendar, string name)
    {
        var values = new System.Collections.Generic.List<string>();
        foreach (string line in calendar.Split("\r\n"))
        {
            if (line.StartsWith(name, StringComparison.Ordinal))
            {
                values.Add(line[name.Length..]);
            }
        }

        return [.. values];
    }
}
