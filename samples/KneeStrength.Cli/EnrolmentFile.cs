using System;
using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using KneeStrength.Catalog;
using KneeStrength.Export.Calendar;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Cli;

/// <summary>
/// What the CLI keeps beside the journal, in the same folder: the runner's enrolment (<c>enrolment.json</c>, the
/// library's enrolment document), the program it is on when that is not the built-in one (<c>program.json</c>), and
/// the revision of the last calendar export (<c>calendar-revision.txt</c>), so that a re-export raises the SEQUENCE
/// only of the events that changed. Every file is written whole or not at all: a temporary file, then a rename.
/// </summary>
internal sealed class EnrolmentFile
{
    public const string FileName = "enrolment.json";

    public const string ProgramFileName = "program.json";

    public const string RevisionFileName = "calendar-revision.txt";

    public EnrolmentFile(JournalFile journal)
    {
        Path = System.IO.Path.Combine(journal.Folder, FileName);
        ProgramPath = System.IO.Path.Combine(journal.Folder, ProgramFileName);
        RevisionPath = System.IO.Path.Combine(journal.Folder, RevisionFileName);
    }

    public string Path { get; }

    public string ProgramPath { get; }

    public string RevisionPath { get; }

    public bool Exists => File.Exists(Path);

    /// <summary>A new enrolment id: 128 random bits as lowercase hex. The sample may read randomness; the library never does.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// The program to use: the one <c>--program FILE</c> names, else the one kept beside the enrolment, else the
    /// built-in <see cref="RunnersKnee.Program"/>.
    /// </summary>
    public TrainingProgram Program(string? programFile)
    {
        if (programFile is not null)
        {
            return DocumentFile.ReadProgram(programFile, "--program");
        }

        return File.Exists(ProgramPath) ? DocumentFile.ReadProgram(ProgramPath, "--program") : RunnersKnee.Program;
    }

    /// <summary>Reads the enrolment on <paramref name="program"/>, or returns null when there is none yet.</summary>
    /// <exception cref="UsageException">The enrolment is on another program, or the file is not a valid enrolment.</exception>
    public Enrolment? Read(TrainingProgram program, string? programFile)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        string? programId = PeekProgramId();
        if (programId is not null && programId != program.Id)
        {
            throw programFile is null
                ? UsageException.ForOption("--program", $"the enrolment {Sentence.QuotePath(Path)} is on program {DisplayText.Quote(programId)}, not on '{program.Id}'; name its program document with --program FILE")
                : UsageException.ForOption("--program", $"{Sentence.QuotePath(programFile)} holds program '{program.Id}', but the enrolment {Sentence.QuotePath(Path)} is on program {DisplayText.Quote(programId)}");
        }

        try
        {
            return KneeJson.ReadEnrolmentFile(Path, program);
        }
        catch (KneeJsonException e)
        {
            throw new UsageException($"knee: {Sentence.QuotePath(Path)}: {Sentence.LowerFirst(e.Message)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"knee: cannot read {Sentence.QuotePath(Path)}: {e.Message}");
        }
    }

    /// <summary>The enrolment, or a usage error saying how to make one.</summary>
    public Enrolment Require(TrainingProgram program, string? programFile) =>
        Read(program, programFile) ?? throw new UsageException(
            $"knee: no enrolment yet ({Sentence.QuotePath(Path)}, beside the journal): 'knee enrol --start YYYY-MM-DD' makes one, and so does the first 'knee log'");

    /// <summary>Writes the enrolment over the file.</summary>
    public void Write(Enrolment enrolment) => WriteAtomically(Path, temporary => KneeJson.WriteEnrolmentFile(temporary, enrolment), overwrite: true);

    /// <summary>Writes the enrolment only if there is none yet; returns the one that is there afterwards.</summary>
    public Enrolment Create(Enrolment enrolment, string? programFile)
    {
        return WriteAtomically(Path, temporary => KneeJson.WriteEnrolmentFile(temporary, enrolment), overwrite: false)
            ? enrolment
            : Require(enrolment.Program, programFile);
    }

    /// <summary>Keeps a program document beside the enrolment, or removes the one there when the program is the built-in one.</summary>
    public void WriteProgram(TrainingProgram program)
    {
        if (ReferenceEquals(program, RunnersKnee.Program))
        {
            File.Delete(ProgramPath);
            return;
        }

        WriteAtomically(ProgramPath, temporary => KneeJson.WriteProgramFile(temporary, program), overwrite: true);
    }

    /// <summary>The revision of the last calendar export, or null before the first.</summary>
    public CalendarRevision? ReadRevision()
    {
        if (!File.Exists(RevisionPath))
        {
            return null;
        }

        try
        {
            return CalendarRevision.Parse(File.ReadAllText(RevisionPath));
        }
        catch (FormatException e)
        {
            throw new UsageException($"knee: {Sentence.QuotePath(RevisionPath)}: {Sentence.LowerFirst(e.Message)}; delete it to start the calendar's revisions again");
        }
    }

    public void WriteRevision(CalendarRevision revision) =>
        WriteAtomically(RevisionPath, temporary => File.WriteAllText(temporary, revision.ToString()), overwrite: true);

    // Writes to a temporary file in the same folder, then renames it over the path (or, without overwrite, only
    // when the path does not exist yet: false when it did).
    private static bool WriteAtomically(string path, Action<string> write, bool overwrite)
    {
        string full = System.IO.Path.GetFullPath(path);
        string folder = System.IO.Path.GetDirectoryName(full)!;
        string temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            write(temporary);
            File.Move(temporary, full, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(full))
        {
            File.Delete(temporary);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"knee: cannot write {Sentence.QuotePath(full)}: {e.Message}");
        }
    }

    private string? PeekProgramId()
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path));
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("programId", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // The library's reader says what is wrong, and where.
            return null;
        }
    }
}

/// <summary>Reading a document named on the command line, each problem one usage error naming the option.</summary>
internal static class DocumentFile
{
    public static TrainingProgram ReadProgram(string path, string option) => Read(path, option, static p => KneeJson.ReadProgramFile(p));

    public static T Read<T>(string path, string option, Func<string, T> read)
    {
        if (path.Length == 0)
        {
            throw UsageException.ForOption(option, "expected a file name");
        }

        if (Directory.Exists(path))
        {
            throw UsageException.ForOption(option, $"cannot read {Sentence.QuotePath(path)}: it is a directory");
        }

        try
        {
            return read(path);
        }
        catch (KneeJsonException e)
        {
            // The message says what is wrong, then the JSON path, line and column.
            throw UsageException.ForOption(option, $"{Sentence.QuotePath(path)}: {Sentence.LowerFirst(e.Message)}");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw UsageException.ForOption(option, $"cannot read {Sentence.QuotePath(path)}: there is no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw UsageException.ForOption(option, $"cannot read {Sentence.QuotePath(path)}: permission denied");
        }
        catch (IOException e)
        {
            throw UsageException.ForOption(option, $"cannot read {Sentence.QuotePath(path)}: {Sentence.LowerFirst(e.Message)}");
        }
    }
}
