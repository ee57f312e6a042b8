using System;
using System.Text;

namespace KneeStrength.Serialization;

// <summary>Turns places in UTF-8 JSON into the 1-based line and column a person finds them at.</summary>
// <remarks>Lines end at <c>\n</c> (so <c>\r\n</c> counts once); columns count UTF-16 code units, as editors do.</remarks>
internal static class TextPosition
{
    // <summary>The line and column of the byte at <paramref name="offset"/>.</summary>
    internal static (int Line, int Column) OfOffset(ReadOnlySpan<byte> json, int offset)
    {
        offset = Math.Clamp(offset, 0, json.Length);
        var before = json[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(json[lineStart..offset]) + 1);
    }

    // <summary>The line and column of a zero-based line and byte position in that line, as <c>JsonException</c> gives them.</summary>
    internal static (int Line, int Column) OfLineAndByte(ReadOnlySpan<byte> json, long lineNumber, long bytePositionInLine)
    {
        int lineStart = 0;
        for (long line = 0; line < lineNumber; line++)
        {
            int next = json[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        return OfOffset(json, (int)Math.Min(lineStart + Math.Max(0, bytePositionInLine), json.Length));
    }

    // <summary>The line and column of the character at <paramref name="index"/> of a string.</summary>
    internal static (int Line, int Column) OfIndex(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var before = text.AsSpan(0, index);
        return (before.Count('\n') + 1, index - before.LastIndexOf('\n'));
    }
}
