using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Text;
using System.Text.Json;

namespace KneeStrength.Catalog;

/// <summary>
/// The pictures of the built-in exercises: one SVG drawing of each of the fourteen <see cref="RunnersKnee"/> exercises,
/// shipped inside the library, with its alternative text.
/// </summary>
/// <remarks>
/// <para>Each picture shows the start position faint and the end position solid, with an arrow for the movement and
/// the equipment where it is used; a CSS cross-fade between the two positions stops for people who ask for reduced
/// motion (<c>prefers-reduced-motion</c>) and in print. The pictures hold no script, no links and no external
/// references. They are 240 by 160 units and are licensed CC0-1.0.</para>
/// <para>The built-in exercises carry the same pictures as <see cref="Exercise.Media"/>: a relative URI
/// <c>pictures/{id}.svg</c> that an app serves from <see cref="GetSvgBytes"/> (as the web companion does), or writes
/// out beside its pages. Apps bring pictures of their own exercises as their own <see cref="ExerciseMedia"/>.</para>
/// <para>Everything here is immutable and thread-safe; the pictures are read from the assembly once.</para>
/// </remarks>
public static class ExercisePictures
{
    /// <summary>The media type of every built-in picture: <c>image/svg+xml</c>.</summary>
    public const string MediaType = "image/svg+xml";

    /// <summary>The licence of every built-in picture, as an SPDX identifier: <c>CC0-1.0</c> (no rights reserved).</summary>
    public const string Licence = "CC0-1.0";

    /// <summary>The folder of the built-in pictures' relative URIs: <c>pictures/</c>.</summary>
    public const string Folder = "pictures/";

    private const string ResourcePrefix = "KneeStrength.Catalog.Pictures.";

    private static readonly (Dictionary<string, Picture> ById, ReadOnlyCollection<string> Ids) Loaded = Load();

    private static readonly Dictionary<string, Picture> Pictures = Loaded.ById;

    /// <summary>Gets the ids of the exercises that have a built-in picture, in the catalog's order.</summary>
    public static IReadOnlyList<string> ExerciseIds { get; } = Loaded.Ids;

    /// <summary>Gets the built-in picture of an exercise as media: <c>pictures/{id}.svg</c>, its alternative text and licence.</summary>
    /// <param name="exerciseId">The exercise's id, such as <c>side-plank</c>.</param>
    /// <returns>The media item, or <see langword="null"/> when the exercise has no built-in picture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exerciseId"/> is null.</exception>
    public static ExerciseMedia? GetMedia(string exerciseId) => Find(exerciseId)?.Media;

    /// <summary>Gets the built-in picture of an exercise as SVG text.</summary>
    /// <param name="exerciseId">The exercise's id, such as <c>side-plank</c>.</param>
    /// <returns>The SVG document, or <see langword="null"/> when the exercise has no built-in picture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exerciseId"/> is null.</exception>
    public static string? GetSvg(string exerciseId) => Find(exerciseId)?.Text;

    /// <summary>Gets the built-in picture of an exercise as the bytes of an SVG file (UTF-8, no byte order mark).</summary>
    /// <param name="exerciseId">The exercise's id, such as <c>side-plank</c>.</param>
    /// <returns>A new array each call, or <see langword="null"/> when the exercise has no built-in picture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exerciseId"/> is null.</exception>
    public static byte[]? GetSvgBytes(string exerciseId) => Find(exerciseId)?.Bytes.ToArray();

    /// <summary>Gets the id of the exercise a built-in picture's relative URI (<c>pictures/{id}.svg</c>) names.</summary>
    /// <param name="uri">A media URI, such as one of <see cref="Exercise.Media"/>.</param>
    /// <returns>The exercise id, or <see langword="null"/> when the URI is not one of the built-in pictures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    public static string? ExerciseIdOf(Uri uri)
    {
        Preconditions.CheckNotNull(uri);
        string text = uri.OriginalString;
        if (uri.IsAbsoluteUri || !text.StartsWith(Folder, StringComparison.Ordinal) || !text.EndsWith(".svg", StringComparison.Ordinal))
        {
            return null;
        }

        string id = text[Folder.Length..^".svg".Length];
        return Pictures.ContainsKey(id) ? id : null;
    }

    private static Picture? Find(string exerciseId)
    {
        Preconditions.CheckNotNull(exerciseId);
        return Pictures.TryGetValue(exerciseId, out var picture) ? picture : null;
    }

    // <summary>Reads pictures.json (the alternative text of each picture) and every picture it names, once.</summary>
    private static (Dictionary<string, Picture> ById, ReadOnlyCollection<string> Ids) Load()
    {
        var pictures = new Dictionary<string, Picture>(StringComparer.Ordinal);
        var order = new List<string>();
        using var document = JsonDocument.Parse(ReadResource("pictures.json"));
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            string id = entry.GetProperty("exerciseId").GetString()!;
            byte[] bytes = ReadResource(entry.GetProperty("file").GetString()!);
            var media = new ExerciseMedia(
                new Uri(Folder + id + ".svg", UriKind.Relative),
                entry.GetProperty("mediaType").GetString()!,
                entry.GetProperty("alternativeText").GetString()!,
                entry.GetProperty("licence").GetString());
            pictures.Add(id, new Picture(media, bytes, Encoding.UTF8.GetString(bytes)));
            order.Add(id);
        }

        return (pictures, order.AsReadOnly());
    }

    private static byte[] ReadResource(string name)
    {
        using Stream stream = typeof(ExercisePictures).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The library's resource {ResourcePrefix + name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed record Picture(ExerciseMedia Media, ReadOnlyMemory<byte> Bytes, string Text);
}
