using System;
using System.Globalization;
using System.IO;
using KneeStrength.Serialization;
using KneeStrength.Text;
using KneeStrength.Tracking;

namespace KneeStrength.Cli;

/// <summary>
/// A person's journal as a JSON Lines file: one session log a line, appended, never rewritten. A later line for a
/// day replaces an earlier one, which is how a next-morning score or a run is added.
/// </summary>
/// <remarks>
/// <para>Writes lose nothing: each is one line, written under a lock file (so two <c>knee log</c> at once take
/// turns) and flushed to disk before the lock is let go. A last line without its line feed was cut off mid-write
/// (a power cut): reading reports it by number and skips it, and the next write drops it. A bad line anywhere else
/// is an error naming the line.</para>
/// </remarks>
internal sealed class JournalFile
{
    private JournalFile(string path, string option)
    {
        Path = path;
        Option = option;
    }

    /// <summary>Gets the file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the option that named it, for messages: <c>--journal</c>.</summary>
    public string Option { get; }

    /// <summary>
    /// The journal named by <c>--journal</c>, or the default one in the user's data folder: <c>$XDG_DATA_HOME/knee</c>
    /// (else <c>~/.local/share/knee</c>) on Linux, the local application data folder elsewhere.
    /// </summary>
    public static JournalFile Resolve(string? path)
    {
        if (path is not null)
        {
            if (path.Length == 0 || Directory.Exists(path))
            {
                throw UsageException.ForOption("--journal", path.Length == 0 ? "expected a file name" : $"{Sentence.QuotePath(path)} is a directory");
            }

            return new JournalFile(path, "--journal");
        }

        string? data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(data) || !System.IO.Path.IsPathRooted(data))
        {
            data = OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD()
                ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
                : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        }

        return new JournalFile(System.IO.Path.Combine(data, "knee", "journal.jsonl"), "--journal");
    }

    /// <summary>Gets the folder the journal is in, where the enrolment and the calendar revision are kept too.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";

    /// <summary>Reads the journal (<see cref="KneeJson.ReadJournalLinesFile"/>); a missing file is an empty journal.</summary>
    /// <param name="warnings">Where to report a torn last line.</param>
    public Journal Read(TextWriter warnings)
    {
        JournalLinesRead read;
        try
        {
            read = KneeJson.ReadJournalLinesFile(Path);
        }
        catch (KneeJsonException e)
        {
            // The library's problem starts "Line N of the journal: "; the message names the file and line its own way.
            string prefix = string.Create(CultureInfo.InvariantCulture, $"Line {e.LineNumber} of the journal: ");
            string problem = e.Problem.StartsWith(prefix, StringComparison.Ordinal) ? e.Problem[prefix.Length..] : e.Problem;
            throw UsageException.ForOption(Option, string.Create(CultureInfo.InvariantCulture, $"{Sentence.QuotePath(Path)} line {e.LineNumber}: {problem} (at {e.Path})"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UsageException.ForOption(Option, $"cannot read {Sentence.QuotePath(Path)}: {e.Message}");
        }

        if (read.TornLine is int torn)
        {
            warnings.WriteLine(DisplayText.EscapeControls(string.Create(
                CultureInfo.InvariantCulture,
                $"knee: {Sentence.QuotePath(Path)} line {torn} was cut off mid-write and is skipped ({read.TornProblem})")));
        }

        return read.Journal;
    }

    /// <summary>
    /// Appends a log as one line (<see cref="KneeJson.AppendJournalLineFile"/>: under the lock, flushed to disk,
    /// dropping a torn last line first, or ending a whole one that lacks only its line feed).
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="warnings">Where to report a dropped torn line.</param>
    public void Append(SessionLog log, TextWriter warnings)
    {
        int? dropped;
        try
        {
            dropped = KneeJson.AppendJournalLineFile(Path, log);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UsageException.ForOption(Option, $"cannot write {Sentence.QuotePath(Path)}: {e.Message}");
        }

        if (dropped is int number)
        {
            warnings.WriteLine(DisplayText.EscapeControls(string.Create(
                CultureInfo.InvariantCulture,
                $"knee: {Sentence.QuotePath(Path)} line {number} was cut off mid-write; it is dropped before writing")));
        }
    }
}
