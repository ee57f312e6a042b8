using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KneeStrength.Catalog;
using Microsoft.Extensions.FileProviders;

namespace KneeStrength.Web;

/// <summary>
/// The page's service worker as served at <c>/sw.js</c>: the script (<c>ServiceWorker.js</c>, embedded) after two
/// lines the app writes: the list of what it keeps for offline use (every file of wwwroot but the examples, the
/// catalog and each built-in picture) and a version, the hash of all of it. Any change to a file is a new version,
/// and a new version takes over with a cache of its own. Files replaced while the app runs (a deploy in place) give
/// the next request a new script. Thread-safe.
/// </summary>
internal sealed class ServiceWorkerScript(IFileProvider webRoot)
{
    private static readonly string Template = ReadTemplate();

    private Built? _built;

    /// <summary>The script for the web root's files as they are now.</summary>
    public string Text
    {
        get
        {
            // What the files are (paths, sizes, times) is cheap to read; the script is built again only when it changed.
            var files = new SortedDictionary<string, IFileInfo>(StringComparer.Ordinal);
            AddFiles(webRoot, string.Empty, files);
            string stamp = string.Join('\n', files.Select(f => $"{f.Key} {f.Value.Length} {f.Value.LastModified.UtcTicks}"));
            var built = _built;
            if (built is null || built.Stamp != stamp)
            {
                built = new Built(stamp, Build(files));
                _built = built;
            }

            return built.Text;
        }
    }

    private static string ReadTemplate()
    {
        using var stream = typeof(ServiceWorkerScript).Assembly.GetManifestResourceStream("KneeStrength.Web.ServiceWorker.js")
            ?? throw new InvalidOperationException("The service worker script is not embedded in the app.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Build(SortedDictionary<string, IFileInfo> files)
    {
        var precache = new List<string> { "/" };
        precache.AddRange(files.Keys);
        precache.Add("/api/catalog");
        precache.AddRange(ExercisePictures.ExerciseIds.Select(id => $"/pictures/{id}.svg"));

        // The catalog and the pictures come from the library: its version stands for them.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Template));
        hash.AppendData(Encoding.UTF8.GetBytes(typeof(ExercisePictures).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? string.Empty));
        foreach (var (path, file) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            using var stream = file.CreateReadStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            hash.AppendData(copy.GetBuffer(), 0, (int)copy.Length);
        }

        string version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return $"const VERSION = '{version}';\nconst PRECACHE = {JsonSerializer.Serialize(precache, WebJsonContext.Default.ListString)};\n\n{Template}";
    }

    private static void AddFiles(IFileProvider root, string folder, SortedDictionary<string, IFileInfo> files)
    {
        foreach (var entry in root.GetDirectoryContents(folder))
        {
            string path = $"{folder}/{entry.Name}";
            if (!entry.IsDirectory)
            {
                files[path] = entry;
            }
            else if (path != "/examples")
            {
                AddFiles(root, path, files);
            }
        }
    }

    private sealed record Built(string Stamp, string Text);
}
