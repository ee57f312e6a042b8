using System;
using System.Text.Json;

namespace KneeStrength.Serialization;

/// <summary>Limits that <see cref="KneeJson"/> applies when it reads a document.</summary>
/// <remarks>
/// <para>Defaults: documents of at most 4 MiB (<see cref="DefaultMaxBytes"/>) nested at most 32 levels deep
/// (<see cref="DefaultMaxDepth"/>). The built-in routine's plan is about 27 KiB; the deepest document nests 6 levels.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class KneeJsonReaderOptions
{
    /// <summary>The default size limit: 4 MiB (4,194,304 bytes).</summary>
    public const int DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>The default depth limit: 32 levels of objects and arrays.</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>The largest size limit that may be set: 1 GiB.</summary>
    public const int MaxMaxBytes = 1024 * 1024 * 1024;

    /// <summary>The largest depth limit that may be set: 256 levels.</summary>
    public const int MaxMaxDepth = 256;

    /// <summary>Creates reader options.</summary>
    /// <param name="maxBytes">
    /// The largest document read, in bytes of UTF-8 (for a string: its UTF-8 length), 1 to <see cref="MaxMaxBytes"/>.
    /// A larger document is refused before it is parsed.
    /// </param>
    /// <param name="maxDepth">
    /// How deeply objects and arrays may nest, 1 to <see cref="MaxMaxDepth"/>; the document's own object is level 1.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public KneeJsonReaderOptions(int maxBytes = DefaultMaxBytes, int maxDepth = DefaultMaxDepth)
    {
        Preconditions.CheckArgumentRange(maxBytes, 1, MaxMaxBytes);
        Preconditions.CheckArgumentRange(maxDepth, 1, MaxMaxDepth);
        MaxBytes = maxBytes;
        MaxDepth = maxDepth;
        Context = maxDepth == DefaultMaxDepth
            ? KneeJsonContext.Default
            : new KneeJsonContext(new JsonSerializerOptions(KneeJsonContext.Default.Options) { MaxDepth = maxDepth, TypeInfoResolver = null });
    }

    /// <summary>Gets the default options: 4 MiB, 32 levels.</summary>
    public static KneeJsonReaderOptions Default { get; } = new();

    /// <summary>Gets the largest document read, in bytes of UTF-8.</summary>
    public int MaxBytes { get; }

    /// <summary>Gets how deeply objects and arrays may nest.</summary>
    public int MaxDepth { get; }

    // <summary>Gets the serializer context that enforces <see cref="MaxDepth"/>.</summary>
    internal KneeJsonContext Context { get; }
}
