using System;
using System.IO;

namespace KneeStrength.Tests.Serialization;

/// <summary>Files of the repository the tests read: golden documents, the schemas, the schema checker.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KneeStrength.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KneeStrength.sln above {AppContext.BaseDirectory}.");
    });

    internal static string Root => RootPath.Value;

    internal static string Get(params string[] parts) => Path.Combine([Root, .. parts]);
}
