using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace KneeStrength.Testing;

/// <summary>
/// What the process-driven test projects share (compiled into each): the repository's files, and Node scripts such
/// as the schema validator and the calendar reader.
/// </summary>
internal static class ProcessTools
{
    /// <summary>The path of a file in the repository, found above the test's output folder.</summary>
    public static string Repository(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KneeStrength.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("KneeStrength.sln not found above the tests."), relative);
    }

    /// <summary>Runs <c>node</c> with the arguments; returns its exit code and what it printed (output, then errors).</summary>
    public static async Task<(int Exit, string Output)> Node(CancellationToken cancellationToken, params string[] args)
    {
        var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
