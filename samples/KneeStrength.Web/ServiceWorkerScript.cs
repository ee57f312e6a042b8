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
/// and a new version takes over with a cache of its own.
/// </summary>
internal sealed class ServiceWorkerScript
{
    private ServiceWorkerScript(string text) => Text = text;

    /// <summary>The script.</summary>
    public string Text { get; }

    /// <summary>Builds the script from the web root's files, once (the files do not change while the app runs).</summary>
    public static ServiceWorkerScript Build(IFileProvider webRoot)
    {
        string template;
        using (var stream = typeof(ServiceWorkerScript).Assembly.GetManifestResourceStream("KneeStrength.Web.ServiceWorker.js")
            ?? throw new InvalidOperationException("The service worker script is not embedded in the app."))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            template = reader.ReadToEnd();
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        AddFiles(webRoot, string.Empty, files);
        var precache = new List<string> { "/" };
        precache.AddRange(files.Keys);
        precache.Add("/api/catalog");
        precache.AddRange(ExercisePictures.ExerciseIds.Select(id => $"/pictures/{id}.svg"));

        // The catalog and the pictures come from the library: its version stands for them.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(template));
        hash.AppendData(Encoding.UTF8.GetBytes(typeof(ExercisePictures).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? string.Empty));
        foreach (var (path, bytes) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData(bytes);
        }

        string version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return new ServiceWorkerScript($"const VERSION = '{version}';\nconst PRECACHE = {JsonSerializer.Serialize(precache, WebJsonContext.Default.ListString)};\n\n{template}");
    }

    private static void AddFiles(IFileProvider root, string folder, SortedDictionary<string, byte[]> files)
    {
        foreach (var entry in root.GetDirectoryContents(folder))
        {
            string path = $"{folder}/{entry.Name}";
            if (entry.IsDirectory)
            {
                if (path != "/examples")
                {
                    AddFiles(root, path, files);
                }

                continue;
            }

            using var stream = entry.CreateReadStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[path] = copy.ToArray();
        }
    }
}
