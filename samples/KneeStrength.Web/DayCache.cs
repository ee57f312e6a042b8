using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Text;
using Microsoft.Extensions.Configuration;

namespace KneeStrength.Web;

/// <summary>
/// The coach's answers for a profile's day, kept while they hold: a decision depends on the profile, its logs and the
/// day, and the store raises a profile's revision with every change to either, so an answer kept for (revision, day)
/// is the answer. Each instance of the app keeps its own; instances sharing a store stay right, since the revision is
/// the store's.
/// </summary>
/// <remarks>
/// <para>Whether a kept answer is current is learnt one of two ways. While the store hears every change, other
/// instances' included (<see cref="ProfileStore.HearingSince"/>, PostgreSQL's notifications), a kept answer is
/// current until a change to its profile is heard, and is given with no read of the store at all. Otherwise, and for
/// an answer worked out while any change was heard, each request reads the profile's row for its revision first.
/// A change heard drops the profile's answer.</para>
/// <para>At most <see cref="Capacity"/> profiles are kept (one day each); past that, a tenth of them make room.</para>
/// </remarks>
public sealed class DayCache
{
    private readonly ConcurrentDictionary<string, Entry> _days = new(StringComparer.Ordinal);
    private readonly ProfileStore? _store;
    private long _heard;
    private int _trimming;

    /// <summary>Makes the cache with the capacity the configuration names (<c>KneeStrength:DayCacheProfiles</c>, 20,000 by default), for the store's profiles.</summary>
    public DayCache(IConfiguration configuration, ProfileStore store)
        : this(configuration.GetValue("KneeStrength:DayCacheProfiles", 20_000), store)
    {
    }

    /// <summary>Makes the cache.</summary>
    /// <param name="capacity">The most profiles kept; 0 keeps none.</param>
    /// <param name="store">The store whose changes drop kept answers; with none, every answer is checked by its revision.</param>
    public DayCache(int capacity, ProfileStore? store = null)
    {
        Capacity = capacity;
        _store = store;
        if (store is not null)
        {
            store.Changed += Forget;
        }
    }

    /// <summary>The most profiles kept.</summary>
    public int Capacity { get; }

    /// <summary>What the cache has heard, noted before a request reads the store; see <see cref="AnswerAsync"/>.</summary>
    public readonly record struct Moment(long Heard, long Hearing);

    /// <summary>Notes the moment before reading the store.</summary>
    public Moment Now() => new(Volatile.Read(ref _heard), _store?.HearingSince ?? 0);

    /// <summary>
    /// The profile and its enrolment as kept with an answer that is known to be current without reading the store,
    /// or null when the store must be read.
    /// </summary>
    public (StoredProfile Stored, Enrolment Enrolment)? Current(string id) =>
        _days.TryGetValue(id, out var kept) && kept.Trusted != 0 && kept.Trusted == (_store?.HearingSince ?? 0)
            ? (kept.Stored, kept.Enrolment)
            : null;

    /// <summary>The enrolment kept with the profile's answer at this revision (the same profile, so the same enrolment), or null.</summary>
    public Enrolment? KeptEnrolment(StoredProfile stored) =>
        _days.TryGetValue(stored.Profile.Id, out var kept) && kept.Stored.Revision == stored.Revision ? kept.Enrolment : null;

    /// <summary>Whether an answer for the profile is kept, current or not: then reading its row may be all a request needs.</summary>
    public bool Holds(string id) => _days.ContainsKey(id);

    /// <summary>The coaching day document (what <c>/today</c> answers) or the plan document (<c>/plan</c>), kept or decided now.</summary>
    /// <param name="stored">The profile as read from the store at <paramref name="read"/>, or as <see cref="Current"/> gave it.</param>
    /// <param name="enrolment">The profile's enrolment.</param>
    /// <param name="day">The day.</param>
    /// <param name="read">The moment noted before the profile was read.</param>
    /// <param name="decide">Decides the day, reading the journal.</param>
    /// <param name="plan">The plan document rather than the coaching day's.</param>
    /// <param name="words">The language of the document's words.</param>
    public async ValueTask<ReadOnlyMemory<byte>> AnswerAsync(StoredProfile stored, Enrolment enrolment, DateOnly day, Moment read, Func<ValueTask<CoachingDay>> decide, bool plan, KneeText words)
    {
        var entry = Kept(stored, day, read) ?? Keep(new Entry(stored, enrolment, day, await decide()), read);
        return plan ? entry.PlanDocument(words) : entry.TodayDocument(words);
    }

    // The kept entry for the profile's revision and the day, or null.
    private Entry? Kept(StoredProfile stored, DateOnly day, Moment read)
    {
        if (_days.TryGetValue(stored.Profile.Id, out var kept) && kept.Stored.Revision == stored.Revision && kept.Day == day)
        {
            // The read confirmed it: with nothing heard since, it is current while the store goes on hearing.
            Trust(kept, read);
            return kept;
        }

        return null;
    }

    private Entry Keep(Entry entry, Moment read)
    {
        if (Capacity > 0)
        {
            if (_days.Count >= Capacity)
            {
                Trim();
            }

            // Kept first and trusted after: a change heard in between either shows in the count or drops the entry.
            _days[entry.Stored.Profile.Id] = entry;
            Trust(entry, read);
        }

        return entry;
    }

    private void Trust(Entry entry, Moment read)
    {
        if (read.Hearing != 0 && read.Heard == Volatile.Read(ref _heard) && read.Hearing == _store?.HearingSince)
        {
            entry.Trusted = read.Hearing;
        }
    }

    // A change to the profile: counted first, so an answer worked out from reads before it is not trusted, then dropped.
    private void Forget(string id)
    {
        Interlocked.Increment(ref _heard);
        _days.TryRemove(id, out _);
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

    // One decision and the documents written from it, each written once per language, when first asked for.
    private sealed class Entry(StoredProfile stored, Enrolment enrolment, DateOnly day, CoachingDay decision)
    {
        private readonly byte[]?[] _today = new byte[KneeText.Languages.Count][];
        private readonly ReadOnlyMemory<byte>?[] _plan = new ReadOnlyMemory<byte>?[KneeText.Languages.Count];
        private long _trusted;

        public StoredProfile Stored { get; } = stored;

        public Enrolment Enrolment { get; } = enrolment;

        public DateOnly Day { get; } = day;

        // The store's hearing number the entry is known current under, or 0.
        public long Trusted
        {
            get => Volatile.Read(ref _trusted);
            set => Volatile.Write(ref _trusted, value);
        }

        public byte[] TodayDocument(KneeText words) =>
            _today[Slot(words)] ??= System.Text.Encoding.UTF8.GetBytes(KneeJson.WriteCoachingDay(decision, words));

        public ReadOnlyMemory<byte> PlanDocument(KneeText words) => _plan[Slot(words)] ??= Api.PlanDocument(decision.Plan, words);

        private static int Slot(KneeText words)
        {
            var languages = KneeText.Languages;
            for (int i = 0; i < languages.Count; i++)
            {
                if (languages[i] == words.Language)
                {
                    return i;
                }
            }

            return 0;
        }
    }
}
