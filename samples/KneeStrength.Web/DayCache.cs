using System;
using System.Collections.Concurrent;
using System.Threading;
using KneeStrength.Coaching;
using KneeStrength.Serialization;
using Microsoft.Extensions.Configuration;

namespace KneeStrength.Web;

/// <summary>
/// The coach's answers for a profile's day, kept while they hold: a decision depends on the profile, its logs and the
/// day, and the store raises a profile's revision with every change to either, so an answer kept for (revision, day)
/// is the answer. A request still reads the profile (one row) to learn the revision; it does not read or parse the
/// journal, or decide, again. Each instance of the app keeps its own; instances sharing a store stay right, since the
/// revision is the store's. At most <see cref="Capacity"/> profiles are kept (one day each); past that, a tenth of
/// them make room.
/// </summary>
public sealed class DayCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _days = new(StringComparer.Ordinal);
    private int _trimming;

    /// <summary>Makes the cache with the capacity the configuration names (<c>KneeStrength:DayCacheProfiles</c>, 20,000 by default).</summary>
    public DayCache(IConfiguration configuration)
        : this(configuration.GetValue("KneeStrength:DayCacheProfiles", 20_000))
    {
    }

    /// <summary>The most profiles kept.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>The coaching day document (what <c>/today</c> answers), from the cache or decided now.</summary>
    public ReadOnlyMemory<byte> Today(StoredProfile stored, DateOnly day, Func<CoachingDay> decide) =>
        Get(stored, day, decide).TodayDocument();

    /// <summary>The day's plan document (what <c>/plan</c> answers), from the cache or decided now.</summary>
    public ReadOnlyMemory<byte> Plan(StoredProfile stored, DateOnly day, Func<CoachingDay> decide) =>
        Get(stored, day, decide).PlanDocument();

    private Entry Get(StoredProfile stored, DateOnly day, Func<CoachingDay> decide)
    {
        string id = stored.Profile.Id;
        if (_days.TryGetValue(id, out var kept) && kept.Revision == stored.Revision && kept.Day == day)
        {
            return kept;
        }

        var entry = new Entry(stored.Revision, day, decide());
        if (Capacity > 0)
        {
            if (_days.Count >= Capacity)
            {
                Trim();
            }

            _days[id] = entry;
        }

        return entry;
    }

    // Removes about a tenth of the entries, in the dictionary's order (which no output depends on), one thread at a time.
    private void Trim()
    {
        if (Interlocked.Exchange(ref _trimming, 1) == 1)
        {
            return;
        }

        try
        {
            int remove = Math.Max(1, Capacity / 10);
            foreach (var key in _days.Keys)
            {
                if (remove-- <= 0)
                {
                    break;
                }

                _days.TryRemove(key, out _);
            }
        }
        finally
        {
            Volatile.Write(ref _trimming, 0);
        }
    }

    // One decision and the documents written from it, each written once, when first asked for.
    private sealed class Entry(long revision, DateOnly day, CoachingDay decision)
    {
        private byte[]? _today;
        private ReadOnlyMemory<byte>? _plan;

        public long Revision { get; } = revision;

        public DateOnly Day { get; } = day;

        public ReadOnlyMemory<byte> TodayDocument() => _today ??= System.Text.Encoding.UTF8.GetBytes(KneeJson.WriteCoachingDay(decision));

        public ReadOnlyMemory<byte> PlanDocument() => _plan ??= Api.PlanDocument(decision.Plan);
    }
}
