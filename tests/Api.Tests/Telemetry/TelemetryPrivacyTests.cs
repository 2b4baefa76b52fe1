namespace CdsService.Api.Tests.Telemetry;

using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Batches;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

/// <summary>
/// docs/operations.md, "What telemetry never carries": a full run across every channel (REST, the audit reads and a
/// report, FHIR, a CDS Hooks call that fetches from a FHIR server, a batch) is exported to memory, and no span name,
/// span attribute, event or metric tag holds a patient id or a marker value that went in. The run must also have
/// produced the telemetry it is meant to, or the check would pass on nothing.
/// </summary>
public sealed class TelemetryPrivacyTests : IAsyncLifetime
{
    // Distinctive values, so that finding one in telemetry cannot be a coincidence.
    private const string RestPatient = "otel-pt-rest-4711";
    private const string HookPatient = "otel-pt-hook-0815";
    private const string BatchPatient = "otel-pt-batch-2342";
    private const string FhirPatient = "p-multi";
    private const string SerumEcd = "31.7";
    private const string Ratio = "2.37";

    private static readonly string[] Forbidden =
        [RestPatient, HookPatient, BatchPatient, FhirPatient, SerumEcd, Ratio, "H1047R", "LA11842-4", "3+", "\"loss\"", "opaque-fhir-access-token", CdsHooksAppFactory.RestApiKey];

    private readonly LockedCollection<Activity> _spans = new();
    private readonly LockedCollection<Metric> _metrics = new();
    private CdsHooksAppFactory _factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new CdsHooksAppFactory
        {
            Canned = null,
            ExtraServices = services => services
                // No OTLP endpoint here, so the service samples nothing by itself; the test's exporter wants every span.
                .ConfigureOpenTelemetryTracerProvider(t => t.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(_spans))
                .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(_metrics)),
        };
        _factory.Fhir.Observations.Add(CdsHooksFakeFhirServer.Observation("85319-2",
            new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://loinc.org", ["code"] = "LA11842-4" }) }));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task FullRunAcrossChannels_ExportsNoPatientIdOrMarkerValue()
    {
        using var api = _factory.Client();
        api.DefaultRequestHeaders.Add("X-Api-Key", CdsHooksAppFactory.RestApiKey);

        var evaluationId = await RestAsync(api);
        await OkAsync(api.GetAsync($"/api/v1/evaluations?patientId={RestPatient}", Ct));
        await OkAsync(api.GetAsync($"/api/v1/evaluations/{evaluationId}/report?format=html", Ct));
        await FhirAsync(api);
        await HookAsync();
        await BatchAsync(api);

        _factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        _factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        AssertTheRunWasObserved();
        foreach (var text in Exported())
        {
            foreach (var value in Forbidden)
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"telemetry holds '{value}': {text}");
        }
    }

    private void AssertTheRunWasObserved()
    {
        Assert.Contains(_spans, s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("cds.channel") == "fhir");
        Assert.Contains(_spans, s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("cds.service") == "her2-trastuzumab-patient-view");
        Assert.Contains(_spans, s => s.Kind == ActivityKind.Client && s.Source.Name.Contains("Http", StringComparison.Ordinal));
        Assert.Contains(_spans, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        var names = _metrics.Select(m => m.Name).ToHashSet();
        foreach (var name in new[] { "cds.evaluations", "cds.batch.rows", "cds.batch.queue.depth", "cds.db.command.duration", "cds.jwks.lookups", "http.server.request.duration" })
            Assert.Contains(name, names);
        var channels = Points("cds.evaluations").Select(p => Tag(p, "cds.channel")).ToHashSet();
        // Meters are process-wide: another test's service running at the same time (a SMART launch) may add its own
        // channel to what this exporter sees. The run's four channels must be there, and nothing but channel names.
        Assert.Superset(new HashSet<string?> { "batch", "cds-hooks", "fhir", "rest" }, channels);
        Assert.Subset(new HashSet<string?> { "batch", "cds-hooks", "fhir", "rest", "smart" }, channels);
    }

    /// <summary>Every exported string: span names, attribute values, event names and tags, metric tags.</summary>
    private IEnumerable<string> Exported()
    {
        foreach (var span in _spans)
        {
            yield return span.DisplayName;
            yield return span.StatusDescription ?? "";
            foreach (var tag in span.TagObjects)
                yield return $"{tag.Key}={tag.Value}";
            foreach (var e in span.Events)
            {
                yield return e.Name;
                foreach (var tag in e.Tags)
                    yield return $"{tag.Key}={tag.Value}";
            }
        }

        foreach (var metric in _metrics)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                    yield return $"{metric.Name} {tag.Key}={tag.Value}";
            }
        }
    }

    private List<MetricPoint> Points(string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in _metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
                points.Add(point);
        }

        return points;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
                return tag.Value as string;
        }

        return null;
    }

    private static async Task<string> RestAsync(HttpClient api)
    {
        var body = $$$"""{"patientId":"{{{RestPatient}}}","her2":{"ihc":"2+","ish":{"assay":"dual-probe","her2Cep17Ratio":{{{Ratio}}},"meanHer2CopiesPerCell":6.1}},"pten":"loss","pik3ca":{"status":"mutated","variants":["H1047R"]},"serumHer2Ecd":{"value":{{{SerumEcd}}},"unit":"ng/mL"}}""";
        using var response = await api.PostAsync("/api/v1/recommendations", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["evaluationId"]!.GetValue<string>();
    }

    private static async Task FhirAsync(HttpClient api)
    {
        var bundle = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "her2-positive-resistance.json"), Ct);
        await OkAsync(api.PostAsync("/fhir/$evaluate", new StringContent(bundle, Encoding.UTF8, "application/fhir+json"), Ct));
    }

    private async Task HookAsync()
    {
        var request = HookCalls.PatientViewRequest(_factory, prefetch: null, patientId: HookPatient);
        using var response = await _factory.PostAsync(HookCalls.PatientView, request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_factory.Fhir.Requests, r => r.PathAndQuery.Contains(HookPatient, StringComparison.Ordinal));
    }

    private static async Task BatchAsync(HttpClient api)
    {
        var csv = $"patient_id,her2_ihc,her2_ish_assay,her2_cep17_ratio,her2_copies_per_cell,pten\n{BatchPatient},2+,dual-probe,{Ratio},6.1,loss\n";
        var location = await api.SubmitOkAsync(csv);
        var done = await api.WaitUntilFinishedAsync(location);
        Assert.Equal("done", done.GetProperty("status").GetString());
    }

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
