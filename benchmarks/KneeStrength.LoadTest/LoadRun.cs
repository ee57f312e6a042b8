using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

/// <summary>What each load run does once it has measured, and when it is done with the app.</summary>
internal static class LoadRun
{
    /// <summary>Prints the report, writes it to <paramref name="output"/> when given, and returns the exit code: 0 when the goal is met.</summary>
    public static async Task<int> Publish(string report, bool met, string? output)
    {
        Console.WriteLine();
        Console.WriteLine(report);
        if (output is not null)
        {
            await File.WriteAllTextAsync(output, report);
            Console.WriteLine($"Written to {output}");
        }

        return met ? 0 : 1;
    }

    /// <summary>Stops the app it started, if it still runs, and deletes its data folder.</summary>
    public static async Task Stop(Process app, string data)
    {
        if (!app.HasExited)
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }

        Directory.Delete(data, recursive: true);
    }
}
