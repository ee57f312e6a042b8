using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace KneeStrength.Testing;

/// <summary>A .NET message table (.resx) as the source tree holds it, for the tests that compare a translation with English.</summary>
public static class ResxTable
{
    /// <summary>Reads a table: key to value. A key given twice is an error naming it.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="InvalidDataException">A key is given twice.</exception>
    public static Dictionary<string, string> Read(string path)
    {
        var entries = XDocument.Load(path).Root!.Elements("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Value: (string?)d.Element("value") ?? string.Empty))
            .ToList();
        var twice = entries.GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return twice.Count > 0
            ? throw new InvalidDataException($"{Path.GetFileName(path)} holds these keys more than once: {string.Join(", ", twice)}.")
            : entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    /// <summary>A table's path in the source tree: the English one, or a language's beside it.</summary>
    /// <param name="englishPath">The English table's path from the repository's root, such as <c>src/KneeStrength/Text/Resources/Messages.resx</c>.</param>
    /// <param name="language">The language, <c>en</c> for English.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string englishPath, string language) =>
        ProcessTools.Repository(language == "en" ? englishPath : englishPath[..^".resx".Length] + $".{language}.resx");
}
