using System.CommandLine;
using KneeStrength.Cli.Views;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Commands;

internal static class RoutineCommand
{
    public static Command Create(Terminal terminal, CliText words)
    {
        var command = new Command("routine", words["help.routine"]);
        var routineFile = new RoutineFileBinder(words);
        routineFile.AddTo(command);
        var json = CliOptions.Json(words["help.routine.json"]);
        command.Add(json);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            var routine = routineFile.Load(parseResult);
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WriteRoutine(routine));
                return CliAction.Ok;
            }

            terminal.Console.Write(RoutineView.Render(routine, words));
            return CliAction.Ok;
        }));
        return command;
    }
}
