using System;
using System.Buffers;
using System.Text;

namespace KneeStrength.Export.Calendar;

// <summary>
// Writes RFC 5545 content lines as UTF-8: CRLF after every line, lines folded so that no physical line exceeds 75
// octets (the folding space counts), never inside a UTF-8 sequence or an escape pair, and TEXT values escaped.
// </summary>
internal sealed class ContentLineWriter
{
    // <summary>The longest physical line, in octets, not counting its CRLF (RFC 5545 §3.1).</summary>
    internal const int MaxLineOctets = 75;

    // Printable ASCII other than the characters TEXT escapes, and the tab TEXT allows: written as they are.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        "\t !\"#$%&'()*+-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly PooledBuffer _buffer;
    private int _lineOctets;

    public ContentLineWriter(PooledBuffer buffer) => _buffer = buffer;

    // <summary>Writes a whole line of ASCII text, such as <c>BEGIN:VEVENT</c>.</summary>
    public void Line(string ascii)
    {
        Ascii(ascii);
        End();
    }

    // <summary>Copies whole content lines, already folded and ended, that another writer made.</summary>
    public void Lines(ReadOnlySpan<byte> lines)
    {
        System.Diagnostics.Debug.Assert(_lineOctets == 0, "Lines start at the start of a line.");
        _buffer.Write(lines);
    }

    // <summary>Writes a property whose value is TEXT, escaped: <c>NAME:value</c>.</summary>
    public void TextLine(string name, string value)
    {
        Ascii(name);
        Ascii(":");
        Text(value);
        End();
    }

    // <summary>Writes ASCII characters as they are (names, parameters and values that need no escaping).</summary>
    public void Ascii(ReadOnlySpan<char> ascii)
    {
        while (!ascii.IsEmpty)
        {
            int room = MaxLineOctets - _lineOctets;
            if (room == 0)
            {
                Fold(1);
                room = MaxLineOctets - _lineOctets;
            }

            int count = Math.Min(room, ascii.Length);
            System.Text.Ascii.FromUtf16(ascii[..count], _buffer.GetSpan(count), out int written);
            _buffer.Advance(written);
            _lineOctets += count;
            ascii = ascii[count..];
        }
    }

    // <summary>Writes a non-negative number in decimal, with at least <paramref name="digits"/> digits.</summary>
    public void Number(long value, int digits = 1)
    {
        Span<byte> text = stackalloc byte[20];
        int start = text.Length;
        do
        {
            text[--start] = (byte)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0 || text.Length - start < digits);

        Unit(text[start..]);
    }

    // <summary>Writes a date as <c>yyyyMMdd</c>.</summary>
    public void Date(DateOnly date)
    {
        Number(date.Year, 4);
        Number(date.Month, 2);
        Number(date.Day, 2);
    }

    // <summary>Writes a date and time as <c>yyyyMMddTHHmmss</c>.</summary>
    public void DateTime(DateTime value)
    {
        Date(DateOnly.FromDateTime(value));
        Ascii("T");
        Number(value.Hour, 2);
        Number(value.Minute, 2);
        Number(value.Second, 2);
    }

    // <summary>
    // Writes an RFC 5545 duration (§3.3.6) of whole seconds, such as <c>P1D</c>, <c>PT29M8S</c> or <c>-PT15M</c>;
    // hours, minutes and seconds follow the grammar's order with no gap (<c>PT1H0M5S</c>).
    // </summary>
    public void Duration(long seconds)
    {
        if (seconds < 0)
        {
            Ascii("-");
            seconds = -seconds;
        }

        Ascii("P");
        long days = seconds / 86_400, h = seconds / 3600 % 24, m = seconds / 60 % 60, s = seconds % 60;
        if (days > 0)
        {
            Number(days);
            Ascii("D");
            if (h == 0 && m == 0 && s == 0)
            {
                return;
            }
        }

        Ascii("T");
        if (h > 0)
        {
            Number(h);
            Ascii("H");
            if (m == 0 && s == 0)
            {
                return;
            }
        }

        if (h > 0 || m > 0)
        {
            Number(m);
            Ascii("M");
            if (s == 0)
            {
                return;
            }
        }

        Number(s);
        Ascii("S");
    }

    // <summary>
    // Writes a TEXT value (§3.3.11): backslash, semicolon and comma escaped, each line break (CRLF, CR or LF) as
    // <c>\n</c>; other control characters, which TEXT may not hold, are left out, and a lone surrogate becomes U+FFFD.
    // </summary>
    public void Text(string value)
    {
        Span<byte> unit = stackalloc byte[4];
        for (int i = 0; i < value.Length; i++)
        {
            // A run of characters that are written as they are goes in one piece.
            int run = value.AsSpan(i).IndexOfAnyExcept(Plain);
            run = run < 0 ? value.Length - i : run;
            if (run > 0)
            {
                Ascii(value.AsSpan(i, run));
                i += run - 1;
                continue;
            }

            char c = value[i];
            switch (c)
            {
                case '\\':
                case ';':
                case ',':
                    unit[0] = (byte)'\\';
                    unit[1] = (byte)c;
                    Unit(unit[..2]);
                    continue;
                case '\r':
                case '\n':
                    if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    unit[0] = (byte)'\\';
                    unit[1] = (byte)'n';
                    Unit(unit[..2]);
                    continue;
            }

            if (c < 0x80)
            {
                // Other C0 controls and DEL: TEXT may not hold them.
                continue;
            }

            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                consumed = 1;
            }

            i += consumed - 1;
            if (rune.Value is >= 0x80 and <= 0x9F)
            {
                continue;
            }

            Unit(unit[..rune.EncodeToUtf8(unit)]);
        }
    }

    // <summary>Ends the content line with CRLF.</summary>
    public void End()
    {
        _buffer.Write((byte)'\r');
        _buffer.Write((byte)'\n');
        _lineOctets = 0;
    }


    // Writes octets that must stay on one physical line: a whole UTF-8 sequence or an escape pair.
    private void Unit(ReadOnlySpan<byte> octets)
    {
        Fold(octets.Length);
        _buffer.Write(octets);
        _lineOctets += octets.Length;
    }

    private void Fold(int next)
    {
        if (_lineOctets + next > MaxLineOctets)
        {
            _buffer.Write((byte)'\r');
            _buffer.Write((byte)'\n');
            _buffer.Write((byte)' ');
            _lineOctets = 1;
        }
    }
}
