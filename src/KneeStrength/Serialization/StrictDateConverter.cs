using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KneeStrength.Serialization;

/// <summary>Reads and writes a date as <c>yyyy-MM-dd</c> and nothing else: no times, offsets or other layouts.</summary>
internal sealed class StrictDateConverter : JsonConverter<DateOnly>, IScalarText
{
    private const string Format = "yyyy-MM-dd";

    public string Expected => "a date written yyyy-MM-dd";

    public bool IsValid(string text) => TryParse(text, out _);

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryParse(reader.GetString()!, out var date)
            ? date
            : throw new JsonException($"Expected {Expected}.");

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
