namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Infrastructure;

/// <summary>
/// The whole path with no stand-ins: prefetch or fetched FHIR -> src/Fhir mapping -> rules engine -> cards -> audit.
/// </summary>
public sealed class EndToEndHookTests : IAsyncLifetime
{
    private readonly CdsHooksAppFactory _factory = new() { Canned = null };

    private static JsonObject Coded(string system, string code, string? display = null)
    {
        var coding = new JsonObject { ["system"] = system, ["code"] = code };
        if (display is not null)
        {
            coding["display"] = display;
        }

        return new JsonObject { ["coding"] = new JsonArray(coding) };
    }

    public static JsonObject Ihc(string answer) => CdsHooksFakeFhirServer.Observation("85319-2", Coded("http://loinc.org", answer));

    public static JsonObject PtenLoss()
    {
        var o = CdsHooksFakeFhirServer.Observation("18474-7", Coded("http://loinc.org", "LA6577-6", "Negative"));
        o["code"] = new JsonObject { ["text"] = "PTEN protein expression by IHC" };
        o["component"] = new JsonArray(new JsonObject
        {
            ["code"] = Coded("http://loinc.org", "48018-6"),
            ["valueCodeableConcept"] = Coded("http://www.genenames.org/geneId", "HGNC:9588", "PTEN"),
        });
        return o;
    }

    private static JsonObject Quantity(string loinc, double value) =>
        new() { ["resourceType"] = "Observation", ["id"] = Guid.NewGuid().ToString("N"), ["status"] = "final",
            ["code"] = Coded("http://loinc.org", loinc), ["subject"] = new JsonObject { ["reference"] = "Patient/p1" },
            ["valueQuantity"] = new JsonObject { ["value"] = value } };

    private async Task<JsonArray> CardsAsync(string path, JsonObject body)
    {
        using var response = await _factory.PostAsync(path, body);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!["cards"]!.AsArray();
    }

    [Fact]
    public async Task PatientView_Ihc2Plus_IsEquivocalWithReflexIshSuggestion()
    {
        var cards = await CardsAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_factory, HookCalls.FullPrefetch(Ihc("LA11842-4"))));

        var card = Assert.Single(cards)!;
        Assert.StartsWith("HER2 equivocal", card["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("85318-4", card["suggestions"]![0]!["actions"]![0]!["resource"]!["code"]!["coding"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatientView_IshGroup3WithoutIhc_SuggestsConcurrentIhc()
    {
        var prefetch = HookCalls.FullPrefetch(Quantity("49683-6", 1.5), Quantity("74860-8", 6.5));

        var card = Assert.Single(await CardsAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_factory, prefetch)))!;

        Assert.Equal("85319-2", card["suggestions"]![0]!["actions"]![0]!["resource"]!["code"]!["coding"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatientView_Her2PositiveWithPtenLossFetched_IsWarningWithTopOptionsAndReportLink()
    {
        _factory.Fhir.Observations.AddRange([Ihc("LA11843-2"), PtenLoss()]);

        var card = Assert.Single(await CardsAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_factory, prefetch: null)))!;

        Assert.Equal("warning", card["indicator"]!.GetValue<string>());
        var detail = card["detail"]!.GetValue<string>();
        Assert.Contains("**PTEN loss** (resistance; PI3K-Akt hyperactivation)", detail, StringComparison.Ordinal);
        Assert.Contains("Top options (3 of 22, current ranking)", detail, StringComparison.Ordinal);
        // The default lens puts the tier-1 agents first, by level: PTEN loss moves none of them (EMILIA, for T-DM1).
        Assert.Contains("1. **Pertuzumab** (ErbB2/ErbB3): level A, supports; tier 1, approved HER2+ breast", detail, StringComparison.Ordinal);
        Assert.Contains("HER2-directed therapy remains the backbone", card["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        // A signed link that opens the clinician page's read-only view in the clinician's browser (docs/app.md).
        Assert.StartsWith("https://cds.example.org/app/evaluations/", card["links"]![0]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.InRange(card["summary"]!.GetValue<string>().Length, 1, 139);
    }

    [Fact]
    public async Task OrderSign_TrastuzumabWithIhc1Plus_IsCritical()
    {
        var body = HookCalls.OrderRequest(_factory, "order-sign", HookCalls.Bundle(HookCalls.Trastuzumab("mr1")), prefetch: HookCalls.FullPrefetch(Ihc("LA11841-6")));

        var card = Assert.Single(await CardsAsync(HookCalls.OrderSign, body))!;

        Assert.Equal("critical", card["indicator"]!.GetValue<string>());
        Assert.Contains("HER2-low", card["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderSelect_TrastuzumabWithoutHer2Data_IsInfo()
    {
        var body = HookCalls.OrderRequest(_factory, "order-select", HookCalls.Bundle(HookCalls.Trastuzumab("mr1")), ["MedicationRequest/mr1"], prefetch: HookCalls.FullPrefetch());

        var card = Assert.Single(await CardsAsync(HookCalls.OrderSelect, body))!;

        Assert.Equal("info", card["indicator"]!.GetValue<string>());
        Assert.Contains("unknown", card["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientView_NoHer2OrMarkerData_GivesEmptyCards()
    {
        Assert.Empty(await CardsAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_factory, HookCalls.FullPrefetch())));
    }

    [Fact]
    public async Task PatientView_PrefetchWithAnotherPatientsData_UsesOnlyTheContextPatientAndListsTheRest()
    {
        var prefetch = HookCalls.FullPrefetch(Ihc("LA11842-4"));
        var other = Ihc("LA11843-2");
        other["id"] = "of-other";
        other["subject"] = new JsonObject { ["reference"] = "Patient/other" };
        var orphan = Ihc("LA11843-2");
        orphan["id"] = "no-subject";
        orphan.Remove("subject");
        prefetch["markerObservations"] = CdsHooksFakeFhirServer.SearchSet([other, orphan, new JsonObject { ["resourceType"] = "Patient", ["id"] = "other" }]);

        var request = HookCalls.PatientViewRequest(_factory, prefetch);
        var server = new Uri(request["fhirServer"]!.GetValue<string>()).AbsoluteUri;
        var card = Assert.Single(await CardsAsync(HookCalls.PatientView, request))!;

        Assert.StartsWith("HER2 equivocal", card["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        var detail = card["detail"]!.GetValue<string>();
        Assert.Contains("**Not used from the EHR data**\n\n", detail, StringComparison.Ordinal);
        Assert.Contains($"- Observation/of-other: subject Patient/other is not the patient of the hook context (Patient/p1 on {server})\n", detail, StringComparison.Ordinal);
        Assert.Contains("- Observation/no-subject: no subject: it cannot be tied to the patient of the hook context (Patient/p1)\n", detail, StringComparison.Ordinal);
        Assert.Contains("- Patient/other: this Patient is not the patient of the hook context (Patient/p1)\n", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientView_NullPatientPrefetchAndAnotherPatientsIhc3_GivesNoHer2PositiveCard()
    {
        var prefetch = HookCalls.FullPrefetch();
        var other = Ihc("LA11843-2");
        other["subject"] = new JsonObject { ["reference"] = "Patient/other" };
        prefetch["patient"] = null;
        prefetch["her2Observations"] = CdsHooksFakeFhirServer.SearchSet([other]);

        Assert.Empty(await CardsAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_factory, prefetch)));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
