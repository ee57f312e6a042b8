using System;
using System.Collections.Generic;
using System.IO;

namespace KneeStrength.Tests.Repository;

/// <summary>
/// Runs a Node script of a folder under <c>tests/</c> (the schema validator, the format readers) over files the test
/// writes, through <see cref="ProcessTools.NodeScript"/>, which installs the folder's packages on first use.
/// </summary>
internal static class NodeTool
{
    /// <summary>
    /// Writes <paramref name="files"/> to a fresh temporary folder, runs the script with <paramref name="leading"/>
    /// arguments and then one argument per file, checks that it exits 0, and returns its output lines. The folder is
    /// deleted afterwards.
    /// </summary>
    /// <param name="folder">The folder under the repository, such as <c>tests/format-check</c>.</param>
    /// <param name="script">The script's file name in the folder.</param>
    /// <param name="leading">Arguments before the files.</param>
    /// <param name="files">The files' names (within the temporary folder) and bytes.</param>
    /// <param name="argument">Makes a file's argument from its full path and its index; the path itself when null.</param>
    public static List<string> RunOnFiles(
        string folder, string script, IEnumerable<string> leading, IReadOnlyList<(string Name, byte[] Bytes)> files, Func<string, int, string>? argument = null)
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

            var (exitCode, output, error) = ProcessTools.NodeScript(folder, script, TestContext.Current.CancellationToken, [.. arguments]).GetAwaiter().GetResult();
            exitCode.Should().Be(0, $"{script} runs over every file:\n{output}\n{error}");
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
