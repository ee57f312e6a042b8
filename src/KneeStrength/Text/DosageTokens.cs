using System;
using System.Collections.Generic;

namespace KneeStrength.Text;

// <summary>What a <see cref="DosageToken"/> is.</summary>
internal enum DosageTokenKind
{
    // <summary>A whole number, or a range of two (<c>8-12</c>, <c>8 to 12</c>).</summary>
    Number,

    // <summary>A clock time <c>m:ss</c>, held in seconds.</summary>
    Clock,

    // <summary>A run of letters, lower-cased; <c>×</c> reads as the word <c>x</c>.</summary>
    Word,

    // <summary>One of <c>, ( ) /</c>.</summary>
    Symbol,

    // <summary>The end of the text.</summary>
    End,
}

// <summary>One token of a dosage text, with where it starts.</summary>
internal readonly record struct DosageToken(DosageTokenKind Kind, int Start, int Low, int High, string Text)
{
    internal bool IsRange => Kind == DosageTokenKind.Number && High != Low;

    internal bool Is(string word) => Kind == DosageTokenKind.Word && Text == word;

    internal bool IsSymbol(char symbol) => Kind == DosageTokenKind.Symbol && Text[0] == symbol;

    // <summary>
    // Splits a dosage text into tokens, or returns the position of the first character no token starts with (and
    // of a number too long to read).
    // </summary>
    internal static List<DosageToken>? Split(string text, out int errorAt)
    {
        var tokens = new List<DosageToken>();
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                tokens.Add(new DosageToken(DosageTokenKind.End, i, 0, 0, string.Empty));
                errorAt = -1;
                return tokens;
            }

            int start = i;
            char c = text[i];
            if (IsDigit(c))
            {
                if (!TryNumber(text, ref i, out int low))
                {
                    errorAt = start;
                    return null;
                }

                if (i + 2 < text.Length && text[i] == ':' && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
                    (i + 3 == text.Length || !IsDigit(text[i + 3])))
                {
                    int seconds = ((text[i + 1] - '0') * 10) + (text[i + 2] - '0');
                    if (seconds > 59 || low > 99)
                    {
                        errorAt = start;
                        return null;
                    }

                    i += 3;
                    tokens.Add(new DosageToken(DosageTokenKind.Clock, start, (low * 60) + seconds, (low * 60) + seconds, text[start..i]));
                    continue;
                }

                int high = low;
                int afterLow = i;
                int j = SkipSpace(text, i);
                int dashEnd = -1;
                if (j < text.Length && text[j] is '-' or '–' or '—')
                {
                    dashEnd = j + 1;
                }
                else if (j + 2 < text.Length && string.Compare(text, j, "to", 0, 2, StringComparison.OrdinalIgnoreCase) == 0 && !char.IsLetter(text[j + 2]))
                {
                    dashEnd = j + 2;
                }

                if (dashEnd > 0)
                {
                    int k = SkipSpace(text, dashEnd);
                    if (k < text.Length && IsDigit(text[k]))
                    {
                        if (!TryNumber(text, ref k, out high))
                        {
                            errorAt = SkipSpace(text, dashEnd);
                            return null;
                        }

                        i = k;
                    }
                    else
                    {
                        i = afterLow;
                    }
                }

                tokens.Add(new DosageToken(DosageTokenKind.Number, start, low, high, text[start..i]));
                continue;
            }

            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new DosageToken(DosageTokenKind.Word, start, 0, 0, text[start..i].ToLowerInvariant()));
                continue;
            }

            if (c is '×')
            {
                i++;
                tokens.Add(new DosageToken(DosageTokenKind.Word, start, 0, 0, "x"));
                continue;
            }

            if (c is ',' or '(' or ')' or '/')
            {
                i++;
                tokens.Add(new DosageToken(DosageTokenKind.Symbol, start, 0, 0, c.ToString()));
                continue;
            }

            errorAt = start;
            return null;
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // <summary>Reads up to six digits; more is more than any dosage holds, and an error.</summary>
    private static bool TryNumber(string text, ref int i, out int value)
    {
        value = 0;
        int start = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            if (i - start == 6)
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return true;
    }
}
