using System;
using System.IO;

namespace KneeStrength.Tests.Repository;

/// <summary>
/// Golden files: what the library writes, byte for byte, kept in the repository. A change to one changes what apps
/// have stored or imported: make it on purpose. When bytes differ, the ones written now are left in the temp folder
/// to compare and, if intended, copy over the golden file.
/// </summary>
internal static class Golden
{
    /// <summary>Fails unless <paramref name="actual"/> equals the golden file <paramref name="relativePath"/>, byte for byte.</summary>
    public static void Match(string relativePath, ReadOnlySpan<byte> actual)
    {
        string path = ProcessTools.Repository(relativePath);
        byte[] expected = File.Exists(path) ? File.ReadAllBytes(path) : [];
        if (!actual.SequenceEqual(expected))
        {
            string written = Path.Combine(Path.GetTempPath(), "kneestrength-golden", Path.GetFileName(path));
            Directory.CreateDirectory(Path.GetDirectoryName(written)!);
            File.WriteAllBytes(written, actual.ToArray());
            Assert.Fail($"{Path.GetFileName(path)} differs from the golden file {path}. The bytes written now are in {written}; compare, and copy them over the golden file if the change is intended.");
        }
    }
}
