using System;
using System.IO;
using KneeStrength.Text;

namespace KneeStrength.Cli;

/// <summary>
/// Where an export goes: a file, written whole or not at all, or standard output for <c>-</c>.
/// </summary>
internal static class OutputFile
{
    /// <summary>The file name that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>Checks an output option's value before any work is done, so a bad one costs nothing.</summary>
    /// <exception cref="UsageException">The value is empty, names a directory, or a folder that does not exist.</exception>
    public static void Check(string option, string path)
    {
        if (path.Length == 0)
        {
            throw UsageException.ForOption(option, "expected a file name, or '-' for standard output");
        }

        if (path == StandardOutput)
        {
            return;
        }

        if (Directory.Exists(path))
        {
            throw UsageException.ForOption(option, $"cannot write {Sentence.QuotePath(path)}: it is a directory");
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw UsageException.ForOption(option, $"cannot write {Sentence.QuotePath(path)}: there is no folder {Sentence.QuotePath(folder)}");
        }
    }

    /// <summary>
    /// Writes the bytes to the file (through a temporary file in the same folder, renamed over it once complete, so
    /// a reader never sees half a file and a failure leaves the old one), or to standard output for <c>-</c>.
    /// </summary>
    /// <returns>Whether the bytes went to a file (and not to standard output).</returns>
    /// <exception cref="UsageException">The file cannot be written; the message names the option and the path.</exception>
    public static bool Write(Terminal terminal, string option, string path, byte[] bytes)
    {
        Check(option, path);
        if (path == StandardOutput)
        {
            terminal.WriteBytes(bytes);
            return false;
        }

        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            throw UsageException.ForOption(option, $"cannot write {Sentence.QuotePath(path)}: permission denied");
        }
        catch (IOException e)
        {
            throw UsageException.ForOption(option, $"cannot write {Sentence.QuotePath(path)}: {Sentence.LowerFirst(e.Message)}");
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
