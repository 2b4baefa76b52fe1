namespace CdsService.Api.Batches.Reports;

using System.IO.Pipelines;
using System.Text.Json;

/// <summary>
/// The report as JSON (format=json): the head of the report, each patient's one-patient report model as it streams
/// past, then what the report says of the cohort (summary, cohort warnings, references), counted on the way.
/// </summary>
public static class BatchJsonWriter
{
    private const int FlushAt = 64 * 1024;

    public static async Task WriteAsync(PipeWriter output, BatchReport report, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        // Over the response's PipeWriter the serializer's own flushes only commit to the pipe: the pipe is flushed
        // asynchronously here, as Kestrel requires.
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder });
        json.WriteStartObject();
        foreach (var property in JsonSerializer.SerializeToElement(report, options).EnumerateObject())
            property.WriteTo(json);

        var tally = new CohortTally();
        long flushed = 0;
        json.WriteStartArray(Name(options, "patients"));
        await foreach (var patient in report.ReadPatients(cancellationToken))
        {
            tally.Add(patient);
            JsonSerializer.Serialize(json, patient, options);
            if (json.BytesPending + json.BytesCommitted - flushed >= FlushAt)
            {
                json.Flush();
                flushed = json.BytesCommitted;
                await output.FlushAsync(cancellationToken);
            }
        }
        json.WriteEndArray();

        json.WritePropertyName(Name(options, "summary"));
        JsonSerializer.Serialize(json, tally.Summary(), options);
        json.WritePropertyName(Name(options, "cohortWarnings"));
        JsonSerializer.Serialize(json, tally.CohortWarnings(), options);
        json.WritePropertyName(Name(options, "references"));
        JsonSerializer.Serialize(json, tally.References(), options);
        json.WriteEndObject();
        json.Flush();
        await output.FlushAsync(cancellationToken);
    }

    private static string Name(JsonSerializerOptions options, string name) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;
}
