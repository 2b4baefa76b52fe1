namespace CdsService.Api.Batches;

using CdsService.Api.Batches.Input;

/// <summary>
/// Copies the body into memory with a hard cap. Kestrel enforces the endpoint's size limit too, but a chunked body
/// under a host without that feature (or a lying Content-Length) must meet the same 413.
/// </summary>
internal static class BodyReader
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new BatchInputException($"The file is larger than {maxBytes} bytes; split it into several batches.", StatusCodes.Status413PayloadTooLarge);
            }
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
