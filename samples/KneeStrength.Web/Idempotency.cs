using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using KneeStrength.Text;
using KneeStrength.Tracking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace KneeStrength.Web;

/// <summary>
/// Log writes sent more than once, as a phone does that saved a log offline and cannot tell whether its first try
/// arrived: an <c>Idempotency-Key</c> header (a key the client makes, a UUID) names the write; the store keeps the first
/// answer under it, and the same request again gets that answer back with nothing written a second time.
/// </summary>
internal static class Idempotency
{
    /// <summary>The request header.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The answer header that says an answer is the kept one of an earlier request.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The longest key taken.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>
    /// Reads the header: no key (null) when it is absent; a problem naming the header when it is given more than once,
    /// is empty or longer than <see cref="MaxKeyLength"/>, or holds anything but ASCII letters, digits, '-' and '_'.
    /// </summary>
    public static string? Key(HttpRequest request, out IResult? problem)
    {
        problem = null;
        var values = request.Headers[Header];
        if (values.Count == 0)
        {
            return null;
        }

        string key = values.Count == 1 ? values[0] ?? string.Empty : string.Empty;
        if (values.Count > 1 || key.Length is 0 or > MaxKeyLength || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            problem = Api.Invalid(Header, $"Expected one key of 1 to {MaxKeyLength} letters, digits, '-' or '_' (a UUID), but got {DisplayText.Quote(string.Join(", ", values.ToArray()))}.");
        }

        return key;
    }

    /// <summary>
    /// Starts a log write: reads its key and its body, and answers a repeat of a kept request with the kept answer. The
    /// answer is set (a problem, or the replay) when the write must go no further.
    /// </summary>
    public static async Task<(string? Key, string Body, string Fingerprint, IResult? Answer)> Begin(HttpRequest request, HttpResponse response, ProfileStore store, string profileId)
    {
        string? key = Key(request, out var keyProblem);
        var (text, bodyProblem) = await Api.ReadBody(request);
        if ((keyProblem ?? bodyProblem) is IResult refused)
        {
            return (key, string.Empty, string.Empty, refused);
        }

        // A repeat gets the first answer, even on a later day when its date would no longer be taken.
        string fingerprint = Fingerprint(request, text!);
        var replay = key is not null && store.FindAnswer(profileId, key) is KeptAnswer kept ? Replay(kept, fingerprint, response) : null;
        return (key, text!, fingerprint, replay);
    }

    /// <summary>What a request was, for telling a repeat from another request under the same key: its path and body, hashed.</summary>
    public static string Fingerprint(HttpRequest request, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n{body}")));

    /// <summary>
    /// The kept answer to a repeated request, marked as replayed; a key that was kept for another request (another
    /// path or body) is a 422 problem naming the header.
    /// </summary>
    public static IResult Replay(KeptAnswer kept, string fingerprint, HttpResponse response)
    {
        if (kept.Fingerprint != fingerprint)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The key was used for another request.",
                detail: $"This {Header} was sent before with another request (another day or body); make a new key for each log.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Header] = ["Used before for another request."] } });
        }

        response.Headers[ReplayedHeader] = "true";
        return Results.Text(kept.Body, "application/json", Encoding.UTF8, kept.Status);
    }

    /// <summary>
    /// Writes the log once under the key and answers <paramref name="status"/> with its document; without a key, writes
    /// it as before. A repeat that raced this write gets the kept answer.
    /// </summary>
    public static IResult SaveOnce(ProfileStore store, string profileId, SessionLog log, string? key, string fingerprint, int status, HttpResponse response)
    {
        string body = Serialization.KneeJson.WriteSessionLog(log);
        if (key is null)
        {
            store.Save(profileId, log);
            return Results.Text(body, "application/json", Encoding.UTF8, status);
        }

        var answer = new KeptAnswer(fingerprint, status, body);
        var kept = store.SaveOnce(profileId, log, key, answer);
        return ReferenceEquals(kept, answer) ? Results.Text(body, "application/json", Encoding.UTF8, status) : Replay(kept, fingerprint, response);
    }

    /// <summary>Describes the header in the OpenAPI document, and the 422 of a key used for another request.</summary>
    public static RouteHandlerBuilder TakesIdempotencyKey(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = $"A key the client makes for this write (a UUID; 1 to {MaxKeyLength} letters, digits, '-' or '_'). The server keeps the first answer under it: the same request sent again gets that answer (with {ReplayedHeader}: true) and writes nothing; the key sent with another request is a 422.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = MaxKeyLength },
            });
            return System.Threading.Tasks.Task.CompletedTask;
        });
}
