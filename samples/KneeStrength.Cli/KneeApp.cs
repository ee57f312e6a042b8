using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Threading.Tasks;
using KneeStrength.Cli.Commands;

namespace KneeStrength.Cli;

/// <summary>The <c>knee</c> command: its subcommands, and how a command line becomes an exit code.</summary>
internal static class KneeApp
{
    public static RootCommand CreateRoot(Terminal terminal)
    {
        var root = new RootCommand("Knee strengthening for runners: the exercises, today's timed session, a guided run of it, and a calendar.")
        {
            CatalogCommand.Create(terminal),
            RoutineCommand.Create(terminal),
            PlanCommand.Create(terminal),
        };

        if (!terminal.IsInteractive)
        {
            // Help wraps to the window's width; redirected output has none, so give it the tables' width.
            foreach (var option in root.Options)
            {
                if (option is HelpOption { Action: HelpAction help })
                {
                    help.MaxWidth = Terminal.RedirectedWidth;
                }
            }
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var terminal = Terminal.ForProcess();
        var parseResult = CreateRoot(terminal).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            await terminal.Error.WriteLineAsync(Describe(parseResult)).ConfigureAwait(false);
            return CliAction.UsageError;
        }

        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
    }

    /// <summary>The first parse error as one line; the sample's own parsers already name their option.</summary>
    private static string Describe(ParseResult parseResult)
    {
        var error = parseResult.Errors[0];
        return error.Message;
    }
}
