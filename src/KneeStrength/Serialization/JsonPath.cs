using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KneeStrength.Text;

namespace KneeStrength.Serialization;

// <summary>One step of a JSON path: a member name, or an array index when <see cref="Name"/> is null.</summary>
internal readonly record struct PathSegment(string? Name, int Index);

// <summary>
// The path to the member or element being read, kept as a stack of segments and turned into text
// (<c>$.items[3].dosage.reps</c>) only when a problem is reported.
// </summary>
internal sealed class JsonPath
{
    // Made on the first push: a document read without stepping into anything needs none.
    private PathSegment[] _segments = [];
    private int _count;

    internal int Count => _count;

    internal ReadOnlySpan<PathSegment> Segments => _segments.AsSpan(0, _count);

    internal void Push(string name) => Add(new PathSegment(name, -1));

    internal void Push(int index) => Add(new PathSegment(null, index));

    internal void Pop() => _count--;

    // <summary>Keeps the first <paramref name="count"/> segments, dropping the rest.</summary>
    internal void Truncate(int count) => _count = count;

    public override string ToString() => Format(Segments);

    internal static string Format(ReadOnlySpan<PathSegment> segments)
    {
        var text = new StringBuilder("$");
        foreach (var segment in segments)
        {
            if (segment.Name is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{segment.Index}]");
            }
            else if (IsIdentifier(segment.Name))
            {
                text.Append('.').Append(segment.Name);
            }
            else
            {
                // Quoted as messages quote outside text (backslashes doubled, control characters escaped, clipped),
                // with the quote character escaped for the bracket notation.
                text.Append("['").Append(DisplayText.Shown(segment.Name).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return text.ToString();
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(PathSegment segment)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, Math.Max(8, _count * 2));
        }

        _segments[_count++] = segment;
    }
}

// <summary>How names and lists are said in messages, in one place.</summary>
internal static class JsonNames
{
    // <summary>"StepKind" -> "step kind".</summary>
    internal static string Words(string typeName)
    {
        var text = new StringBuilder(typeName.Length + 4);
        for (int i = 0; i < typeName.Length; i++)
        {
            char c = typeName[i];
            if (char.IsAsciiLetterUpper(c) && i > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    // <summary>"an" before a vowel, "a" before anything else.</summary>
    internal static string Article(string word) => word.Length > 0 && "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    // <summary>"'a'", "'a' and 'b'", "'a', 'b' and 'c'".</summary>
    internal static string Quoted(IReadOnlyList<string> names)
    {
        var text = new StringBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == names.Count - 1 ? " and " : ", ");
            }

            text.Append('\'').Append(names[i]).Append('\'');
        }

        return text.ToString();
    }
}
