namespace CdsService.Api.Validation;

using System.Text.Json;
using CdsService.Fhir;

/// <summary>
/// A JSON string of a request body holds text no channel stores (<see cref="UnsafeText"/>). A JsonException, so the
/// serializer adds the field's path before the error renderer names it.
/// </summary>
public sealed class UnsafeTextException : JsonException
{
    public UnsafeTextException()
        : base($"The value {UnsafeText.Rule}.")
    {
    }

    public UnsafeTextException(string message)
        : base(message)
    {
    }

    public UnsafeTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
