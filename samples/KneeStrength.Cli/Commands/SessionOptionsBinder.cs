using System;
using System.CommandLine;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Commands;

/// <summary>
/// The options <c>plan</c> and <c>run</c> share, and how they become a <see cref="SessionPlan"/>: the routine, the
/// equipment on hand, a time budget and the side to start on.
/// </summary>
internal sealed class SessionOptionsBinder
{
    private readonly RoutineFileBinder _routine;
    private readonly Option<EquipmentSet?> _equipment;
    private readonly Option<int?> _minutes;
    private readonly Option<bool> _rightFirst;

    public SessionOptionsBinder(CliText words)
    {
        _routine = new RoutineFileBinder(words);
        _equipment = CliOptions.Equipment(words);
        _minutes = CliOptions.Minutes(words);
        _rightFirst = CliOptions.RightFirst(words);
    }

    public void AddTo(Command command)
    {
        _routine.AddTo(command);
        command.Add(_equipment);
        command.Add(_minutes);
        command.Add(_rightFirst);
    }

    /// <summary>Plans the session the command line asks for.</summary>
    /// <exception cref="UsageException">
    /// The routine file cannot be read, its session would last longer than a session may
    /// (<see cref="SessionScheduler.MaxSessionDuration"/>), or the time budget is shorter than the routine allows.
    /// </exception>
    public (SessionPlan Plan, SessionOptions Options) Plan(ParseResult parseResult)
    {
        var routine = _routine.Load(parseResult);
        var options = new SessionOptions(
            equipment: parseResult.GetValue(_equipment) ?? EquipmentSet.All,
            firstSide: parseResult.GetValue(_rightFirst) ? Side.Right : Side.Left);
        var scheduler = new SessionScheduler(options);
        int? minutes = parseResult.GetValue(_minutes);
        try
        {
            return (minutes is int m ? scheduler.Schedule(routine, TimeSpan.FromMinutes(m)) : scheduler.Schedule(routine), options);
        }
        catch (ArgumentOutOfRangeException e) when (minutes is not null && e.ParamName == "timeBudget")
        {
            // The library's message names the shortest session the routine allows.
            throw UsageException.ForOption("--minutes", Sentence.LibraryMessage(e));
        }
        catch (ArgumentException e) when (IsRoutineTooLong(e))
        {
            throw _routine.Refused(parseResult, e);
        }
    }

    // Schedule documents one refusal of the routine itself, with or without a budget: an ArgumentException (neither a
    // null nor an out-of-range one) for parameter 'routine', when its session would last longer than a session may.
    // Telling it by its type and parameter keeps the message free to change.
    private static bool IsRoutineTooLong(ArgumentException e) =>
        e is not (ArgumentNullException or ArgumentOutOfRangeException) && e.ParamName == "routine";
}
