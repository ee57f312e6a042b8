using System.CommandLine;
using KneeStrength.Catalog;
using KneeStrength.Cli.Views;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Commands;

internal static class CatalogCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("catalog", "List the built-in exercises: category, equipment, dosage and variations.");
        var json = CliOptions.Json("the catalog document");
        command.Add(json);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WriteCatalog(RunnersKnee.Catalog));
                return CliAction.Ok;
            }

            terminal.Console.Write(CatalogView.Render(RunnersKnee.Catalog, RunnersKnee.Routine, CliText.Of(parseResult)));
            return CliAction.Ok;
        }));
        return command;
    }
}
