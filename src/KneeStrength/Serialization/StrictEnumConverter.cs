using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KneeStrength.Serialization;

// <summary>What the strict reader's diagnosis needs to know about an enum's names, whatever the enum.</summary>
internal interface IEnumNames
{
    // <summary>Gets the names, such as <c>getReady, setup, work</c>, for messages.</summary>
    string Expected { get; }

    // <summary>Gets what one value is called in messages, such as <c>step kind</c>.</summary>
    string What { get; }

    bool IsName(string name);
}

// <summary>
// Reads and writes an enum as its camelCase name, and nothing else: no integers, no other casing, no
// comma-separated flags (which <see cref="JsonStringEnumConverter{TEnum}"/> accepts).
// </summary>
internal sealed class StrictEnumConverter<T> : JsonConverter<T>, IEnumNames
    where T : struct, Enum
{
    private readonly T[] _values = Enum.GetValues<T>();
    private readonly JsonEncodedText[] _names;

    public StrictEnumConverter()
    {
        string[] names = Enum.GetNames<T>();
        _names = new JsonEncodedText[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            _names[i] = JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(names[i]));
        }

        Expected = string.Join(", ", Array.ConvertAll(_names, n => n.Value));
        What = JsonNames.Words(typeof(T).Name);
    }

    public string Expected { get; }

    public string What { get; }

    public bool IsName(string name) => Array.FindIndex(_names, n => n.Value == name) >= 0;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            int index = IndexOf(reader.ValueSpan);
            if (index >= 0)
            {
                return _values[index];
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            // Escaped names ("w\u006Frk") are rare; unescape them rather than refuse them.
            string text = reader.GetString()!;
            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i].Value == text)
                {
                    return _values[i];
                }
            }
        }

        // The reader's diagnosis words the message; this one only stops the read.
        throw new JsonException($"Expected a {What}: one of {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        int index = Array.IndexOf(_values, value);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Unknown {What}.");
        }

        writer.WriteStringValue(_names[index]);
    }

    private int IndexOf(ReadOnlySpan<byte> utf8)
    {
        for (int i = 0; i < _names.Length; i++)
        {
            if (utf8.SequenceEqual(_names[i].EncodedUtf8Bytes))
            {
                return i;
            }
        }

        return -1;
    }
}
