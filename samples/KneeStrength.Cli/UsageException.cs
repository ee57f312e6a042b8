using System;

namespace KneeStrength.Cli;

/// <summary>
/// A problem with what the user asked for: a bad option value, a missing file, a budget too short. The message is
/// the one line printed on standard error, already naming where the problem is; the process exits with code 2.
/// </summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem with an option's value: <c>--minutes: ...</c>.</summary>
    public static UsageException ForOption(string option, string problem) => new($"{option}: {Sentence.LowerFirst(problem)}");
}
