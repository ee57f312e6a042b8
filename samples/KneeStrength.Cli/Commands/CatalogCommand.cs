using System.CommandLine;
using KneeStrength.Catalog;
using KneeStrength.Cli.Views;

namespace KneeStrength.Cli.Commands;

internal static class CatalogCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("catalog", "List the built-in exercises: category, equipment, dosage and variations.");
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            terminal.Console.Write(CatalogView.Render(RunnersKnee.Catalog, RunnersKnee.Routine));
            return CliAction.Ok;
        }));
        return command;
    }
}
