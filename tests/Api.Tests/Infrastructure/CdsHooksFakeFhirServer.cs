namespace CdsService.Api.Tests.Infrastructure;

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

/// <summary>
/// A FHIR R4 server on loopback (real HTTP, docs/cds-hooks.md P4/P8): Patient reads, paginated Observation searches and
/// Medication reads from in-memory data, with switches for errors, a server that never answers and a foreign next link.
/// </summary>
public sealed class CdsHooksFakeFhirServer : IAsyncDisposable
{
    private readonly CdsHooksLoopbackServer _server = new();

    public CdsHooksFakeFhirServer()
    {
        _server.Handler = HandleAsync;
    }

    public string FhirBase => new Uri(_server.BaseUrl, "/fhir").AbsoluteUri;

    public List<JsonObject> Observations { get; } = [];

    public Dictionary<string, JsonObject> Medications { get; } = [];

    public int PageSize { get; set; } = 50;

    public int? ForcedStatus { get; set; }

    /// <summary>Characters of filler added to every search page, to serve pages larger than a client reads.</summary>
    public int PagePadding { get; set; }

    /// <summary>Accepts the connection and never answers: a FHIR server that hangs.</summary>
    public bool NeverAnswers
    {
        get => _server.NeverAnswers;
        set => _server.NeverAnswers = value;
    }

    public string? ForeignNextLink { get; set; }

    public IReadOnlyList<CdsHooksLoopbackServer.RecordedRequest> Requests => _server.Requests.ToList();

    public static JsonObject Observation(string loinc, JsonObject value) => new()
    {
        ["resourceType"] = "Observation",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["status"] = "final",
        ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://loinc.org", ["code"] = loinc }) },
        ["subject"] = new JsonObject { ["reference"] = "Patient/p1" },
        ["valueCodeableConcept"] = value,
    };

    public static JsonObject SearchSet(IEnumerable<JsonObject> resources, string? next = null)
    {
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = "searchset",
            ["entry"] = new JsonArray(resources.Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone() }).ToArray()),
        };
        if (next is not null)
        {
            bundle["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = next });
        }

        return bundle;
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (ForcedStatus is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        var path = context.Request.Path.Value ?? "";
        JsonObject? body = null;
        if (path.StartsWith("/fhir/Patient/", StringComparison.Ordinal))
        {
            body = new JsonObject { ["resourceType"] = "Patient", ["id"] = Uri.UnescapeDataString(path["/fhir/Patient/".Length..]) };
        }
        else if (path.StartsWith("/fhir/Medication/", StringComparison.Ordinal))
        {
            body = Medications.GetValueOrDefault(Uri.UnescapeDataString(path["/fhir/Medication/".Length..]));
        }
        else if (path == "/fhir/Observation")
        {
            body = ObservationPage(context.Request);
        }

        if (body is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "application/fhir+json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private JsonObject ObservationPage(HttpRequest request)
    {
        var page = int.TryParse(request.Query["page"], out var p) ? p : 0;
        var codes = (request.Query["code"].ToString() + "," + request.Query["component-code"]).Split(',').Select(c => c[(c.IndexOf('|', StringComparison.Ordinal) + 1)..]).ToHashSet();
        var matching = Observations.Where(o => codes.Contains(Code(o))
            || (o["component"] is JsonArray components && components.Any(c => codes.Contains(Code(c!))))).ToList();
        var items = matching.Skip(page * PageSize).Take(PageSize);
        string? next = null;
        if ((page + 1) * PageSize < matching.Count)
        {
            var query = $"code={Uri.EscapeDataString(request.Query["code"].ToString())}&page={page + 1}";
            next = ForeignNextLink ?? $"{FhirBase}/Observation?{query}";
        }

        var bundle = SearchSet(items, next);
        if (PagePadding > 0)
            bundle["meta"] = new JsonObject { ["tag"] = new JsonArray(new JsonObject { ["display"] = new string('x', PagePadding) }) };
        return bundle;
    }

    private static string Code(JsonNode element) => element["code"]?["coding"]?[0]?["code"]?.GetValue<string>() ?? "";

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
