using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KneeStrength.Serialization;

// <summary>
// Reads a whole number as JSON Schema's <c>integer</c> means it: any number with no fractional part, however it is
// written (<c>100</c>, <c>100.0</c>, <c>1e2</c>), so the reader and the schemas agree on every document. Writes plain
// digits.
// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader, out int value) ? value : throw new JsonException("Expected a whole number.");

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    // <summary>
    // Whether the number token the reader is on is a whole number in the range of an <see cref="int"/>. The value is
    // taken as a double, as JavaScript and so the schema validator take it.
    // </summary>
    internal static bool TryRead(ref Utf8JsonReader reader, out int value)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            value = 0;
            return false;
        }

        if (reader.TryGetInt32(out value))
        {
            return true;
        }

        if (reader.TryGetDouble(out double number) && double.IsFinite(number) && number == Math.Floor(number) &&
            number is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)number;
            return true;
        }

        value = 0;
        return false;
    }
}
