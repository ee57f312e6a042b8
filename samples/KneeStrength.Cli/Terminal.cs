using System;
using System.IO;
using System.Text;
using Spectre.Console;

namespace KneeStrength.Cli;

/// <summary>
/// Where output goes and what it can do. Redirected output (a file, a pipe, a test) gets plain text at a fixed
/// width of <see cref="RedirectedWidth"/> columns, so that tables come out the same on every machine.
/// </summary>
internal sealed class Terminal
{
    /// <summary>The width tables are laid out to when output is not a terminal.</summary>
    public const int RedirectedWidth = 120;

    private Terminal(IAnsiConsole console, TextWriter error, bool isInteractive, bool canReadKeys)
    {
        Console = console;
        Error = error;
        IsInteractive = isInteractive;
        CanReadKeys = canReadKeys;
    }

    /// <summary>Gets the console tables and live displays are written to.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Gets the writer for the one-line error messages.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets a value indicating whether standard output is a terminal, so a live display can redraw itself.</summary>
    public bool IsInteractive { get; }

    /// <summary>Gets a value indicating whether standard input is a terminal, so key presses can be read.</summary>
    public bool CanReadKeys { get; }

    /// <summary>Writes a JSON document as it is, past Spectre's markup and wrapping; documents end with a line feed.</summary>
    public void WriteJson(string json)
    {
        var output = Console.Profile.Out.Writer;
        output.Write(json);
        output.Flush();
    }

    /// <summary>Writes one line of plain text, past Spectre's markup and wrapping.</summary>
    public void WriteLine(string line)
    {
        var output = Console.Profile.Out.Writer;
        output.WriteLine(line);
        output.Flush();
    }

    /// <summary>Writes one line that stands out in a terminal (in the style); redirected, it is plain text as any other.</summary>
    public void WriteLine(string line, Style style)
    {
        if (!IsInteractive)
        {
            WriteLine(line);
            return;
        }

        Console.Write(new Spectre.Console.Text(line, style));
        Console.WriteLine();
    }

    /// <summary>
    /// Writes a paragraph (a decision's reason) wrapped at the terminal's width (<see cref="RedirectedWidth"/> when
    /// redirected) at spaces, never inside a word: the first line starts with the prefix, the others are indented by
    /// <paramref name="indent"/> spaces so that the paragraph hangs from its first line.
    /// </summary>
    public void WriteWrapped(string prefix, string text, int indent, Style? style = null)
    {
        foreach (string line in Wrap(prefix, text, indent, Console.Profile.Width))
        {
            if (style is { } stands)
            {
                WriteLine(line, stands);
            }
            else
            {
                WriteLine(line);
            }
        }
    }

    /// <summary>The lines of <see cref="WriteWrapped"/>: each at most <paramref name="width"/> columns unless one word is longer.</summary>
    public static System.Collections.Generic.List<string> Wrap(string prefix, string text, int indent, int width)
    {
        var lines = new System.Collections.Generic.List<string>();
        var line = new StringBuilder(prefix);
        bool empty = true;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(' ', indent);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(word);
            empty = false;
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Writes bytes (a calendar, a workout file) to standard output as they are.</summary>
    public void WriteBytes(byte[] bytes)
    {
        Console.Profile.Out.Writer.Flush();
        using var output = System.Console.OpenStandardOutput();
        output.Write(bytes);
        output.Flush();
    }

    /// <summary>Creates the terminal for this process's standard streams.</summary>
    public static Terminal ForProcess()
    {
        bool redirected = System.Console.IsOutputRedirected;
        if (redirected)
        {
            // The same bytes whatever the locale says: UTF-8 without a byte-order mark.
            System.Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        var settings = new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Out),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        };
        var console = AnsiConsole.Create(settings);
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
            console.Profile.Capabilities.Unicode = true;
        }

        return new Terminal(console, System.Console.Error, !redirected, !System.Console.IsInputRedirected);
    }
}
