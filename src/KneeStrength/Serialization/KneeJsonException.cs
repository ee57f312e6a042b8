using System;
using System.Globalization;

namespace KneeStrength.Serialization;

/// <summary>
/// The one error <see cref="KneeJson"/> raises for a document it cannot read: what is wrong, and where.
/// </summary>
/// <remarks>
/// <para>Every problem with a document's content is reported this way, whatever its bytes: invalid JSON or UTF-8,
/// a document over the size or depth limit, an unsupported <c>formatVersion</c>, unknown, repeated or missing
/// members, a null or a value of the wrong type, a value outside the model's limits, an unknown id, and so on.</para>
/// <para><see cref="Path"/> names the member or element at fault in JSONPath form, such as
/// <c>$.items[3].dosage.reps</c>; <see cref="LineNumber"/> and <see cref="Column"/> say where it starts in the text.
/// The message says what is wrong in words a person understands, then where.</para>
/// </remarks>
public sealed class KneeJsonException : Exception
{
    /// <summary>Creates an exception for a problem at a place in a document.</summary>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="path">The JSONPath of the member or element at fault; <c>$</c> for the whole document.</param>
    /// <param name="lineNumber">The 1-based line the fault starts on.</param>
    /// <param name="column">The 1-based column, in UTF-16 code units, the fault starts at.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> or <paramref name="column"/> is less than 1.</exception>
    public KneeJsonException(string problem, string path, int lineNumber, int column)
        : base(Compose(problem, path, lineNumber, column))
    {
        Problem = problem;
        Path = path;
        LineNumber = lineNumber;
        Column = column;
    }

    /// <summary>Gets what is wrong, without the place: the start of <see cref="Exception.Message"/>.</summary>
    public string Problem { get; }

    /// <summary>Gets the JSONPath of the member or element at fault, such as <c>$.items[3].dosage.reps</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based line on which the fault starts.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the 1-based column at which the fault starts, counted in UTF-16 code units as editors do.</summary>
    public int Column { get; }

    private static string Compose(string problem, string path, int lineNumber, int column)
    {
        Preconditions.CheckNotNull(problem);
        Preconditions.CheckNotNull(path);
        Preconditions.CheckArgumentRange(lineNumber, 1, int.MaxValue);
        Preconditions.CheckArgumentRange(column, 1, int.MaxValue);
        return string.Create(CultureInfo.InvariantCulture, $"{problem} (at {path}, line {lineNumber}, column {column})");
    }
}
