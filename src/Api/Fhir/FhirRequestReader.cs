namespace CdsService.Api.Fhir;

using System.Text;
using CdsService.Fhir;

/// <summary>
/// Reads the body of a FHIR request as text, refusing other media types (415) and bodies over the limit (413) even
/// when chunked, and turning undecodable bytes into a <see cref="FhirInputException"/>.
/// </summary>
internal static class FhirRequestReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsFhirJson(HttpRequest request)
    {
        var type = request.ContentType?.Split(';')[0].Trim();
        return string.Equals(type, FhirJson.MediaType, StringComparison.OrdinalIgnoreCase) || string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase);
    }

    public static async Task<string> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            buffer.Write(chunk, 0, read);
        }

        try
        {
            return StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new FhirInputException("The body is not UTF-8 text.", e);
        }
    }
}
