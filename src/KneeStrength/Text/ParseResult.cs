using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KneeStrength.Text;

/// <summary>
/// The outcome of parsing text: the value, or a message that says what was wrong and where.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error, int position)
    {
        _value = value;
        Error = error;
        Position = position;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Gets what was wrong, or <see langword="null"/> when parsing succeeded.</summary>
    public string? Error { get; }

    /// <summary>Gets the zero-based character position the error refers to, or -1 when parsing succeeded.</summary>
    public int Position { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="FormatException">Parsing failed; the message says what was wrong and where.</exception>
    public T Value => Success ? _value! : throw new FormatException(Message);

    /// <summary>Gets the parsed value when parsing succeeded.</summary>
    /// <param name="value">The value, or <c>default</c> when parsing failed.</param>
    /// <returns><see langword="true"/> when parsing succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>Gets the full error text, naming the position; <see langword="null"/> when parsing succeeded.</summary>
    public string? Message => Success
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{Error} (at character {Position + 1})");

    /// <summary>Returns the value's text or the error message.</summary>
    public override string ToString() => Success ? _value?.ToString() ?? string.Empty : Message!;

    internal static ParseResult<T> ForValue(T value) => new(value, null, -1);

    internal static ParseResult<T> ForError(string error, int position) => new(default, error, Math.Max(0, position));
}
