using System;
using System.CommandLine;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Cli.Commands;

/// <summary>
/// The options <c>today</c>, <c>progress</c>, <c>schedule</c> and <c>log</c> share: the journal, and the program
/// document; and what they read: the journal, the program and the enrolment kept beside the journal.
/// </summary>
internal sealed class ProgramOptions
{
    private readonly Option<string?> _program;
    private readonly Option<string?> _journal;

    public ProgramOptions(CliText words)
    {
        _program = CliOptions.ProgramFile(words);
        _journal = CliOptions.Journal(words);
    }

    public Option<string?> Program => _program;

    public void AddTo(Command command)
    {
        command.Add(_program);
        command.Add(_journal);
    }

    /// <summary>The journal file, its logs, where the enrolment is kept, and the program.</summary>
    public Context Read(ParseResult parseResult, Terminal terminal)
    {
        var file = JournalFile.Resolve(parseResult.GetValue(_journal));
        var store = new EnrolmentFile(file);
        string? programFile = parseResult.GetValue(_program);
        var program = store.Program(programFile);
        var enrolment = store.Read(program, programFile);
        var journal = file.Read(terminal.Error);
        return new Context(file, journal, store, program, programFile, enrolment);
    }

    /// <summary>What a command reads before it acts.</summary>
    internal sealed record Context(JournalFile File, Journal Journal, EnrolmentFile Store, TrainingProgram Program, string? ProgramFile, Enrolment? Enrolment)
    {
        /// <summary>The enrolment, or a usage error that says how to make one.</summary>
        public Enrolment Required => Enrolment ?? Store.Require(Program, ProgramFile);
    }
}
