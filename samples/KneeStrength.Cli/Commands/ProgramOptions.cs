using System;
using System.CommandLine;
using KneeStrength.Tracking;

namespace KneeStrength.Cli.Commands;

/// <summary>The program options <c>today</c> and <c>progress</c> share with <c>schedule</c>, and the journal they read.</summary>
internal sealed class ProgramOptions
{
    private readonly Option<DateOnly?> _start = CliOptions.Date("--start", "The first day of treatment, as YYYY-MM-DD. Default: the journal's first day, else today.");
    private readonly Option<DateOnly?> _backToRunning = CliOptions.Date("--back-to-running", "The planned first day back to running, as YYYY-MM-DD; a run logged within the pain rules moves it earlier. Default: six weeks after --start.");
    private readonly Option<DayOfWeek?> _weeklyOn = CliOptions.WeeklyOn();
    private readonly Option<string?> _journal = CliOptions.Journal();

    public void AddTo(Command command)
    {
        command.Add(_start);
        command.Add(_backToRunning);
        command.Add(_weeklyOn);
        command.Add(_journal);
    }

    /// <summary>The journal file, its logs, and the program they follow.</summary>
    public (JournalFile File, Journal Journal, TrainingProgram Program) Read(ParseResult parseResult, Terminal terminal, DateOnly today)
    {
        var file = JournalFile.Resolve(parseResult.GetValue(_journal));
        var journal = file.Read(terminal.Error);
        var start = parseResult.GetValue(_start) ?? (journal.Count > 0 && journal[0].Date < today ? journal[0].Date : today);
        return (file, journal, ScheduleCommand.CreateProgram(start, parseResult.GetValue(_backToRunning), parseResult.GetValue(_weeklyOn)));
    }
}
