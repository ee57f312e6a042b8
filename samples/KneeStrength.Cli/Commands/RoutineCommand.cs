using System.CommandLine;
using KneeStrength.Cli.Views;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Commands;

internal static class RoutineCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("routine", "Show the routine: its exercises in order, with their dosage.");
        var routineFile = new RoutineFileBinder();
        routineFile.AddTo(command);
        var json = CliOptions.Json("the routine document, which --routine reads back,");
        command.Add(json);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            var routine = routineFile.Load(parseResult);
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WriteRoutine(routine));
                return CliAction.Ok;
            }

            terminal.Console.Write(RoutineView.Render(routine, CliText.Of(parseResult)));
            return CliAction.Ok;
        }));
        return command;
    }
}
