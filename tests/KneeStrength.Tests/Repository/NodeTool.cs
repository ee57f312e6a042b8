using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace KneeStrength.Tests.Repository;

/// <summary>
/// Runs the Node scripts of a folder under <c>tests/</c> (the schema validator, the format readers) and installs
/// their pinned npm packages (<c>npm ci</c>) the first time they are missing, so that <c>dotnet test</c> alone works
/// on a fresh clone with Node and npm.
/// </summary>
internal static class NodeTool
{
    private static readonly Lock InstallLock = new();

    /// <summary>Runs <c>node SCRIPT ARGS</c> in <c>tests/FOLDER</c>, installing its packages first when needed.</summary>
    /// <param name="folder">The folder under the repository, such as <c>tests/format-check</c>.</param>
    /// <param name="probePackage">A package its scripts import, whose absence means nothing is installed yet.</param>
    /// <param name="script">The script's file name in the folder.</param>
    /// <param name="arguments">The script's arguments.</param>
    /// <returns>The exit code, standard output and standard error.</returns>
    private static (int ExitCode, string Output, string Error) Run(string folder, string probePackage, string script, IEnumerable<string> arguments)
    {
        string directory = RepositoryRoot.PathOf(folder);
        EnsureInstalled(directory, probePackage);
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(Path.Combine(directory, script));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Execute(start, "Node.js (node, version 20 or later) must be on the PATH to run " + folder + "/" + script + ".");
    }

    /// <summary>
    /// Writes <paramref name="files"/> to a fresh temporary folder, runs the script with <paramref name="leading"/>
    /// arguments and then one argument per file, checks that it exits 0, and returns its output lines. The folder is
    /// deleted afterwards.
    /// </summary>
    /// <param name="folder">The folder under the repository, such as <c>tests/format-check</c>.</param>
    /// <param name="probePackage">A package its scripts import.</param>
    /// <param name="script">The script's file name in the folder.</param>
    /// <param name="leading">Arguments before the files.</param>
    /// <param name="files">The files' names (within the temporary folder) and bytes.</param>
    /// <param name="argument">Makes a file's argument from its full path and its index; the path itself when null.</param>
    public static List<string> RunOnFiles(
        string folder, string probePackage, string script, IEnumerable<string> leading, IReadOnlyList<(string Name, byte[] Bytes)> files, Func<string, int, string>? argument = null)
    {
        string directory = Path.Combine(Path.GetTempPath(), "kneestrength-" + Path.GetFileNameWithoutExtension(script) + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var arguments = new List<string>(leading);
            for (int i = 0; i < files.Count; i++)
            {
                string path = Path.Combine(directory, files[i].Name);
                File.WriteAllBytes(path, files[i].Bytes);
                arguments.Add(argument is null ? path : argument(path, i));
            }

            var (exitCode, output, error) = Run(folder, probePackage, script, arguments);
            exitCode.Should().Be(0, $"{script} runs over every file:\n{output}\n{error}");
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void EnsureInstalled(string directory, string probePackage)
    {
        lock (InstallLock)
        {
            if (Directory.Exists(Path.Combine(directory, "node_modules", probePackage)))
            {
                return;
            }

            var start = new ProcessStartInfo("npm")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = directory,
            };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(argument);
            }

            var (exitCode, output, error) = Execute(start, $"The packages of {directory} are not installed and npm could not be started: install Node 20 and npm, or run install.sh there.");
            exitCode.Should().Be(0, $"npm ci in {directory} installs the pinned packages:\n{output}\n{error}");
        }
    }

    private static (int ExitCode, string Output, string Error) Execute(ProcessStartInfo start, string whenMissing)
    {
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(whenMissing, e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error);
        }
    }
}
