using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KneeStrength.Scheduling;

// <summary>
// Values worked out from a routine and a key, kept per routine: routines are held weakly (a routine no longer used
// takes its values with it), and each keeps the values of its most recent keys, the oldest dropped past a bound, so
// the shelves cannot grow without end. A value is made outside the lock; of two threads making one at once, the value
// kept first is the one both return. Thread-safe.
// </summary>
internal sealed class RoutineShelves<TKey, TValue>(int perRoutine)
    where TValue : class
{
    private readonly ConditionalWeakTable<Routine, Shelf> _shelves = [];

    internal TValue Get(Routine routine, TKey key, Func<Routine, TKey, TValue> make)
    {
        var shelf = _shelves.GetValue(routine, _ => new Shelf(perRoutine));
        lock (shelf)
        {
            if (shelf.Find(key) is TValue kept)
            {
                return kept;
            }
        }

        var made = make(routine, key);
        lock (shelf)
        {
            return shelf.Find(key) ?? shelf.Keep(key, made);
        }
    }

    private sealed class Shelf(int size)
    {
        private readonly (TKey Key, TValue Value)?[] _entries = new (TKey, TValue)?[size];
        private int _next;

        public TValue? Find(TKey key)
        {
            foreach (var entry in _entries)
            {
                if (entry is { } e && EqualityComparer<TKey>.Default.Equals(e.Key, key))
                {
                    return e.Value;
                }
            }

            return null;
        }

        public TValue Keep(TKey key, TValue value)
        {
            _entries[_next] = (key, value);
            _next = (_next + 1) % _entries.Length;
            return value;
        }
    }
}
