namespace CdsService.Api.Batches.Input;

/// <summary>
/// The file as a whole cannot be a batch (not CSV, no header, no known column, too many rows). Rows with bad values
/// never throw this: they become <see cref="RowError"/>s and the rest of the batch goes ahead.
/// </summary>
public sealed class BatchInputException : Exception
{
    public BatchInputException()
    {
    }

    public BatchInputException(string message)
        : base(message)
    {
    }

    public BatchInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BatchInputException(string message, int statusCode)
        : base(message) => StatusCode = statusCode;

    /// <summary>400 for an unreadable file, 413 for one over the documented limits.</summary>
    public int StatusCode { get; } = StatusCodes.Status400BadRequest;
}
