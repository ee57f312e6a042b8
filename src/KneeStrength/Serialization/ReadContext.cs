using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KneeStrength.Serialization;

// <summary>
// What a mapper needs while it turns a document into the model: where it is (<see cref="Path"/>), and how to
// report a problem there with the line and column it starts at.
// </summary>
// <remarks>
// Mappers push a segment when they step into a member or element and pop it when they leave; when a problem is
// found, the path still names the element being mapped. One context serves one read.
// </remarks>
internal sealed class ReadContext(ReadOnlyMemory<byte> json, JsonTypeInfo root)
{
    internal JsonPath Path { get; } = new();

    // <summary>A problem with the value at the current path.</summary>
    internal KneeJsonException Fail(string problem)
    {
        var span = json.Span;
        return Diagnosis.At(span, Locate(span, Path.Segments), Path.ToString(), problem);
    }

    // <summary>A problem with member <paramref name="member"/> of the object at the current path.</summary>
    internal KneeJsonException Fail(string member, string problem)
    {
        Path.Push(member);
        return Fail(problem);
    }

    // <summary>
    // A problem of shape, such as a null element, that the serializer lets through; the diagnosis words it as it
    // words the shape problems the serializer refuses.
    // </summary>
    internal KneeJsonException Shape() => Diagnosis.Explain(json.Span, root, null);

    // <summary>Returns <paramref name="list"/>, or reports its first null element as a shape problem.</summary>
    internal IReadOnlyList<T> NoNulls<T>(IReadOnlyList<T> list)
        where T : class
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw Shape();
            }
        }

        return list;
    }

    // <summary>Returns an optional list, empty when it is absent, or reports its first null element as a shape problem.</summary>
    internal IReadOnlyList<T> NoNullsOrEmpty<T>(IReadOnlyList<T>? list)
        where T : class =>
        list is null ? [] : NoNulls(list);

    // <summary>Builds part of the model, reporting the model's argument checks at the current path.</summary>
    // <param name="create">Makes the value; may throw <see cref="ArgumentException"/>.</param>
    // <param name="memberOf">The JSON member an argument comes from, by parameter name; null when it is the whole element.</param>
    internal T Model<T>(Func<T> create, Func<string?, string?> memberOf)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            return memberOf(Identifier(e.ParamName)) is { } member ? throw Fail(member, ModelMessage(e)) : throw Fail(ModelMessage(e));
        }
    }

    // <summary><see cref="Model{T}(Func{T}, Func{string?, string?})"/> with the values passed in, so that a static lambda makes no closure.</summary>
    internal T Model<TState, T>(TState state, Func<TState, T> create, Func<string?, string?> memberOf)
    {
        try
        {
            return create(state);
        }
        catch (ArgumentException e)
        {
            return memberOf(Identifier(e.ParamName)) is { } member ? throw Fail(member, ModelMessage(e)) : throw Fail(ModelMessage(e));
        }
    }

    // <summary>The model's message without the parameter name and actual value the framework appends.</summary>
    internal static string ModelMessage(ArgumentException e)
    {
        string message = e.Message;
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            message = message[..newline].TrimEnd('\r');
        }

        string suffix = $" (Parameter '{e.ParamName}')";
        return e.ParamName is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    // <summary>The parameter's name without the expression around it: "equipment" for "equipment ?? []".</summary>
    private static string? Identifier(string? paramName)
    {
        if (paramName is null)
        {
            return null;
        }

        int end = 0;
        while (end < paramName.Length && (char.IsAsciiLetterOrDigit(paramName[end]) || paramName[end] == '_'))
        {
            end++;
        }

        return paramName[..end];
    }

    // <summary>
    // The byte offset where the value at <paramref name="path"/> starts; for a member the document leaves out, where
    // the object that lacks it starts.
    // </summary>
    private static int Locate(ReadOnlySpan<byte> json, ReadOnlySpan<PathSegment> path)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = KneeJsonReaderOptions.MaxMaxDepth + 1 });
        int found = 0;
        try
        {
            if (!reader.Read())
            {
                return 0;
            }

            foreach (var segment in path)
            {
                found = (int)reader.TokenStartIndex;
                if (!Step(ref reader, segment))
                {
                    return found;
                }
            }

            return (int)reader.TokenStartIndex;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return found;
        }
    }

    // <summary>Moves from a container to the value of one of its members or elements.</summary>
    private static bool Step(ref Utf8JsonReader reader, PathSegment segment)
    {
        if (segment.Name is not null && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool found = reader.ValueTextEquals(segment.Name);
                reader.Read();
                if (found)
                {
                    return true;
                }

                reader.Skip();
            }
        }
        else if (segment.Name is null && reader.TokenType == JsonTokenType.StartArray)
        {
            for (int i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (i == segment.Index)
                {
                    return true;
                }

                reader.Skip();
            }
        }

        return false;
    }
}
