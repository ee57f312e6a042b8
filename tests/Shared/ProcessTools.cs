using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace KneeStrength.Testing;

/// <summary>
/// What the test projects share (compiled into each): the repository's files, running a program, and the Node
/// scripts under <c>tests/</c> (the schema validator, the format readers) with their pinned npm packages installed on
/// first use, so that <c>dotnet test</c> alone works on a fresh clone with Node and npm.
/// </summary>
internal static class ProcessTools
{
    private const string SolutionFileName = "KneeStrength.sln";

    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The full path of <paramref name="relative"/> (with '/' separators) under the repository root.</summary>
    public static string Repository(string relative) =>
        Path.Combine(Root.Value, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Runs a program to its end; returns its exit code, its standard output and its standard error.</summary>
    /// <exception cref="InvalidOperationException">The program cannot be started; the message says what to install.</exception>
    public static async Task<(int Exit, string Output, string Error)> Run(
        string program, IEnumerable<string> args, CancellationToken cancellationToken, string? workingDirectory = null, IEnumerable<KeyValuePair<string, string>>? environment = null)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{program} could not be started: it must be installed and on the PATH.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await output, await error);
        }
    }

    /// <summary>Runs <c>node</c> with the arguments; returns its exit code and what it printed (output, then errors).</summary>
    public static async Task<(int Exit, string Output)> Node(CancellationToken cancellationToken, params string[] args)
    {
        var (exit, output, error) = await Run("node", args, cancellationToken);
        return (exit, output + error);
    }

    /// <summary>
    /// Runs <c>node FOLDER/SCRIPT ARGS</c> for a folder of Node scripts under the repository, such as
    /// <c>tests/schema-check</c>, installing its packages first when they are missing (<see cref="EnsurePackages"/>).
    /// </summary>
    public static async Task<(int Exit, string Output, string Error)> NodeScript(string folder, string script, CancellationToken cancellationToken, params string[] args)
    {
        await EnsurePackages(folder, cancellationToken);
        return await Run("node", [Repository($"{folder}/{script}"), .. args], cancellationToken, Repository(folder));
    }

    /// <summary>
    /// Installs a folder's pinned npm packages (<c>npm ci</c>) unless they are: npm writes
    /// <c>node_modules/.package-lock.json</c> when an install is complete, so an install older than the folder's
    /// <c>package-lock.json</c> (a checkout that pinned another package) is done again. Test projects run in parallel,
    /// so one install at a time, across processes, under a lock file in the temporary folder.
    /// </summary>
    public static async Task EnsurePackages(string folder, CancellationToken cancellationToken)
    {
        string directory = Repository(folder);
        string installed = Path.Combine(directory, "node_modules", ".package-lock.json");
        string pinned = Path.Combine(directory, "package-lock.json");
        bool Current() => File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(pinned);
        if (Current())
        {
            return;
        }

        string lockPath = Path.Combine(Path.GetTempPath(), $"kneestrength-npm-{folder.Replace('/', '-')}.lock");
        using var held = await Lock(lockPath, cancellationToken);
        if (Current())
        {
            return;
        }

        var (exit, output, error) = await Run("npm", ["ci", "--no-audit", "--no-fund"], cancellationToken, directory);
        if (exit != 0)
        {
            throw new InvalidOperationException($"npm ci in {folder} failed ({exit}); install Node 20 and npm, or run {folder}/install.sh:\n{output}{error}");
        }
    }

    private static async Task<FileStream> Lock(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(200, cancellationToken); // another test process is installing
            }
        }
    }

    // The tests run from bin/<configuration>/<framework>/ under the repository.
    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing {SolutionFileName} above {AppContext.BaseDirectory}.");
    }
}
