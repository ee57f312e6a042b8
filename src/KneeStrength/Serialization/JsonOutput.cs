using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KneeStrength.Serialization;

// <summary>
// How every document is written, in one place: indented by two spaces, lines ending in <c>\n</c> on every platform,
// non-ASCII text as UTF-8 rather than escapes, and a final line feed.
// </summary>
// <remarks>
// The writer's own options decide the layout, so the serializer's source-generated fast path is used unchanged.
// Characters that must be escaped in JSON (quotes, backslashes, control characters) still are; so are characters
// outside the Basic Multilingual Plane, as surrogate pairs.
// </remarks>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Documents are data files, never embedded in HTML: keep apostrophes and accents readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // <summary>The document on one line with no line feed, for JSON Lines: a line feed inside a string is escaped.</summary>
    internal static string ToLine<TDoc>(TDoc document, JsonTypeInfo<TDoc> typeInfo)
    {
        using var buffer = new PooledBuffer(1024);
        using (var writer = new Utf8JsonWriter(buffer, LineOptions))
        {
            JsonSerializer.Serialize(writer, document, typeInfo);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // <summary>A document written member by member, laid out like the others.</summary>
    internal static string ToText<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var buffer = new PooledBuffer(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, value);
        }

        buffer.Write("\n"u8);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static string ToText<TDoc>(TDoc document, JsonTypeInfo<TDoc> typeInfo)
    {
        using var buffer = new PooledBuffer(16 * 1024);
        Write(buffer, document, typeInfo);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static void ToStream<TDoc>(Stream utf8Json, TDoc document, JsonTypeInfo<TDoc> typeInfo)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        JsonSerializer.Serialize(writer, document, typeInfo);
        writer.Flush();
        utf8Json.Write("\n"u8);
    }

    internal static void ToFile<TDoc>(string path, TDoc document, JsonTypeInfo<TDoc> typeInfo)
    {
        Preconditions.CheckNotNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        ToStream(stream, document, typeInfo);
    }

    private static void Write<TDoc>(IBufferWriter<byte> buffer, TDoc document, JsonTypeInfo<TDoc> typeInfo)
    {
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, document, typeInfo);
        }

        buffer.Write("\n"u8);
    }
}
