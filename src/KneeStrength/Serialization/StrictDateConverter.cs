using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Serialization;

// <summary>Reads and writes a date as <c>yyyy-MM-dd</c> and nothing else: no times, offsets or other layouts.</summary>
internal sealed class StrictDateConverter : JsonConverter<DateOnly>, IScalarText
{
    public string Expected => "a date written " + DateText.Pattern;

    public bool IsValid(string text) => TryParse(text, out _);

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryParse(reader.GetString()!, out var date)
            ? date
            : throw new JsonException($"Expected {Expected}.");

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DateText.Format(value));

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateText.Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
