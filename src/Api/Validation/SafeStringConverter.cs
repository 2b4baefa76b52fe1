namespace CdsService.Api.Validation;

using System.Text.Json;
using System.Text.Json.Serialization;
using CdsService.Fhir;

/// <summary>
/// Every string of a REST or NDJSON body, refused when it holds NUL or an unpaired surrogate (docs/security.md,
/// "Hostile input"): PostgreSQL would fail the audit write with a 500, and its error would quote the value into the log.
/// </summary>
public sealed class SafeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // The default converter's own type error, with its path.
            throw new JsonException();
        }

        string? value;
        try
        {
            value = reader.GetString();
        }
        catch (InvalidOperationException e)
        {
            throw new UnsafeTextException($"The value {UnsafeText.Rule}.", e);
        }

        return UnsafeText.IsUnsafe(value) ? throw new UnsafeTextException() : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
