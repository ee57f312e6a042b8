using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using KneeStrength.Serialization;
using KneeStrength.Tracking;

namespace KneeStrength.Benchmarks;

/// <summary>
/// A year of stored session logs (one JSON line each, as the companion's stores keep them) read back: from strings
/// into a journal (the baseline), the serializer's share alone (documents, no checks, no model), and from the UTF-8
/// bytes a store holds. A day's first answer in the companion reads a year like this, so its allocations are what
/// the garbage collector pays per profile.
/// </summary>
[MemoryDiagnoser]
public class JournalReadBenchmarks
{
    private string[] _lines = null!;

    private byte[][] _utf8 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var journal = Journals.Daily(new DateOnly(2025, 12, 7), 365, new Random(7));
        _lines = new string[journal.Count];
        for (int i = 0; i < journal.Count; i++)
        {
            _lines[i] = KneeJson.WriteSessionLogLine(journal[i]);
        }

        _utf8 = Array.ConvertAll(_lines, System.Text.Encoding.UTF8.GetBytes);
    }

    /// <summary>Each line read as a string, the journal made of the logs.</summary>
    [Benchmark(Baseline = true)]
    public Journal ReadYearOfLines()
    {
        var logs = new List<SessionLog>(_lines.Length);
        foreach (string line in _lines)
        {
            logs.Add(KneeJson.ReadSessionLog(line));
        }

        return new Journal(logs);
    }

    /// <summary>The source-generated deserializer alone: the floor under any read through the documents.</summary>
    [Benchmark]
    public int DeserializeOnly()
    {
        int n = 0;
        foreach (byte[] line in _utf8)
        {
            n += System.Text.Json.JsonSerializer.Deserialize(line, KneeJsonContext.Default.SessionLogDocument)!.FormatVersion;
        }

        return n;
    }

    /// <summary><see cref="KneeJson.ReadSessionLog(ReadOnlySpan{byte}, KneeJsonReaderOptions?)"/>: no string per log.</summary>
    [Benchmark]
    public int ReadFromBytes()
    {
        int n = 0;
        foreach (byte[] line in _utf8)
        {
            n += KneeJson.ReadSessionLog(line).PainAfter ?? 0;
        }

        return n;
    }
}
