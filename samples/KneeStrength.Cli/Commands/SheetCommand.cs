using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Text;
using KneeStrength.Coaching;
using KneeStrength.Samples;

namespace KneeStrength.Cli.Commands;

internal static class SheetCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock, CliText words)
    {
        var command = new Command("sheet", words["help.sheet"]);
        var date = CliOptions.Date("--date", words["help.sheet.date"]);
        var program = new ProgramOptions(words);
        var html = new Option<string?>("--out")
        {
            Description = words["help.sheet.out"],
            HelpName = "FILE",
        };
        var pdf = new Option<string?>("--pdf")
        {
            Description = words["help.sheet.pdf"],
            HelpName = "FILE",
        };
        command.Add(date);
        program.AddTo(command);
        command.Add(html);
        command.Add(pdf);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            string? htmlFile = parseResult.GetValue(html);
            string? pdfFile = parseResult.GetValue(pdf);
            if (htmlFile is null && pdfFile is null)
            {
                throw UsageException.ForOption("--out", "give --out FILE (HTML) or --pdf FILE, or both");
            }

            if (htmlFile is not null)
            {
                OutputFile.Check("--out", htmlFile);
            }

            string? chromium = null;
            if (pdfFile is not null)
            {
                if (pdfFile == OutputFile.StandardOutput)
                {
                    throw UsageException.ForOption("--pdf", "expected a file name; a PDF does not go to standard output");
                }

                OutputFile.Check("--pdf", pdfFile);
                chromium = Chromium.Find();
            }

            var context = program.Read(parseResult, terminal);
            var enrolment = Coach.Default.Shape(context.Required, context.Journal);
            var day = parseResult.GetValue(date) ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            if (day < enrolment.Start || day > enrolment.LastPossibleDay)
            {
                throw UsageException.ForOption("--date", day < enrolment.Start
                    ? $"the enrolment starts on {enrolment.Start:yyyy-MM-dd}; {day:yyyy-MM-dd} is before it"
                    : $"the enrolment schedules through {enrolment.LastPossibleDay:yyyy-MM-dd}; {day:yyyy-MM-dd} is after it");
            }

            byte[] sheet = Encoding.UTF8.GetBytes(HomeSheet.Write(enrolment, day));
            if (htmlFile is not null && OutputFile.Write(terminal, "--out", htmlFile, sheet))
            {
                terminal.WriteLine($"Wrote the sheet of '{enrolment.Program.Id}' from {day:yyyy-MM-dd} ({sheet.Length} bytes) to {Sentence.QuotePath(htmlFile)}.");
            }

            if (pdfFile is not null)
            {
                Chromium.PrintToPdf(terminal, chromium!, sheet, pdfFile);
                terminal.WriteLine($"Printed the sheet to {Sentence.QuotePath(pdfFile)}.");
            }

            return CliAction.Ok;
        }));
        return command;
    }
}

/// <summary>Finds a Chromium to print with, and prints an HTML document to PDF with it (headless, no header or footer).</summary>
internal static class Chromium
{
    /// <summary>The variable that names the Chromium (or Chrome) executable to print with.</summary>
    public const string Variable = "KNEE_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The executable: KNEE_CHROMIUM when set, else /usr/bin/chromium, else the first of the usual names on the PATH.</summary>
    /// <exception cref="UsageException">None is found, or KNEE_CHROMIUM names no file.</exception>
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named)
                ? named
                : throw UsageException.ForOption("--pdf", $"{Variable} names {Sentence.QuotePath(named)}, which does not exist");
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in Names)
            {
                string candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw UsageException.ForOption("--pdf", $"no Chromium to print with: install chromium, or set {Variable} to a Chromium or Chrome; --out FILE writes the HTML to print from any browser");
    }

    /// <summary>Prints the HTML document to the PDF file (through a temporary folder, removed afterwards).</summary>
    /// <exception cref="UsageException">Chromium failed or wrote no PDF.</exception>
    public static void PrintToPdf(Terminal terminal, string chromium, byte[] html, string pdfFile)
    {
        var folder = Directory.CreateTempSubdirectory("knee-sheet-");
        try
        {
            string page = Path.Combine(folder.FullName, "sheet.html");
            string printed = Path.Combine(folder.FullName, "sheet.pdf");
            File.WriteAllBytes(page, html);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={printed}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw UsageException.ForOption("--pdf", $"could not start {Sentence.QuotePath(chromium)}");
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw UsageException.ForOption("--pdf", $"{Sentence.QuotePath(chromium)} did not finish printing within two minutes");
            }

            if (process.ExitCode != 0 || !File.Exists(printed))
            {
                throw UsageException.ForOption("--pdf", $"{Sentence.QuotePath(chromium)} printed no PDF (exit code {process.ExitCode})");
            }

            OutputFile.Write(terminal, "--pdf", pdfFile, File.ReadAllBytes(printed));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw UsageException.ForOption("--pdf", $"could not start {Sentence.QuotePath(chromium)}: {Sentence.LowerFirst(e.Message)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
