namespace CdsService.Api.CdsHooks;

using System.Text.Json;
using CdsService.Api.CdsHooks.Contracts;
using Microsoft.AspNetCore.Http.Features;

/// <summary>Reads a hook or feedback body: over 1 MB is 413, malformed JSON is 400, both with an OperationOutcome (DESIGN.md section 10).</summary>
public static class CdsHooksBody
{
    public const long MaxBytes = 1024 * 1024;

    public static async Task<(JsonDocument? Document, IResult? Error)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        try
        {
            return (await JsonDocument.ParseAsync(request.Body, CdsHooksJson.DocumentOptions, request.HttpContext.RequestAborted), null);
        }
        catch (JsonException)
        {
            return (null, OperationOutcomes.BadRequest(["The body is not valid JSON."]));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
    }

    private static IResult TooLarge() =>
        OperationOutcomes.Result(StatusCodes.Status413PayloadTooLarge, "too-costly", ["The body is larger than 1 MB."]);
}
