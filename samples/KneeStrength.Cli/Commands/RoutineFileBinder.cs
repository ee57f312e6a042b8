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

    private readonly Option<string?> _file;

    public RoutineFileBinder(CliText words) => _file = CliOptions.RoutineFile(words);

    public void AddTo(Command command) => command.Add(_file);

    /// <summary>Reads the routine the command line names, or returns the built-in one.</summary>
    /// <exception cref="UsageException">The file is missing, unreadable or not a valid routine document.</exception>
    public Routine Load(ParseResult parseResult)
    {
        if (parseResult.GetValue(_file) is not string path)
        {
            return RunnersKnee.Routine;
        }

        return DocumentFile.Read(path, Name, static p => KneeJson.ReadRoutineFile(p));
    }

    /// <summary>
    /// The usage error for a routine the scheduler refused (its session would last longer than a session may): the
    /// library's sentence, which names the routine and its length, after the file it came from.
    /// </summary>
    public UsageException Refused(ParseResult parseResult, ArgumentException refusal)
    {
        string problem = Sentence.LowerFirst(Sentence.LibraryMessage(refusal));
        return parseResult.GetValue(_file) is string path
            ? UsageException.ForOption(Name, $"{Sentence.QuotePath(path)}: {problem}")
            : UsageException.ForOption(Name, problem);
    }
}
