using System.CommandLine;
using KneeStrength.Catalog;
using KneeStrength.Cli.Views;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Commands;

internal static class CatalogCommand
{
    public static Command Create(Terminal terminal, CliText words)
    {
        var command = new Command("catalog", words["help.catalog"]);
        var json = CliOptions.Json(words["help.catalog.json"]);
        command.Add(json);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WriteCatalog(RunnersKnee.Catalog));
                return CliAction.Ok;
            }

            terminal.Console.Write(CatalogView.Render(RunnersKnee.Catalog, RunnersKnee.Routine, words));
            return CliAction.Ok;
        }));
        return command;
    }
}
