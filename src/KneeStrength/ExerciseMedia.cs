using System;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength;

/// <summary>
/// A picture or a video of an exercise: where it is (a URI), what it is (a media type such as
/// <c>image/svg+xml</c> or <c>video/mp4</c>), what it shows in words for people who cannot see it, and its licence.
/// </summary>
/// <remarks>
/// <para>The URI is absolute (<c>https://clinic.example/videos/step-up.mp4</c>) or relative to wherever the app
/// serves its files (<c>pictures/step-up.svg</c>, as the built-in pictures are); at most
/// <see cref="MaxUriLength"/> characters, with no <c>javascript:</c> or <c>data:</c> scheme (a page shows these URIs,
/// and a picture's bytes belong in a file, not in the model). The media type is an <c>image/</c> or <c>video/</c>
/// type. The alternative text says what the picture shows, 1 to 500 characters; the licence is an SPDX identifier
/// (<c>CC-BY-4.0</c>) or a short note, at most 100 characters, or null when the app has not said.</para>
/// <para>Equality compares every component, the URI by its text. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ExerciseMedia : IEquatable<ExerciseMedia>
{
    /// <summary>The longest URI a media item may have, in characters.</summary>
    public const int MaxUriLength = 2000;

    /// <summary>Creates a media item.</summary>
    /// <param name="uri">Where the picture or video is: absolute, or relative to where the app serves its files.</param>
    /// <param name="mediaType">Its media type: <c>image/…</c> or <c>video/…</c>, such as <c>image/svg+xml</c>.</param>
    /// <param name="alternativeText">What it shows, in words: 1 to 500 characters.</param>
    /// <param name="licence">Its licence (an SPDX identifier or a short note, at most 100 characters), or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, too long or not of its form.</exception>
    public ExerciseMedia(Uri uri, string mediaType, string alternativeText, string? licence = null)
    {
        Preconditions.CheckNotNull(uri);
        string text = uri.OriginalString;
        Preconditions.CheckArgument(
            text.Length is > 0 and <= MaxUriLength,
            nameof(uri),
            string.Create(CultureInfo.InvariantCulture, $"A media URI must be 1 to {MaxUriLength} characters long; it was {text.Length}."));
        Preconditions.CheckArgument(
            !uri.IsAbsoluteUri || !(uri.Scheme is "javascript" or "data"),
            nameof(uri),
            $"A media URI may not use the '{(uri.IsAbsoluteUri ? uri.Scheme : string.Empty)}:' scheme; give an https or relative URI.");
        Preconditions.CheckArgument(
            DisplayText.FindProblem(text) is null && !text.AsSpan().ContainsAny(' ', '"', '<') && !text.Contains('>', StringComparison.Ordinal),
            nameof(uri),
            $"A media URI may hold no spaces, quotes, angle brackets, control or bidirectional characters; it was {DisplayText.Quote(text)}.");
        Uri = uri;
        MediaType = CheckMediaType(mediaType);
        AlternativeText = Preconditions.CheckText(alternativeText, 500);
        Licence = licence is null ? null : Preconditions.CheckText(licence, 100);
    }

    /// <summary>Gets where the picture or video is.</summary>
    public Uri Uri { get; }

    /// <summary>Gets the media type, in lower case, such as <c>image/svg+xml</c>.</summary>
    public string MediaType { get; }

    /// <summary>Gets what the picture or video shows, in words.</summary>
    public string AlternativeText { get; }

    /// <summary>Gets the licence, or <see langword="null"/> when none was given.</summary>
    public string? Licence { get; }

    /// <summary>Gets a value indicating whether this is a video (its media type is <c>video/…</c>); else it is a picture.</summary>
    public bool IsVideo => MediaType.StartsWith("video/", StringComparison.Ordinal);

    /// <inheritdoc/>
    public bool Equals(ExerciseMedia? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Uri.OriginalString == other.Uri.OriginalString && MediaType == other.MediaType &&
             AlternativeText == other.AlternativeText && Licence == other.Licence));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExerciseMedia);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Uri.OriginalString, MediaType, AlternativeText, Licence);

    /// <summary>Returns the media type and the URI, such as <c>image/svg+xml pictures/step-up.svg</c>.</summary>
    public override string ToString() => $"{MediaType} {Uri.OriginalString}";

    /// <summary>Compares two media items for equality.</summary>
    public static bool operator ==(ExerciseMedia? left, ExerciseMedia? right) => Equals(left, right);

    /// <summary>Compares two media items for inequality.</summary>
    public static bool operator !=(ExerciseMedia? left, ExerciseMedia? right) => !Equals(left, right);

    // <summary>A media type as RFC 6838 names them (type "/" subtype, restricted-name characters), image or video, lower-cased.</summary>
    private static string CheckMediaType(string? mediaType)
    {
        Preconditions.CheckNotNull(mediaType);
        int slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        bool valid = slash > 0 && slash < mediaType.Length - 1 && mediaType.Length <= 127;
        for (int i = 0; valid && i < mediaType.Length; i++)
        {
            char c = mediaType[i];
            valid = i == slash || char.IsAsciiLetterOrDigit(c) || (i != 0 && i != slash + 1 && c is '!' or '#' or '$' or '&' or '-' or '^' or '_' or '.' or '+');
        }

        string lower = mediaType.ToLowerInvariant();
        Preconditions.CheckArgument(
            valid && (lower.StartsWith("image/", StringComparison.Ordinal) || lower.StartsWith("video/", StringComparison.Ordinal)),
            nameof(mediaType),
            $"{DisplayText.Quote(mediaType)} is not a picture's or video's media type: give one such as 'image/svg+xml', 'image/png' or 'video/mp4'.");
        return lower;
    }
}
