using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace KneeStrength.Serialization;

// <summary>
// The read pipeline every document goes through: take the bytes within the size limit, check they are UTF-8,
// deserialize them with the strict source-generated metadata, then map the result to the model. Whatever goes
// wrong with the content becomes one <see cref="KneeJsonException"/>.
// </summary>
internal static class Reading
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static TModel FromString<TDoc, TModel>(string json, KneeJsonReaderOptions? options, Func<KneeJsonContext, JsonTypeInfo<TDoc>> typeInfo, Func<TDoc, ReadContext, TModel> map)
        where TDoc : class
    {
        Preconditions.CheckNotNull(json);
        options ??= KneeJsonReaderOptions.Default;
        return FromString(json, options.MaxBytes, typeInfo(options.Context), map);
    }

    internal static TModel FromStream<TDoc, TModel>(Stream utf8Json, KneeJsonReaderOptions? options, Func<KneeJsonContext, JsonTypeInfo<TDoc>> typeInfo, Func<TDoc, ReadContext, TModel> map)
        where TDoc : class
    {
        Preconditions.CheckNotNull(utf8Json);
        options ??= KneeJsonReaderOptions.Default;
        return FromStream(utf8Json, options.MaxBytes, typeInfo(options.Context), map);
    }

    internal static TModel FromUtf8<TDoc, TModel>(ReadOnlySpan<byte> utf8Json, KneeJsonReaderOptions? options, Func<KneeJsonContext, JsonTypeInfo<TDoc>> typeInfo, Func<TDoc, ReadContext, TModel> map)
        where TDoc : class
    {
        options ??= KneeJsonReaderOptions.Default;
        var json = utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;
        if (json.Length > options.MaxBytes)
        {
            throw TooLarge(options.MaxBytes);
        }

        if (!Utf8.IsValid(json))
        {
            throw NotUtf8(json);
        }

        // The mapper keeps the document to locate problems in, so it reads a copy it can hold.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(json.Length, 1));
        try
        {
            json.CopyTo(buffer);
            return Run(buffer.AsMemory(0, json.Length), typeInfo(options.Context), map);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static TModel FromFile<TDoc, TModel>(string path, KneeJsonReaderOptions? options, Func<KneeJsonContext, JsonTypeInfo<TDoc>> typeInfo, Func<TDoc, ReadContext, TModel> map)
        where TDoc : class
    {
        Preconditions.CheckNotNull(path);
        options ??= KneeJsonReaderOptions.Default;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return FromStream(stream, options.MaxBytes, typeInfo(options.Context), map);
    }

    // <summary>Reads a string; the type info decides the serializer (the benchmarks pass a reflection-based one).</summary>
    internal static TModel FromString<TDoc, TModel>(string json, int maxBytes, JsonTypeInfo<TDoc> typeInfo, Func<TDoc, ReadContext, TModel> map)
        where TDoc : class
    {
        // A byte-order mark is not part of the document.
        var text = json.AsSpan(json.StartsWith('\uFEFF') ? 1 : 0);
        int length;
        try
        {
            length = text.Length > maxBytes ? -1 : StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException e)
        {
            var (line, column) = TextPosition.OfIndex(json, e.Index + (json.Length - text.Length));
            throw new KneeJsonException(
                string.Create(CultureInfo.InvariantCulture, $"The text holds a lone surrogate (U+{(int)(e.CharUnknown != '\0' ? e.CharUnknown : e.CharUnknownHigh):X4}), which is not a character."),
                "$",
                line,
                column);
        }

        if (length < 0 || length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            int written = StrictUtf8.GetBytes(text, buffer);
            return Run(buffer.AsMemory(0, written), typeInfo, map);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static TModel FromStream<TDoc, TModel>(Stream utf8Json, int maxBytes, JsonTypeInfo<TDoc> typeInfo, Func<TDoc, ReadContext, TModel> map)
        where TDoc : class
    {
        // Up to three bytes of byte-order mark, the limit, and one byte more to tell "at the limit" from "over it".
        int limit = maxBytes + 4;
        long remaining = utf8Json.CanSeek ? utf8Json.Length - utf8Json.Position : -1;
        if (remaining >= limit)
        {
            throw TooLarge(maxBytes);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(remaining >= 0 ? (int)remaining + 1 : Math.Min(16 * 1024, limit));
        try
        {
            int length = 0;
            while (true)
            {
                int capacity = Math.Min(buffer.Length, limit);
                if (length == capacity)
                {
                    if (capacity == limit)
                    {
                        break;
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limit));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                    capacity = Math.Min(buffer.Length, limit);
                }

                int read = utf8Json.Read(buffer, length, capacity - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            int start = buffer.AsSpan(0, length).StartsWith("\uFEFF"u8) ? 3 : 0;
            if (length - start > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            var json = buffer.AsMemory(start, length - start);
            if (!Utf8.IsValid(json.Span))
            {
                throw NotUtf8(json.Span);
            }

            return Run(json, typeInfo, map);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // <summary>Deserializes and maps UTF-8 that is within the limit and valid.</summary>
    internal static TModel Run<TDoc, TModel>(ReadOnlyMemory<byte> json, JsonTypeInfo<TDoc> typeInfo, Func<TDoc, ReadContext, TModel> map)
        where TDoc : class
    {
        TDoc? document;
        try
        {
            document = JsonSerializer.Deserialize(json.Span, typeInfo);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            throw Diagnosis.Explain(json.Span, typeInfo, e);
        }

        var context = new ReadContext(json, typeInfo);
        if (document is null)
        {
            throw context.Shape();
        }

        try
        {
            return map(document, context);
        }
        catch (ArgumentException e)
        {
            // A model check the mapper did not word itself: report it at the element being mapped.
            throw context.Fail(ReadContext.ModelMessage(e));
        }
    }

    private static KneeJsonException TooLarge(int maxBytes) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {maxBytes} bytes."), "$", 1, 1);

    private static KneeJsonException NotUtf8(ReadOnlySpan<byte> json)
    {
        int offset = 0;
        while (offset < json.Length && Rune.DecodeFromUtf8(json[offset..], out _, out int consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        var (line, column) = TextPosition.OfOffset(json, offset);
        return new KneeJsonException(
            string.Create(CultureInfo.InvariantCulture, $"The document is not valid UTF-8: byte 0x{json[offset]:X2} does not start or continue a character here."),
            "$",
            line,
            column);
    }
}
