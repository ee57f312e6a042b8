using System;
using System.Collections.Generic;

namespace KneeStrength;

// <summary>Element-by-element equality and hashing for the lists the model keeps.</summary>
internal static class ReadOnlyListEquality
{
    internal static bool Equal<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static int Hash<T>(IReadOnlyList<T> values)
    {
        var hash = default(HashCode);
        hash.Add(values.Count);
        foreach (var value in values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}
