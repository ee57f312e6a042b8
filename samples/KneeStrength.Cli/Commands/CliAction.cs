using System;
using System.Threading;
using System.Threading.Tasks;

namespace KneeStrength.Cli.Commands;

/// <summary>Runs a command's body and turns its problems into the sample's exit codes and one-line messages.</summary>
internal static class CliAction
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Something went wrong that the user did not cause; the message says what.</summary>
    public const int Failed = 1;

    /// <summary>The command line, a file or a value was wrong; the message names it and where.</summary>
    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT), as shells expect.</summary>
    public const int Interrupted = 130;

    public static int Run(Terminal terminal, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            terminal.Error.WriteLine(Sentence.OneLine(e.Message));
            return UsageError;
        }
#pragma warning disable CA1031 // The sample promises one line and no stack trace, whatever went wrong.
        catch (Exception e)
#pragma warning restore CA1031
        {
            terminal.Error.WriteLine(Unexpected(e));
            return Failed;
        }
    }

    public static async Task<int> RunAsync(Terminal terminal, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await terminal.Error.WriteLineAsync(Sentence.OneLine(e.Message)).ConfigureAwait(false);
            return UsageError;
        }
#pragma warning disable CA1031 // The sample promises one line and no stack trace, whatever went wrong.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await terminal.Error.WriteLineAsync(Unexpected(e)).ConfigureAwait(false);
            return Failed;
        }
    }

    /// <summary>An exception the user did not cause, as one line: its message's first line, made safe to print.</summary>
    public static string Unexpected(Exception exception)
    {
        string message = exception.Message;
        int newline = message.IndexOfAny(['\r', '\n']);
        return Sentence.OneLine($"knee: unexpected error: {(newline < 0 ? message : message[..newline])}");
    }
}
