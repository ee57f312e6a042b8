using System;
using KneeStrength.Text;

namespace KneeStrength.Cli;

/// <summary>Small text helpers for messages built from the library's sentences.</summary>
internal static class Sentence
{
    /// <summary>
    /// Lower-cases the first letter so that a message can follow <c>--option: </c>; leaves a word in capitals such
    /// as <c>IT</c> alone.
    /// </summary>
    public static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1))
            : text;

    /// <summary>
    /// The message of an <see cref="ArgumentException"/> without the " (Parameter 'x')" and "Actual value was"
    /// parts .NET adds: the library's own sentence.
    /// </summary>
    public static string LibraryMessage(ArgumentException exception)
    {
        string message = exception.Message;
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            message = message[..newline].TrimEnd('\r');
        }

        string suffix = $" (Parameter '{exception.ParamName}')";
        return exception.ParamName is not null && message.EndsWith(suffix, StringComparison.Ordinal)
            ? message[..^suffix.Length]
            : message;
    }

    /// <summary>Quotes a file path the user gave for a message: escaped like any outside text, clipped only when very long.</summary>
    public static string QuotePath(string path) => DisplayText.Quote(path, 240);
}
