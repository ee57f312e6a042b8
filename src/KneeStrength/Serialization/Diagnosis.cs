using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KneeStrength.Text;

namespace KneeStrength.Serialization;

// <summary>
// Finds and words the first problem in a document the serializer refused. It runs only after a failed read, so the
// fast path pays nothing for good messages.
// </summary>
// <remarks>
// The walk follows the document with the serializer's own metadata (member names, required members, nullability,
// element types, enum names), so the rules it words are the rules the serializer enforces, stated once in the
// document types. A problem the walk does not recognise is reported with the serializer's own message.
// </remarks>
internal static class Diagnosis
{
    internal const int FormatVersion = 1;

    // <summary>Explains why <paramref name="json"/> could not be read as <paramref name="root"/>.</summary>
    // <param name="json">The document.</param>
    // <param name="root">The document type's metadata; its options give the depth limit.</param>
    // <param name="failure">What the serializer threw, or null when it read the document as <c>null</c>.</param>
    internal static KneeJsonException Explain(ReadOnlySpan<byte> json, JsonTypeInfo root, Exception? failure)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return At(json, 0, "$", "The document is empty; expected a JSON object.");
        }

        if (UnsupportedVersion(json, root.Options.MaxDepth) is { } versionProblem)
        {
            return versionProblem;
        }

        var walk = new Walk(root.Options);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = root.Options.MaxDepth + 1 });
        try
        {
            reader.Read();
            if (!walk.Value(ref reader, root.Type, nullable: false))
            {
                return At(json, walk.Offset, walk.Path.ToString(), walk.Message!);
            }

            // Throws for anything after the document's value.
            reader.Read();
        }
        catch (JsonException syntax)
        {
            var (line, column) = TextPosition.OfLineAndByte(json, syntax.LineNumber ?? 0, syntax.BytePositionInLine ?? 0);
            // The reader's advice to change its options is for programmers, not for whoever wrote the document.
            string problem = WithoutPosition(syntax.Message).Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
            return new KneeJsonException("Invalid JSON: " + problem, walk.Path.ToString(), line, column);
        }

        return Unrecognised(json, failure);
    }

    // <summary>A problem at a byte offset of the document.</summary>
    internal static KneeJsonException At(ReadOnlySpan<byte> json, int offset, string path, string problem)
    {
        var (line, column) = TextPosition.OfOffset(json, offset);
        return new KneeJsonException(problem, path, line, column);
    }

    // <summary>The message of the document's version check, in one place.</summary>
    internal static string VersionProblem(int version) =>
        string.Create(CultureInfo.InvariantCulture, $"Unsupported formatVersion {version}; this version of KneeStrength reads formatVersion {FormatVersion}.");

    // <summary>
    // Reports an unsupported <c>formatVersion</c> before anything else, since a newer document's other members are
    // likely to be unknown here too.
    // </summary>
    private static KneeJsonException? UnsupportedVersion(ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isVersion = reader.ValueTextEquals("formatVersion"u8);
                reader.Read();
                if (isVersion && WholeNumberConverter.TryRead(ref reader, out int version) && version != FormatVersion)
                {
                    return At(json, (int)reader.TokenStartIndex, "$.formatVersion", VersionProblem(version));
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The full walk reports the syntax error where it is.
        }

        return null;
    }

    private static KneeJsonException Unrecognised(ReadOnlySpan<byte> json, Exception? failure)
    {
        var located = failure as JsonException;
        var (line, column) = located?.LineNumber is long lineNumber
            ? TextPosition.OfLineAndByte(json, lineNumber, located.BytePositionInLine ?? 0)
            : (1, 1);
        string detail = failure is null ? "it holds null" : WithoutPosition(failure.Message);
        return new KneeJsonException($"The document could not be read: {detail}", located?.Path ?? "$", line, column);
    }

    // <summary>Drops the " Path: … | LineNumber: … | BytePositionInLine: …." tail the serializer adds; the exception says where.</summary>
    private static string WithoutPosition(string message)
    {
        foreach (string marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message;
    }

    // <summary>A walk over the document that stops at the first problem, remembering what and where.</summary>
    private sealed class Walk(JsonSerializerOptions options)
    {
        private readonly int _maxDepth = options.MaxDepth;

        internal JsonPath Path { get; } = new();

        internal string? Message { get; private set; }

        internal int Offset { get; private set; }

        // <summary>Checks the value the reader is on, leaving the reader on its last token.</summary>
        internal bool Value(ref Utf8JsonReader reader, Type type, bool nullable)
        {
            var underlying = Nullable.GetUnderlyingType(type);
            var info = options.GetTypeInfo(underlying ?? type);
            if (reader.TokenType == JsonTokenType.String && !IsText(ref reader))
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                return nullable || underlying is not null || Fail(ref reader, $"Expected {Expected(info)}, found null.");
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= _maxDepth)
            {
                return Fail(ref reader, string.Create(CultureInfo.InvariantCulture, $"The document nests objects and arrays deeper than the limit of {_maxDepth} levels."));
            }

            return info.Kind switch
            {
                JsonTypeInfoKind.Object => Object(ref reader, info),
                JsonTypeInfoKind.Enumerable => Array(ref reader, info),
                _ => Scalar(ref reader, info),
            };
        }

        private bool Object(ref Utf8JsonReader reader, JsonTypeInfo info)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Fail(ref reader, $"Expected an object, found {Found(ref reader)}.");
            }

            int start = (int)reader.TokenStartIndex;
            var members = info.Properties;
            var seen = new bool[members.Count];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!IsText(ref reader))
                {
                    return false;
                }

                string name = reader.GetString()!;
                int index = IndexOf(members, name);
                Path.Push(name);
                if (index < 0)
                {
                    return Fail(ref reader, $"Unknown member {DisplayText.Quote(name)}; the members here are {Names(members)}.");
                }

                if (seen[index])
                {
                    return Fail(ref reader, $"Member {DisplayText.Quote(name)} appears twice.");
                }

                seen[index] = true;
                reader.Read();
                if (!Value(ref reader, members[index].PropertyType, members[index].IsSetNullable))
                {
                    return false;
                }

                Path.Pop();
            }

            var missing = new List<string>();
            for (int i = 0; i < members.Count; i++)
            {
                if (members[i].IsRequired && !seen[i])
                {
                    missing.Add(members[i].Name);
                }
            }

            if (missing.Count > 0)
            {
                Offset = start;
                Message = $"Missing required member{(missing.Count == 1 ? string.Empty : "s")} {JsonNames.Quoted(missing)}.";
                return false;
            }

            return true;
        }

        private bool Array(ref Utf8JsonReader reader, JsonTypeInfo info)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return Fail(ref reader, $"Expected an array, found {Found(ref reader)}.");
            }

            int index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Path.Push(index++);
                if (!Value(ref reader, info.ElementType!, nullable: false))
                {
                    return false;
                }

                Path.Pop();
            }

            return true;
        }

        private bool Scalar(ref Utf8JsonReader reader, JsonTypeInfo info)
        {
            var type = info.Type;
            bool ok = reader.TokenType switch
            {
                JsonTokenType.Number when type == typeof(int) => WholeNumberConverter.TryRead(ref reader, out _),
                JsonTokenType.Number when type == typeof(decimal) => reader.TryGetDecimal(out _),
                JsonTokenType.True or JsonTokenType.False => type == typeof(bool),
                JsonTokenType.String when type == typeof(string) => true,
                JsonTokenType.String when info.Converter is IEnumNames names => names.IsName(reader.GetString()!),
                JsonTokenType.String when info.Converter is IScalarText text => text.IsValid(reader.GetString()!),
                _ => false,
            };
            return ok || Fail(ref reader, $"Expected {Expected(info)}, found {Found(ref reader)}.");
        }

        // <summary>Whether the string or name the reader is on unescapes to text; JSON lets <c>\ud800</c> alone through, .NET does not.</summary>
        private bool IsText(ref Utf8JsonReader reader)
        {
            try
            {
                reader.GetString();
                return true;
            }
            catch (InvalidOperationException)
            {
                return Fail(ref reader, "The string holds an escaped lone surrogate (such as \\ud800), which is not a character.");
            }
        }

        private bool Fail(ref Utf8JsonReader reader, string message)
        {
            Offset = (int)reader.TokenStartIndex;
            Message = message;
            return false;
        }

        private static string Expected(JsonTypeInfo info) => info.Kind switch
        {
            JsonTypeInfoKind.Object => "an object",
            JsonTypeInfoKind.Enumerable => "an array",
            _ when info.Type == typeof(int) => "a whole number from -2147483648 to 2147483647",
            _ when info.Type == typeof(decimal) => "a number",
            _ when info.Type == typeof(bool) => "true or false",
            _ when info.Converter is IEnumNames names => $"{JsonNames.Article(names.What)} {names.What} (one of {names.Expected})",
            _ when info.Converter is IScalarText text => text.Expected,
            _ => "a string",
        };

        private static string Found(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => $"the string {DisplayText.Quote(reader.GetString()!)}",
            JsonTokenType.Number => $"the number {DisplayText.Shown(System.Text.Encoding.UTF8.GetString(reader.ValueSpan))}",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => "null",
        };

        private static int IndexOf(IList<JsonPropertyInfo> members, string name)
        {
            for (int i = 0; i < members.Count; i++)
            {
                if (members[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Names(IList<JsonPropertyInfo> members)
        {
            var names = new string[members.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = members[i].Name;
            }

            return string.Join(", ", names);
        }
    }
}

// <summary>What the diagnosis needs to know about a scalar written as text in a fixed form, such as a date.</summary>
internal interface IScalarText
{
    // <summary>Gets what is expected, for messages, such as <c>a date written yyyy-MM-dd</c>.</summary>
    string Expected { get; }

    bool IsValid(string text);
}
