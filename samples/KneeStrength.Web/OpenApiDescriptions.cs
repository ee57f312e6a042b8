using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KneeStrength.Web;

/// <summary>
/// What the OpenAPI document says of bodies the library writes and reads (plans, coaching days, logs, journals): they
/// are its JSON documents, each with a JSON Schema of its own, which the document links to from the body's schema.
/// </summary>
internal static class OpenApiDescriptions
{
    private const string SchemaBase = "https://github.com/kneestrength/kneestrength/raw/main/src/KneeStrength/Serialization/Schemas/";

    /// <summary>The endpoint answers <paramref name="status"/> with the library's document of that schema.</summary>
    public static RouteHandlerBuilder Gives(this RouteHandlerBuilder endpoint, string schema, string description, int status = StatusCodes.Status200OK, string contentType = "application/json") =>
        endpoint.Produces(status, contentType: contentType).WithMetadata(new Document(schema, description, status, contentType));

    /// <summary>The endpoint reads the library's document of that schema as its body.</summary>
    public static RouteHandlerBuilder Takes(this RouteHandlerBuilder endpoint, string schema, string description) =>
        endpoint.WithMetadata(new Document(schema, description, Status: null, "application/json"));

    /// <summary>The problems every write may answer: not JSON (415), too large (413), cross-site (403), the store (503, 507).</summary>
    public static RouteHandlerBuilder WriteProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
        .ProducesProblem(StatusCodes.Status507InsufficientStorage);

    /// <summary>Fills in the bodies <see cref="Gives"/> and <see cref="Takes"/> named.</summary>
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var document in context.Description.ActionDescriptor.EndpointMetadata.OfType<Document>())
        {
            var schema = new OpenApiSchema
            {
                Type = document.ContentType == "application/json" ? JsonSchemaType.Object : JsonSchemaType.String,
                Format = document.ContentType == "application/json" ? null : "binary",
                Description = document.Description,
                ExternalDocs = document.ContentType == "application/json" ? new OpenApiExternalDocs { Url = new Uri(SchemaBase + document.Schema), Description = "Its JSON Schema" } : null,
            };
            var media = new OpenApiMediaType { Schema = schema };
            if (document.Status is int status)
            {
                string key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (operation.Responses?.TryGetValue(key, out var response) == true && response is OpenApiResponse answer)
                {
                    answer.Content ??= new Dictionary<string, OpenApiMediaType>();
                    answer.Content[document.ContentType] = media;
                }
            }
            else
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = document.Description,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = media },
                };
            }
        }

        return Task.CompletedTask;
    }

    private sealed record Document(string Schema, string Description, int? Status, string ContentType);
}
