using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using KneeStrength.Text;

namespace KneeStrength;

// <summary>The one place argument checks live, so every message reads alike and names its parameter.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgumentRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"Value must be between {min} and {max}, inclusive; it was {value}."));
        }
    }

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static string CheckText(string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        if (DisplayText.FindProblem(value) is { } problem)
        {
            throw new ArgumentException($"Value {problem}; a display text may hold no control, bidirectional or separator characters.", paramName);
        }

        // Characters are Unicode scalar values, as JSON Schema counts them: an emoji is one.
        int length = value.Length <= maxLength ? value.Length : CharacterCount(value);
        if (length > maxLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Value must be at most {maxLength} characters long; it was {length}."),
                paramName);
        }

        return value;
    }

    // <summary>The number of Unicode scalar values in a string; a lone surrogate counts as one.</summary>
    internal static int CharacterCount(string value)
    {
        int count = value.Length;
        for (int i = 0; i + 1 < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    // <summary>A stable id: lower-case ASCII letters and digits in words joined by single hyphens ("side-steps").</summary>
    internal static string CheckSlug(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (!Slug.IsValid(value))
        {
            throw new ArgumentException(
                $"{DisplayText.Quote(value)} is not a valid id: use 1 to {Slug.MaxLength} lower-case letters and digits in words joined by single hyphens, such as 'side-steps'.",
                paramName);
        }

        return value;
    }

    // <summary>Copies a sequence, refusing null elements; the copy is what the caller keeps, so later changes cannot leak in.</summary>
    internal static ReadOnlyCollection<T> CopyNoNulls<T>(IEnumerable<T?>? values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
        where T : class
    {
        CheckNotNull(values, paramName);
        if (values is ICollection<T?> { Count: 0 })
        {
            return ReadOnlyCollection<T>.Empty;
        }

        var copy = values is ICollection<T?> collection ? new List<T>(collection.Count) : new List<T>();
        foreach (var value in values)
        {
            if (value is null)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Element {copy.Count} is null."), paramName);
            }

            copy.Add(value);
        }

        return copy.AsReadOnly();
    }
}

// <summary>The rule for stable ids, in one place.</summary>
internal static class Slug
{
    internal const int MaxLength = 64;

    internal static bool IsValid(string value)
    {
        if (value.Length == 0 || value.Length > MaxLength || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
