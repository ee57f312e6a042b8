using System;
using System.IO;

namespace KneeStrength.Tests.Repository;

/// <summary>Finds files of the source repository the tests were built from.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFileName = "KneeStrength.sln";

    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The full path of <paramref name="relativePath"/> (with '/' separators) under the repository root.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine(Root.Value, relativePath.Replace('/', Path.DirectorySeparatorChar));

    // The tests run from bin/<configuration>/<framework>/ under the repository.
    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder containing {SolutionFileName} above {AppContext.BaseDirectory}.");
    }
}
