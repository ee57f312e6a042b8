using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using KneeStrength.Tracking;

namespace KneeStrength.Serialization;

/// <summary>What reading a JSON Lines journal found: the journal, and a last line cut off mid-write, if there was one.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class JournalLinesRead
{
    internal JournalLinesRead(Journal journal, int? tornLine, string? tornProblem)
    {
        Journal = journal;
        TornLine = tornLine;
        TornProblem = tornProblem;
    }

    /// <summary>Gets the journal: for each day, the last whole line that logged it.</summary>
    public Journal Journal { get; }

    /// <summary>Gets the 1-based number of a last line that was cut off mid-write and skipped, or <see langword="null"/>.</summary>
    public int? TornLine { get; }

    /// <summary>Gets what was wrong with the torn last line, or <see langword="null"/>.</summary>
    public string? TornProblem { get; }
}

// <summary>
// The JSON Lines journal: one session log a line (WriteSessionLogLine), appended, never rewritten; a later line for a
// day replaces an earlier one. A last line without its line feed was cut off mid-write: reading reports and skips it,
// and the next append drops it (or, when it is a whole log lacking only the feed, ends it). A bad line anywhere else
// is an error naming the line. Appending to a file takes a lock file beside it, so writers take turns, and flushes to
// disk before letting go.
// </summary>
internal static class JournalLines
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    internal static JournalLinesRead Read(ReadOnlySpan<byte> bytes)
    {
        var byDay = new SortedDictionary<DateOnly, SessionLog>();
        int start = 0, number = 0;
        int? tornLine = null;
        string? tornProblem = null;
        while (start < bytes.Length)
        {
            number++;
            int feed = bytes[start..].IndexOf((byte)'\n');
            bool torn = feed < 0;
            var line = torn ? bytes[start..] : bytes.Slice(start, feed);
            start = torn ? bytes.Length : start + feed + 1;
            if (line.IsEmpty || line.IndexOfAnyExcept((byte)' ', (byte)'\r', (byte)'\t') < 0)
            {
                continue;
            }

            try
            {
                var log = KneeJson.ReadSessionLog(line);
                byDay[log.Date] = log;
            }
            catch (KneeJsonException e) when (torn)
            {
                tornLine = number;
                tornProblem = e.Problem;
            }
            catch (KneeJsonException e)
            {
                throw new KneeJsonException(string.Create(CultureInfo.InvariantCulture, $"Line {number} of the journal: {e.Problem}"), e.Path, number, e.Column);
            }
        }

        return new JournalLinesRead(new Journal(byDay.Values), tornLine, tornProblem);
    }

    internal static JournalLinesRead Read(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Read(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }

    internal static JournalLinesRead ReadFile(string path)
    {
        Preconditions.CheckNotNull(path);
        return File.Exists(path) ? Read(File.ReadAllBytes(path)) : new JournalLinesRead(Journal.Empty, null, null);
    }

    // Appends one log to a seekable stream; returns the number of a torn last line it dropped first, or null.
    internal static int? Append(Stream stream, SessionLog log)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(log);
        byte[] line = Encoding.UTF8.GetBytes(KneeJson.WriteSessionLogLine(log) + "\n");
        int? dropped = DropTornTail(stream);
        stream.Seek(0, SeekOrigin.End);
        stream.Write(line);
        stream.Flush();
        return dropped;
    }

    internal static int? AppendFile(string path, SessionLog log)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(log);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var held = Lock(path);
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 4096, FileOptions.WriteThrough);
        int? dropped = Append(stream, log);
        stream.Flush(flushToDisk: true);
        return dropped;
    }

    // A file of its own beside the journal, held open with no sharing while a line is written; waits its turn.
    private static FileStream Lock(string path)
    {
        string lockPath = path + ".lock";
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

    private static int? DropTornTail(Stream stream)
    {
        long length = stream.Length;
        if (length == 0)
        {
            return null;
        }

        stream.Seek(length - 1, SeekOrigin.Begin);
        if (stream.ReadByte() == '\n')
        {
            return null;
        }

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
            KneeJson.ReadSessionLog(all.AsSpan(lastFeed + 1));
            stream.Seek(0, SeekOrigin.End);
            stream.WriteByte((byte)'\n');
            return null;
        }
        catch (KneeJsonException)
        {
            stream.SetLength(lastFeed + 1);
            return number;
        }
    }
}
