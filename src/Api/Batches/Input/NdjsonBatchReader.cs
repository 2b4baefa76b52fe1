namespace CdsService.Api.Batches.Input;

using System.Text;
using System.Text.Json;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Api.Validation;

/// <summary>
/// Newline-delimited JSON: one REST panel (the body of POST /api/v1/recommendations) per line. Blank lines are
/// skipped; the row number is the line number, so an error points at the line an editor shows.
/// </summary>
public static class NdjsonBatchReader
{
    public const string Format = "ndjson";

    public static ParsedBatch Read(ReadOnlyMemory<byte> body, JsonSerializerOptions options, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(options);
        TextCheck.EnsureUtf8Text(body, "NDJSON");
        using var reader = new StringReader(Encoding.UTF8.GetString(body.Span).TrimStart('\uFEFF'));
        var rows = new List<ParsedRow>();
        var line = 0;
        while (ReadLine(reader) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            if (rows.Count == maxRows)
                throw new BatchInputException($"The file has more than {maxRows} patient lines; split it into several batches.", StatusCodes.Status413PayloadTooLarge);
            rows.Add(Parse(line, text, options));
        }

        if (rows.Count == 0)
            throw new BatchInputException("The file holds no JSON panel: send one REST request body per line.");
        if (rows.All(r => !r.IsValid) && rows[0].Errors is [{ Field: null }])
            throw new BatchInputException("The first line is not a JSON object: the file is not NDJSON of REST panels.");
        return new ParsedBatch(Format, rows, []);
    }

    private static ParsedRow Parse(int line, string text, JsonSerializerOptions options)
    {
        if (!text.TrimStart().StartsWith('{'))
            return new ParsedRow(line, null, [new RowError(line, null, null, "The line is not a JSON object.")]);
        try
        {
            var request = JsonSerializer.Deserialize<RecommendationRequest>(text, options);
            return request is null
                ? new ParsedRow(line, null, [new RowError(line, null, null, "The line is not a JSON object.")])
                : new ParsedRow(line, request, []);
        }
        catch (UnsafeTextException e)
        {
            // Refused for the whole file, like a binary file: no row of it is stored (docs/security.md, "Hostile input").
            throw new BatchInputException($"Line {line}, field '{FieldOf(e.Path) ?? "$"}': the value {CdsService.Fhir.UnsafeText.Rule}.", e);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            return new ParsedRow(line, null, [new RowError(line, null, field, $"Invalid JSON at '{field ?? "$"}' (byte {e.BytePositionInLine + 1}): a value of the wrong type or broken syntax.")]);
        }
    }

    private static string? FieldOf(string? path) => path switch
    {
        null or "$" => null,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ => path,
    };

    private static string? ReadLine(StringReader reader) => reader.ReadLine();
}
