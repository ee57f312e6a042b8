using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Text;

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
            terminal.Error.WriteLine(DisplayText.EscapeControls(e.Message));
            return UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Files the user names are read and written inside the commands, which report their problems as usage
            // errors; what is left is the output itself: standard output closed, full, or gone.
            terminal.Error.WriteLine(OutputFailed(e));
            return Failed;
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
            await terminal.Error.WriteLineAsync(DisplayText.EscapeControls(e.Message)).ConfigureAwait(false);
            return UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await terminal.Error.WriteLineAsync(OutputFailed(e)).ConfigureAwait(false);
            return Failed;
        }
#pragma warning disable CA1031 // The sample promises one line and no stack trace, whatever went wrong.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await terminal.Error.WriteLineAsync(Unexpected(e)).ConfigureAwait(false);
            return Failed;
        }
    }

    // Every error line goes through DisplayText.EscapeControls: the sample's own messages already quote outside text,
    // but System.CommandLine's and an unexpected exception's may hold it raw.

    /// <summary>An exception the user did not cause, as one line: its message's first line, made safe to print.</summary>
    public static string Unexpected(Exception exception) => DisplayText.EscapeControls($"knee: unexpected error: {FirstLine(exception.Message)}");

    /// <summary>The output could not be written, as one line.</summary>
    public static string OutputFailed(Exception exception) =>
        DisplayText.EscapeControls($"knee: cannot write the output (standard output closed or full?): {FirstLine(exception.Message)}");

    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
