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
    private readonly RoutineFileBinder _routine = new();
    private readonly Option<EquipmentSet?> _equipment = CliOptions.Equipment();
    private readonly Option<int?> _minutes = CliOptions.Minutes();
    private readonly Option<bool> _rightFirst = CliOptions.RightFirst();

    public void AddTo(Command command)
    {
        _routine.AddTo(command);
        command.Add(_equipment);
        command.Add(_minutes);
        command.Add(_rightFirst);
    }

    /// <summary>Plans the session the command line asks for.</summary>
    /// <exception cref="UsageException">The routine file cannot be read, or the time budget is shorter than the routine allows.</exception>
    public (SessionPlan Plan, SessionOptions Options) Plan(ParseResult parseResult)
    {
        var routine = _routine.Load(parseResult);
        var options = new SessionOptions(
            equipment: parseResult.GetValue(_equipment) ?? EquipmentSet.All,
            firstSide: parseResult.GetValue(_rightFirst) ? Side.Right : Side.Left);
        var scheduler = new SessionScheduler(options);
        if (parseResult.GetValue(_minutes) is not int minutes)
        {
            return (scheduler.Schedule(routine), options);
        }

        try
        {
            return (scheduler.Schedule(routine, TimeSpan.FromMinutes(minutes)), options);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // The library's message names the shortest session the routine allows.
            throw UsageException.ForOption("--minutes", Sentence.LibraryMessage(e));
        }
    }
}
