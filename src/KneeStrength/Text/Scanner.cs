using System;

namespace KneeStrength.Text;

// <summary>A forward-only reader over short texts, shared by the text patterns.</summary>
internal sealed class Scanner(string text)
{
    private readonly string _text = text;

    internal int Position { get; private set; }

    internal bool AtEnd => Position >= _text.Length;

    internal string Rest => _text[Position..];

    // <summary>Skips white space; always true, so it can sit inside a chain of conditions.</summary>
    internal bool SkipSpace()
    {
        while (Position < _text.Length && char.IsWhiteSpace(_text[Position]))
        {
            Position++;
        }

        return true;
    }

    internal bool TryChar(char c)
    {
        if (Position < _text.Length && _text[Position] == c)
        {
            Position++;
            return true;
        }

        return false;
    }

    // <summary>Reads <paramref name="word"/>, ignoring case, when it is not followed by another letter.</summary>
    internal bool TryWord(string word)
    {
        if (!PeekWord(word))
        {
            return false;
        }

        Position += word.Length;
        return true;
    }

    internal bool PeekWord(string word)
    {
        int end = Position + word.Length;
        return end <= _text.Length &&
            string.Compare(_text, Position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
            (end == _text.Length || !char.IsLetter(_text[end]));
    }

    // <summary>Reads a non-negative decimal integer of up to nine digits.</summary>
    internal bool TryReadInt(out int value)
    {
        value = 0;
        int start = Position;
        while (Position < _text.Length && _text[Position] is >= '0' and <= '9')
        {
            if (Position - start == 9)
            {
                Position = start;
                return false;
            }

            value = (value * 10) + (_text[Position] - '0');
            Position++;
        }

        return Position > start;
    }
}
