using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace KneeStrength.Text;

/// <summary>
/// The rules for text that people read on a screen: what a display text (a name, a cue, a reason) may hold, and how
/// text from outside (an id, a path, an option value) is shown inside a message.
/// </summary>
/// <remarks>
/// <para>A display text holds no control characters (C0, DEL or C1), no bidirectional embeddings, overrides, isolates
/// or marks (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), no line or paragraph separators (U+2028,
/// U+2029), no noncharacters (U+FDD0 to U+FDEF, and U+FFFE and U+FFFF of every plane) and no lone surrogates, and it
/// has at least one visible character: not only white space, invisible format characters such as the zero-width space
/// or the byte-order mark, and characters that draw nothing (the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the
/// blank Braille pattern U+2800). Printed in a terminal, such characters clear the
/// screen, colour the output, or make one line look like another.</para>
/// <para><see cref="Quote(string)"/> shows any text safely on one line: each character a display text may not hold is
/// written as a visible escape (<c>\n</c>, <c>\u001B</c>), a backslash as <c>\\</c>, and long text is clipped.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class DisplayText
{
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>The longest outside text a message shows whole; longer text shows its first 37 characters and <c>...</c>.</summary>
    public const int QuoteLength = 40;

    /// <summary>Checks a display text against the rules above.</summary>
    /// <param name="text">The text.</param>
    /// <returns>What is wrong, as a phrase such as <c>holds a control character (U+001B) at position 3</c>, or null when nothing is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string? FindProblem(string text)
    {
        Preconditions.CheckNotNull(text);

        // Printable ASCII, by far the most common, is skipped in bulk; the rest is looked at one character at a time.
        var span = text.AsSpan();
        int start = span.IndexOfAnyExcept(PrintableAscii);
        if (start < 0)
        {
            return span.ContainsAnyExcept(' ') ? null : "has no visible character";
        }

        bool visible = span[..start].ContainsAnyExcept(' ');
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c is > ' ' and < '\u007F')
            {
                visible = true;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    // The last two code points of every plane are noncharacters too.
                    int codePoint = char.ConvertToUtf32(c, text[i + 1]);
                    if ((codePoint & 0xFFFE) == 0xFFFE)
                    {
                        return Invariant($"holds a noncharacter (U+{codePoint:X}) at position {i}");
                    }

                    // Outside the BMP too, format characters (such as the tag characters) are invisible.
                    visible |= CharUnicodeInfo.GetUnicodeCategory(text, i) != UnicodeCategory.Format;
                    i++;
                    continue;
                }

                return Invariant($"holds a lone surrogate (U+{(int)c:X4}) at position {i}");
            }

            if (Kind(c) is { } kind)
            {
                return Invariant($"holds {kind} (U+{(int)c:X4}) at position {i}");
            }

            visible |= !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format && !IsBlankLetter(c);
        }

        return visible ? null : "has no visible character";
    }

    /// <summary>
    /// Quotes outside text for a message: <c>'text'</c>, with every character a display text may not hold escaped
    /// visibly, backslashes doubled, and text longer than <see cref="QuoteLength"/> characters clipped with <c>...</c>.
    /// The result is one line with no control characters.
    /// </summary>
    /// <param name="text">The text; null is shown as <c>null</c>.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(string? text) => Quote(text, QuoteLength);

    /// <summary>Quotes outside text for a message as <see cref="Quote(string)"/> does, clipping it past <paramref name="maxLength"/> characters.</summary>
    /// <param name="text">The text; null is shown as <c>null</c>.</param>
    /// <param name="maxLength">The most characters shown whole: 4 or more. A longer text shows its first <c>maxLength - 3</c> and <c>...</c>.</param>
    /// <returns>The quoted text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 4.</exception>
    public static string Quote(string? text, int maxLength)
    {
        Preconditions.CheckArgumentRange(maxLength, 4, int.MaxValue);
        if (text is null)
        {
            return "null";
        }

        return "'" + Shown(text, maxLength) + "'";
    }

    // <summary>Outside text as <see cref="Quote(string)"/> shows it, without the quotes: escaped and clipped.</summary>
    internal static string Shown(string text, int maxLength = QuoteLength)
    {
        var shown = new StringBuilder(Math.Min(text.Length, maxLength) + 6);
        Escape(shown, text, escapeBackslash: true, Preconditions.CharacterCount(text) <= maxLength ? int.MaxValue : maxLength - 3);
        return shown.ToString();
    }

    /// <summary>
    /// Makes text safe to print as one line: each character a display text may not hold becomes a visible escape
    /// (<c>\n</c>, <c>\u001B</c>); everything else, backslashes included, stays as it is.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with its control, bidirectional and separator characters escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string EscapeControls(string text)
    {
        Preconditions.CheckNotNull(text);
        var escaped = new StringBuilder(text.Length);
        Escape(escaped, text, escapeBackslash: false, int.MaxValue);
        return escaped.ToString();
    }

    // Appends text with forbidden characters escaped; after `limit` characters, appends "..." and stops.
    private static void Escape(StringBuilder output, string text, bool escapeBackslash, int limit)
    {
        int shown = 0;
        for (int i = 0; i < text.Length; i++, shown++)
        {
            if (shown == limit)
            {
                output.Append("...");
                return;
            }

            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '\\' when escapeBackslash:
                    output.Append(@"\\");
                    continue;
                case '\n':
                    output.Append(@"\n");
                    continue;
                case '\r':
                    output.Append(@"\r");
                    continue;
                case '\t':
                    output.Append(@"\t");
                    continue;
            }

            if (char.IsSurrogate(c) || Kind(c) is not null)
            {
                output.Append(Invariant($@"\u{(int)c:X4}"));
            }
            else
            {
                output.Append(c);
            }
        }
    }

    // What kind of forbidden character c is, or null when a display text may hold it.
    private static string? Kind(char c) => c switch
    {
        < ' ' or '\u007F' => "a control character",
        >= '\u0080' and <= '\u009F' => "a control character",
        '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => "a bidirectional control character",
        '\u2028' or '\u2029' => "a line or paragraph separator",
        (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF' => "a noncharacter",
        _ => null,
    };

    // Letters and symbols that draw nothing: the Hangul fillers, the blank Braille pattern. Allowed beside visible
    // text, but a text of only these looks empty.
    private static bool IsBlankLetter(char c) => c is '\u115F' or '\u1160' or '\u2800' or '\u3164' or '\uFFA0';

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
