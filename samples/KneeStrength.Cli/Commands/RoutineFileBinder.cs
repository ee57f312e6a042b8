using System;
using System.CommandLine;
using System.IO;
using KneeStrength.Catalog;
using KneeStrength.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Cli.Commands;

/// <summary>The <c>--routine FILE</c> option, and how it becomes a <see cref="Routine"/>: the built-in one when not given.</summary>
internal sealed class RoutineFileBinder
{
    private const string Name = "--routine";

    private readonly Option<string?> _file = CliOptions.RoutineFile();

    public void AddTo(Command command) => command.Add(_file);

    /// <summary>Reads the routine the command line names, or returns the built-in one.</summary>
    /// <exception cref="UsageException">The file is missing, unreadable or not a valid routine document.</exception>
    public Routine Load(ParseResult parseResult)
    {
        if (parseResult.GetValue(_file) is not string path)
        {
            return RunnersKnee.Routine;
        }

        if (path.Length == 0)
        {
            throw UsageException.ForOption(Name, "expected a file name");
        }

        if (Directory.Exists(path))
        {
            throw UsageException.ForOption(Name, $"cannot read {Sentence.QuotePath(path)}: it is a directory");
        }

        try
        {
            return KneeJson.ReadRoutineFile(path);
        }
        catch (KneeJsonException e)
        {
            // The message says what is wrong, then the JSON path, line and column.
            throw UsageException.ForOption(Name, $"{Sentence.QuotePath(path)}: {Sentence.LowerFirst(e.Message)}");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw UsageException.ForOption(Name, $"cannot read {Sentence.QuotePath(path)}: there is no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw UsageException.ForOption(Name, $"cannot read {Sentence.QuotePath(path)}: permission denied");
        }
        catch (IOException e)
        {
            throw UsageException.ForOption(Name, $"cannot read {Sentence.QuotePath(path)}: {Sentence.LowerFirst(e.Message)}");
        }
    }
}
