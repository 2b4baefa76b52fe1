namespace CdsService.Api.CdsHooks;

using System.Runtime.InteropServices;
using System.Text.Json;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Api.Http;
using CdsService.Fhir;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

/// <summary>
/// Reads a hook or feedback body: over 1 MB is 413, a declared media type that is not JSON is 415 (CDS Hooks 2.0: the
/// request is application/json; a missing Content-Type is read leniently), malformed JSON is 400, each with an
/// OperationOutcome (docs/security.md).
/// </summary>
public static class CdsHooksBody
{
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = RequestBodyLimit.DefaultMaxBytes;
        }

        if (request.ContentLength > RequestBodyLimit.DefaultMaxBytes)
        {
            return (null, TooLarge());
        }

        if (!string.IsNullOrEmpty(request.ContentType) && !IsJson(request.ContentType))
        {
            return (null, OperationOutcomes.Result(StatusCodes.Status415UnsupportedMediaType, "not-supported", ["Send the body as application/json."]));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, CdsHooksJson.DocumentOptions, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (null, OperationOutcomes.BadRequest(["The body is not valid JSON."]));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }

        // Refused before any field is read: a NUL would fail the audit write on PostgreSQL (docs/security.md, "Hostile input").
        if (UnsafeText.FindInJson(JsonMarshal.GetRawUtf8Value(document.RootElement), CdsHooksJson.DocumentOptions.MaxDepth) is { } path)
        {
            document.Dispose();
            return (null, OperationOutcomes.BadRequest([$"{path}: {UnsafeText.Rule}."]));
        }

        return (document, null);
    }

    private static bool IsJson(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.Type.Equals("application", StringComparison.OrdinalIgnoreCase) && type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)));

    private static IResult TooLarge() =>
        OperationOutcomes.Result(StatusCodes.Status413PayloadTooLarge, "too-costly", ["The body is larger than 1 MB."]);
}
