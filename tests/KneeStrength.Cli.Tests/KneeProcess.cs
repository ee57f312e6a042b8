using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace KneeStrength.Cli.Tests;

/// <summary>What one run of <c>knee</c> did.</summary>
public sealed record KneeResult(int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    /// <summary>Standard output split into lines, without the empty piece after the last newline.</summary>
    public string[] Lines => Output.Length == 0 ? [] : Output.TrimEnd('\n').Split('\n');
}

/// <summary>
/// Starts the built <c>knee</c> app as a process with redirected streams, as a script or a pipe would. By default the
/// JIT build (<c>dotnet knee.dll</c>) next to the tests; <see cref="Native"/> names another executable.
/// </summary>
public static class KneeProcess
{
    /// <summary>The knee.dll the test project's build made.</summary>
    public static string Dll { get; } = typeof(KneeProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "KneeCliDll").Value!;

    /// <summary>The natively compiled <c>knee</c> to compare with, from <c>KNEE_NATIVE</c>, or null.</summary>
    public static string? Native => Environment.GetEnvironmentVariable("KNEE_NATIVE") is { Length: > 0 } path ? path : null;

    public static Task<KneeResult> RunAsync(params string[] args) => RunWithAsync(null, args);

    /// <summary>Runs <paramref name="executable"/> (the JIT build when null) with the arguments.</summary>
    public static Task<KneeResult> RunWithAsync(string? executable, params string[] args) => RunWithAsync(executable, null, args);

    /// <summary>Runs the JIT build with the arguments and these environment variables set (null removes one).</summary>
    public static Task<KneeResult> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunWithAsync(null, environment, args);

    private static async Task<KneeResult> RunWithAsync(string? executable, IReadOnlyDictionary<string, string?>? environment, string[] args)
    {
        if (executable is null && !File.Exists(Dll))
        {
            throw new FileNotFoundException($"The knee app is not built where the tests expect it: {Dll}");
        }

        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (executable is null)
        {
            start.ArgumentList.Add(Dll);
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A quiet, predictable environment: no colours asked for, no terminal size to pick up.
        start.Environment.Remove("COLUMNS");
        start.Environment.Remove("LINES");
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // English, whatever language the machine running the tests speaks (a test sets these to choose another).
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment.Remove("LANG");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start knee.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        clock.Stop();
        return new KneeResult(process.ExitCode, await output, await error, clock.Elapsed);
    }
}
