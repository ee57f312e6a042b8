using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Threading.Tasks;
using KneeStrength.Cli.Commands;
using KneeStrength.Text;

namespace KneeStrength.Cli;

/// <summary>The <c>knee</c> command: its subcommands, and how a command line becomes an exit code.</summary>
internal static class KneeApp
{
    /// <summary>The command tree, its help and its commands' output in <paramref name="words"/>' language.</summary>
    public static RootCommand CreateRoot(Terminal terminal, CliText words)
    {
        var root = new RootCommand(words["help.root"])
        {
            CatalogCommand.Create(terminal, words),
            RoutineCommand.Create(terminal, words),
            PlanCommand.Create(terminal, TimeProvider.System, words),
            RunCommand.Create(terminal, words),
            EnrolCommand.Create(terminal, TimeProvider.System, words),
            ScheduleCommand.Create(terminal, TimeProvider.System, words),
            LogCommand.Create(terminal, TimeProvider.System, words),
            TodayCommand.Create(terminal, TimeProvider.System, words),
            ProgressCommand.Create(terminal, TimeProvider.System, words),
            PicturesCommand.Create(terminal, words),
            SheetCommand.Create(terminal, TimeProvider.System, words),
            FhirCommand.Create(terminal, TimeProvider.System, words),
        };
        root.Options.Add(CliOptions.Language(words));
        foreach (var option in root.Options)
        {
            // System.CommandLine's own German table leaves these two in English; the words are the CLI's in every language.
            if (option is HelpOption)
            {
                option.Description = words["help.help"];
            }
            else if (option is VersionOption)
            {
                option.Description = words["help.version"];
            }
        }

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
        // No response files: '@FILE' is an argument like any other (a routine file may start with '@'), and nothing
        // reads a file of unbounded size before the command runs.
        var configuration = new ParserConfiguration { ResponseFileTokenReplacer = null };
        var parseResult = CreateRoot(terminal, CliText.English).Parse(args, configuration);

        // Descriptions are set when the tree is built, so the language (--language wherever it stands, else the
        // environment) is read from an English parse first; in another language the tree is built again in it, and
        // System.CommandLine's own help headings and messages follow the UI culture.
        var words = CliText.Chosen(parseResult);
        if (words != CliText.English)
        {
            CultureInfo.CurrentUICulture = words.Words.Culture;
            parseResult = CreateRoot(terminal, words).Parse(args, configuration);
        }

        if (parseResult.Action is ParseErrorAction)
        {
            await terminal.Error.WriteLineAsync(DisplayText.EscapeControls(Describe(parseResult))).ConfigureAwait(false);
            return CliAction.UsageError;
        }

        if (words != CliText.English && parseResult.Action is HelpAction)
        {
            // System.CommandLine's German and French tables leave a heading and the usage line's placeholders in
            // English: its help is written here first and those words put in the language.
            using var help = new StringWriter(CultureInfo.InvariantCulture);
            int exit = await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = help }).ConfigureAwait(false);
            await System.Console.Out.WriteAsync(InLanguage(help.ToString(), words)).ConfigureAwait(false);
            return exit;
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
    }

    // The help text with System.CommandLine's English heading and usage placeholders in the language's words.
    internal static string InLanguage(string help, CliText words)
    {
        var lines = help.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line == "Description:")
            {
                lines[i] = words["help.heading.description"];
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal) && (line.Contains(" [command]", StringComparison.Ordinal) || line.Contains(" [options]", StringComparison.Ordinal)))
            {
                lines[i] = line.Replace(" [command]", " " + words["help.usage.command"], StringComparison.Ordinal)
                    .Replace(" [options]", " " + words["help.usage.options"], StringComparison.Ordinal);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// The parse error to report, as one line that says where: an option's problem first (the sample's own parsers
    /// already name their option), then anything else, prefixed by the command.
    /// </summary>
    private static string Describe(ParseResult parseResult)
    {
        foreach (var error in parseResult.Errors)
        {
            if (OptionOf(error.SymbolResult) is { } option)
            {
                if (error.SymbolResult is OptionResult { Tokens.Count: 0 } && option.Arity.MinimumNumberOfValues > 0)
                {
                    return $"{option.Name}: needs a value ({option.HelpName ?? "VALUE"})";
                }

                return error.Message.StartsWith($"{option.Name}: ", StringComparison.Ordinal)
                    ? error.Message
                    : $"{option.Name}: {Sentence.LowerFirst(error.Message.TrimEnd('.'))}";
            }
        }

        var command = parseResult.CommandResult.Command;
        if (command is RootCommand && parseResult.UnmatchedTokens.Count == 0)
        {
            var names = command.Subcommands.Select(c => c.Name).ToList();
            return $"knee: a command is needed: {string.Join(", ", names.SkipLast(1))} or {names[^1]} (see 'knee --help')";
        }

        // An unknown word says more than "required command was not provided"; it is quoted as outside text is.
        if (parseResult.UnmatchedTokens.Count > 0)
        {
            return $"{CommandPath(parseResult.CommandResult)}: unrecognized command or argument {DisplayText.Quote(parseResult.UnmatchedTokens[0])}";
        }

        return $"{CommandPath(parseResult.CommandResult)}: {Sentence.LowerFirst(parseResult.Errors[0].Message.TrimEnd('.'))}";
    }

    private static Option? OptionOf(SymbolResult? result) => result switch
    {
        OptionResult option => option.Option,
        ArgumentResult { Parent: OptionResult option } => option.Option,
        _ => null,
    };

    private static string CommandPath(CommandResult result)
    {
        string path = result.Command is RootCommand ? "knee" : result.Command.Name;
        return result.Parent is CommandResult parent ? $"{CommandPath(parent)} {path}" : path;
    }
}
