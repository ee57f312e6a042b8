using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
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
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

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

    /// <summary>Reads the journal; a missing file is an empty journal.</summary>
    /// <param name="warnings">Where to report a torn last line.</param>
    public Journal Read(TextWriter warnings)
    {
        if (!File.Exists(Path))
        {
            return Journal.Empty;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UsageException.ForOption(Option, $"cannot read {Sentence.QuotePath(Path)}: {e.Message}");
        }

        var byDay = new SortedDictionary<DateOnly, SessionLog>();
        int start = 0, number = 0;
        while (start < bytes.Length)
        {
            number++;
            int end = Array.IndexOf(bytes, (byte)'\n', start);
            bool torn = end < 0;
            var line = bytes.AsSpan(start, (torn ? bytes.Length : end) - start);
            start = torn ? bytes.Length : end + 1;
            if (line.IsEmpty || line.IndexOfAnyExcept((byte)' ', (byte)'\r', (byte)'\t') < 0)
            {
                continue;
            }

            try
            {
                var log = KneeJson.ReadSessionLog(Encoding.UTF8.GetString(line));
                byDay[log.Date] = log;
            }
            catch (KneeJsonException e) when (torn)
            {
                warnings.WriteLine(DisplayText.EscapeControls(string.Create(
                    CultureInfo.InvariantCulture,
                    $"knee: {Sentence.QuotePath(Path)} line {number} was cut off mid-write and is skipped ({e.Problem})")));
            }
            catch (KneeJsonException e)
            {
                throw UsageException.ForOption(Option, string.Create(CultureInfo.InvariantCulture, $"{Sentence.QuotePath(Path)} line {number}: {e.Problem} (at {e.Path})"));
            }
        }

        return new Journal(byDay.Values);
    }

    /// <summary>
    /// Appends a log as one line, under the lock, flushed to disk; first drops a torn last line, or ends a whole one
    /// that lacks only its line feed.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="warnings">Where to report a dropped torn line.</param>
    public void Append(SessionLog log, TextWriter warnings)
    {
        byte[] line = Encoding.UTF8.GetBytes(KneeJson.WriteSessionLogLine(log) + "\n");
        try
        {
            string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using var held = Lock();
            using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 4096, FileOptions.WriteThrough);
            DropTornTail(stream, warnings);
            stream.Seek(0, SeekOrigin.End);
            stream.Write(line);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UsageException.ForOption(Option, $"cannot write {Sentence.QuotePath(Path)}: {e.Message}");
        }
    }

    // A file of its own beside the journal, held open with no sharing while a line is written; waits its turn.
    private FileStream Lock()
    {
        string lockPath = Path + ".lock";
        var waited = TimeSpan.Zero;
        var pause = TimeSpan.FromMilliseconds(5);
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (waited < LockWait)
            {
                Thread.Sleep(pause);
                waited += pause;
                pause = TimeSpan.FromMilliseconds(Math.Min(100, pause.TotalMilliseconds * 2));
            }
        }
    }

    private void DropTornTail(FileStream stream, TextWriter warnings)
    {
        long length = stream.Length;
        if (length == 0)
        {
            return;
        }

        stream.Seek(length - 1, SeekOrigin.Begin);
        if (stream.ReadByte() == '\n')
        {
            return;
        }

        // Find the last line feed; what follows it is the torn line.
        byte[] all = new byte[length];
        stream.Seek(0, SeekOrigin.Begin);
        stream.ReadExactly(all);
        int lastFeed = Array.LastIndexOf(all, (byte)'\n');
        int number = 1;
        foreach (byte b in all)
        {
            number += b == '\n' ? 1 : 0;
        }

        // A whole log that only lacks its line feed (cut off right before it) is kept: the feed is added.
        try
        {
            KneeJson.ReadSessionLog(Encoding.UTF8.GetString(all, lastFeed + 1, all.Length - lastFeed - 1));
            stream.Seek(0, SeekOrigin.End);
            stream.WriteByte((byte)'\n');
            return;
        }
        catch (KneeJsonException)
        {
            stream.SetLength(lastFeed + 1);
        }

        warnings.WriteLine(DisplayText.EscapeControls(string.Create(
            CultureInfo.InvariantCulture,
            $"knee: {Sentence.QuotePath(Path)} line {number} was cut off mid-write; it is dropped before writing")));
    }
}
