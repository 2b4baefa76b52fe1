namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Infrastructure;
using CdsService.Rules.Model;

/// <summary>order-select / order-sign (docs/cds-hooks.md, "Real clients"): the library's contexts, sandbox shapes, selections, references.</summary>
public sealed class OrderHookTests : IAsyncLifetime
{
    private readonly CdsHooksAppFactory _factory = new();

    private static JsonObject LibraryContext(string file) => HookCalls.Example(file)["context"]!.DeepClone().AsObject();

    private async Task<JsonNode> CardsAsync(string path, JsonObject body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _factory.PostAsync(path, body);
        Assert.Equal(expected, response.StatusCode);
        return await response.JsonAsync();
    }

    [Theory]
    [InlineData("order-sign", HookCalls.OrderSign, "order-sign-r4-context-example.json")]
    [InlineData("order-select", HookCalls.OrderSelect, "order-select-r4-context-example.json")]
    public async Task Call_LibraryR4Context_NoTrastuzumabGivesEmptyCards(string hook, string path, string file)
    {
        var body = new JsonObject { ["hook"] = hook, ["hookInstance"] = Guid.NewGuid().ToString(), ["context"] = LibraryContext(file) };

        var json = await CardsAsync(path, body);

        Assert.Equal("{\"cards\":[]}", json.ToJsonString());
        Assert.Empty(_factory.Fhir.Requests);
        Assert.Empty(_factory.Canned!.Calls);
    }

    [Fact]
    public async Task OrderSign_SandboxShapedDraftWithoutIntentOrMedication_GivesEmptyCards()
    {
        var draft = new JsonObject { ["resourceType"] = "MedicationRequest", ["id"] = "sandbox-1", ["status"] = "draft", ["subject"] = new JsonObject { ["reference"] = "Patient/p1" } };
        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["entry"] = new JsonArray(new JsonObject { ["resource"] = draft }) };

        var json = await CardsAsync(HookCalls.OrderSign, HookCalls.OrderRequest(_factory, "order-sign", bundle, withFhir: false));

        Assert.Equal("{\"cards\":[]}", json.ToJsonString());
    }

    [Fact]
    public async Task OrderSign_TrastuzumabWithHer2Negative_IsCriticalWithRemoveSuggestion()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(Her2Status.Negative);
        var body = HookCalls.OrderRequest(_factory, "order-sign", HookCalls.Bundle(HookCalls.Trastuzumab("mr1")), prefetch: HookCalls.FullPrefetch());

        var card = (await CardsAsync(HookCalls.OrderSign, body))["cards"]!.AsArray().Single()!;

        Assert.Equal("critical", card["indicator"]!.GetValue<string>());
        Assert.Equal(
            "[{\"system\":\"urn:cdsservice:override-reason\",\"code\":\"already-discussed\",\"display\":\"Already discussed with the patient or the tumour board\"},"
            + "{\"system\":\"urn:cdsservice:override-reason\",\"code\":\"patient-declined\",\"display\":\"Patient declined the alternative\"},"
            + "{\"system\":\"urn:cdsservice:override-reason\",\"code\":\"data-outdated\",\"display\":\"The HER2 result shown is outdated or wrong\"},"
            + "{\"system\":\"urn:cdsservice:override-reason\",\"code\":\"other\",\"display\":\"Other reason (see comment)\"}]",
            card["overrideReasons"]!.ToJsonString());
        var action = card["suggestions"]![0]!["actions"]![0]!;
        Assert.Equal("delete", action["type"]!.GetValue<string>());
        Assert.Equal("MedicationRequest/mr1", action["resourceId"]!.GetValue<string>());
        Assert.Null(action["resource"]);
    }

    [Fact]
    public async Task OrderSelect_OnlyTheSelectedTrastuzumabOrder_IsAdvisedOn()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(Her2Status.Negative);
        var bundle = HookCalls.Bundle(HookCalls.Trastuzumab("mr1"), HookCalls.Trastuzumab("mr2"));
        var body = HookCalls.OrderRequest(_factory, "order-select", bundle, ["MedicationRequest/mr2"], prefetch: HookCalls.FullPrefetch());

        var card = (await CardsAsync(HookCalls.OrderSelect, body))["cards"]!.AsArray().Single()!;

        var actions = card["suggestions"]![0]!["actions"]!.AsArray();
        Assert.Equal("MedicationRequest/mr2", Assert.Single(actions)!["resourceId"]!.GetValue<string>());
        Assert.DoesNotContain("mr1", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderSelect_TrastuzumabNotSelected_GivesEmptyCardsWithoutEvaluation()
    {
        var bundle = HookCalls.Bundle(HookCalls.Trastuzumab("mr1"), new JsonObject { ["resourceType"] = "NutritionOrder", ["id"] = "n1" });
        var body = HookCalls.OrderRequest(_factory, "order-select", bundle, ["NutritionOrder/n1"], prefetch: HookCalls.FullPrefetch());

        Assert.Equal("{\"cards\":[]}", (await CardsAsync(HookCalls.OrderSelect, body)).ToJsonString());
        Assert.Empty(_factory.Canned!.Calls);
    }

    [Fact]
    public async Task OrderSign_Her2Equivocal_IsWarningWithReflexIshServiceRequest()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(Her2Status.Equivocal, actions: [EvaluationFixtures.ReflexIsh]);
        var body = HookCalls.OrderRequest(_factory, "order-sign", HookCalls.Bundle(HookCalls.Trastuzumab("mr1")), prefetch: HookCalls.FullPrefetch());

        var card = (await CardsAsync(HookCalls.OrderSign, body))["cards"]!.AsArray().Single()!;

        Assert.Equal("warning", card["indicator"]!.GetValue<string>());
        Assert.Null(card["overrideReasons"]);
        Assert.Equal("at-most-one", card["selectionBehavior"]!.GetValue<string>());
        var resource = card["suggestions"]![0]!["actions"]![0]!["resource"]!;
        Assert.Equal("ServiceRequest", resource["resourceType"]!.GetValue<string>());
        Assert.Equal("85318-4", resource["code"]!["coding"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Patient/p1", resource["subject"]!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task OrderSign_Her2PositiveWithResistance_IsWarningWithFindings()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(Her2Status.Positive,
            findings: [EvaluationFixtures.Finding("pten-loss", "pten")], options: [EvaluationFixtures.Option(1, "RAD001")]);
        var body = HookCalls.OrderRequest(_factory, "order-sign", HookCalls.Bundle(HookCalls.Trastuzumab("mr1")), prefetch: HookCalls.FullPrefetch());

        var card = (await CardsAsync(HookCalls.OrderSign, body))["cards"]!.AsArray().Single()!;

        Assert.Equal("warning", card["indicator"]!.GetValue<string>());
        Assert.Contains("pten-loss", card["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("RAD001", card["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderSign_Her2PositiveWithoutFindings_GivesEmptyCards()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(Her2Status.Positive, options: [EvaluationFixtures.Option(1, "RAD001")]);
        var body = HookCalls.OrderRequest(_factory, "order-sign", HookCalls.Bundle(HookCalls.Trastuzumab("mr1")), prefetch: HookCalls.FullPrefetch());

        Assert.Equal("{\"cards\":[]}", (await CardsAsync(HookCalls.OrderSign, body)).ToJsonString());
    }

    [Fact]
    public async Task OrderSign_MedicationReferenceInDraftOrders_IsRecognised()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(Her2Status.Negative);
        var medication = new JsonObject { ["resourceType"] = "Medication", ["id"] = "med-1", ["code"] = HookCalls.Trastuzumab("x")["medicationCodeableConcept"]!.DeepClone() };
        var body = HookCalls.OrderRequest(_factory, "order-sign", HookCalls.Bundle(HookCalls.Trastuzumab("mr1", viaReference: true), medication), prefetch: HookCalls.FullPrefetch());

        Assert.Single((await CardsAsync(HookCalls.OrderSign, body))["cards"]!.AsArray());
        Assert.Empty(_factory.Fhir.Requests);
    }

    [Fact]
    public async Task OrderSign_MedicationReferenceNotInBundle_IsFetchedWithTheToken()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(Her2Status.Negative);
        _factory.Fhir.Medications["med-1"] = new JsonObject
        {
            ["resourceType"] = "Medication", ["id"] = "med-1",
            ["ingredient"] = new JsonArray(new JsonObject { ["itemCodeableConcept"] = HookCalls.Trastuzumab("x")["medicationCodeableConcept"]!.DeepClone() }),
        };
        var body = HookCalls.OrderRequest(_factory, "order-sign", HookCalls.Bundle(HookCalls.Trastuzumab("mr1", viaReference: true)), prefetch: HookCalls.FullPrefetch());

        Assert.Single((await CardsAsync(HookCalls.OrderSign, body))["cards"]!.AsArray());
        var request = Assert.Single(_factory.Fhir.Requests);
        Assert.Equal("/fhir/Medication/med-1", request.PathAndQuery);
        Assert.Equal("Bearer opaque-fhir-access-token", request.Authorization);
    }

    [Fact]
    public async Task OrderSign_MedicationReferenceUnresolvableWithoutToken_Is412()
    {
        var body = HookCalls.OrderRequest(_factory, "order-sign", HookCalls.Bundle(HookCalls.Trastuzumab("mr1", viaReference: true)), withFhir: false, prefetch: HookCalls.FullPrefetch());

        var json = await CardsAsync(HookCalls.OrderSign, body, HttpStatusCode.PreconditionFailed);

        Assert.Equal("OperationOutcome", json["resourceType"]!.GetValue<string>());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
