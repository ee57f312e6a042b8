using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using KneeStrength.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KneeStrength.Web;

/// <summary>
/// What every API request must be before an endpoint reads it: a write is same-site (403 otherwise: a form or a script
/// on another web site may not write to a profile whose id it knows), JSON (415 otherwise: a browser sends a
/// cross-site form as <c>text/plain</c> or form-encoded without asking first), and no larger than
/// <see cref="Api.MaxBodyBytes"/> (413, read no further); and a profile's data is never cached.
/// </summary>
internal static class RequestRules
{
    /// <summary>Checks the request, answering the problem itself when it breaks a rule, else passes it on.</summary>
    public static Task Apply(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return next(context);
        }

        if (request.Path.StartsWithSegments("/api/profiles", StringComparison.Ordinal))
        {
            // Pain scores and notes: in no browser cache, shared cache or back-forward cache.
            context.Response.Headers.CacheControl = "no-store";
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return next(context);
        }

        if (CrossSite(request) is string why)
        {
            return Problem(context, StatusCodes.Status403Forbidden, "Origin", "Cross-site write refused", why);
        }

        if (request.ContentLength > Api.MaxBodyBytes)
        {
            return Problem(context, StatusCodes.Status413PayloadTooLarge, "Content-Length", "The body is too large", $"The body may be at most {Api.MaxBodyBytes} bytes; Content-Length says {request.ContentLength}.");
        }

        if (request.ContentLength != 0 && !IsJson(request.ContentType))
        {
            return Problem(
                context,
                StatusCodes.Status415UnsupportedMediaType,
                "Content-Type",
                "The body must be JSON",
                $"Expected Content-Type application/json, but got {(request.ContentType is null ? "none" : DisplayText.Quote(request.ContentType))}.");
        }

        return next(context);
    }

    // A browser says where a request comes from: Sec-Fetch-Site (every current browser), else Origin. A client that is
    // not a browser (curl, an app) sends neither, and is not a cross-site threat.
    private static string? CrossSite(HttpRequest request)
    {
        string? site = request.Headers["Sec-Fetch-Site"];
        if (site is not null)
        {
            return site is "same-origin" or "none" ? null : $"Sec-Fetch-Site is {DisplayText.Quote(site)}: this API takes writes from its own pages only.";
        }

        string? origin = request.Headers.Origin;
        if (origin is null)
        {
            return null;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) &&
            string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Origin {DisplayText.Quote(origin)} is not this site: this API takes writes from its own pages only.";
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var type) &&
        type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) &&
        (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    // The problem names the header at fault as its 'field'.
    private static Task Problem(HttpContext context, int status, string field, string title, string detail)
    {
        // The problem is the answer: the body is not read, and the connection is closed after it rather than drained.
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            context.Response.Headers.Connection = "close";
        }

        return Results.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["field"] = field })
            .ExecuteAsync(context);
    }
}
