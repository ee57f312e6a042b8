using System.CommandLine;
using KneeStrength.Catalog;
using KneeStrength.Cli.Views;

namespace KneeStrength.Cli.Commands;

internal static class RoutineCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("routine", "Show the routine: its exercises in order, with their dosage.");
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            terminal.Console.Write(RoutineView.Render(RunnersKnee.Routine));
            return CliAction.Ok;
        }));
        return command;
    }
}
