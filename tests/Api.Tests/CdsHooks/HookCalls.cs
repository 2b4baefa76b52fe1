namespace CdsService.Api.Tests.CdsHooks;

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Infrastructure;

/// <summary>Builds hook requests and sends them with a freshly minted token for the exact URL called.</summary>
public static class HookCalls
{
    public const string PatientView = "/cds-services/her2-trastuzumab-patient-view";
    public const string OrderSelect = "/cds-services/trastuzumab-order-select";
    public const string OrderSign = "/cds-services/trastuzumab-order-sign";

    public static async Task<HttpResponseMessage> PostAsync(this CdsHooksAppFactory factory, string path, JsonNode body, string? token = null, bool noToken = false)
    {
        using var client = factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (!noToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? factory.Minter.Mint(CdsHooksAppFactory.Audience(path)));
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<HttpResponseMessage> GetAsync(this CdsHooksAppFactory factory, string path, string? token)
    {
        using var client = factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    /// <summary>A patient-view call with the fake FHIR server and a token, and the given prefetch (null: none).</summary>
    public static JsonObject PatientViewRequest(CdsHooksAppFactory factory, JsonObject? prefetch = null, bool withFhir = true, string patientId = "p1")
    {
        var request = new JsonObject
        {
            ["hook"] = "patient-view",
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["context"] = new JsonObject { ["userId"] = "Practitioner/example", ["patientId"] = patientId },
        };
        if (withFhir)
        {
            AddFhir(factory, request);
        }

        if (prefetch is not null)
        {
            request["prefetch"] = prefetch;
        }

        return request;
    }

    public static JsonObject OrderRequest(CdsHooksAppFactory factory, string hook, JsonObject draftOrders, string[]? selections = null, bool withFhir = true, JsonObject? prefetch = null)
    {
        var context = new JsonObject { ["userId"] = "PractitionerRole/123", ["patientId"] = "p1", ["draftOrders"] = draftOrders };
        if (selections is not null)
        {
            context["selections"] = new JsonArray(selections.Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        }

        var request = new JsonObject { ["hook"] = hook, ["hookInstance"] = Guid.NewGuid().ToString(), ["context"] = context };
        if (withFhir)
        {
            AddFhir(factory, request);
        }

        if (prefetch is not null)
        {
            request["prefetch"] = prefetch;
        }

        return request;
    }

    public static JsonObject AddFhir(CdsHooksAppFactory factory, JsonObject request)
    {
        request["fhirServer"] = factory.Fhir.FhirBase;
        request["fhirAuthorization"] = new JsonObject
        {
            ["access_token"] = "opaque-fhir-access-token", ["token_type"] = "Bearer", ["expires_in"] = 300,
            ["scope"] = "user/Patient.read user/Observation.read", ["subject"] = "cds-service",
        };
        return request;
    }

    /// <summary>A full prefetch for the three templates, so no FHIR call is needed.</summary>
    public static JsonObject FullPrefetch(params JsonObject[] observations) => new()
    {
        ["patient"] = new JsonObject { ["resourceType"] = "Patient", ["id"] = "p1" },
        ["her2Observations"] = CdsHooksFakeFhirServer.SearchSet(observations),
        ["markerObservations"] = CdsHooksFakeFhirServer.SearchSet([]),
        ["biomarkerObservations"] = CdsHooksFakeFhirServer.SearchSet([]),
    };

    public static JsonObject Trastuzumab(string id, bool viaReference = false) => viaReference
        ? new JsonObject { ["resourceType"] = "MedicationRequest", ["id"] = id, ["status"] = "draft", ["intent"] = "order", ["medicationReference"] = new JsonObject { ["reference"] = "Medication/med-1" } }
        : new JsonObject
        {
            ["resourceType"] = "MedicationRequest", ["id"] = id, ["status"] = "draft", ["intent"] = "order",
            ["medicationCodeableConcept"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://www.nlm.nih.gov/research/umls/rxnorm", ["code"] = "224905", ["display"] = "trastuzumab" }) },
        };

    public static JsonObject Bundle(params JsonObject[] resources) => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = "collection",
        ["entry"] = new JsonArray(resources.Select(r => (JsonNode)new JsonObject { ["resource"] = r }).ToArray()),
    };

    public static JsonNode Example(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ExamplesDirectory(), file)))!;

    /// <summary>The specification's examples, copied into the repository (tests/Api.Tests/CdsHooks/Examples/README.md).</summary>
    public static string ExamplesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Api.Tests", "CdsHooks", "Examples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("tests/Api.Tests/CdsHooks/Examples");
    }
}
