namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CdsService.Api.CdsHooks.Orders;
using CdsService.Api.Tests.Infrastructure;
using CdsService.Rules.Model;

/// <summary>docs/cds-hooks.md, "Trastuzumab products": every form of a trastuzumab order is recognised, by code or by name with a warning.</summary>
public sealed class TrastuzumabProductTests : IAsyncLifetime
{
    private const string Rx = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private const string ByNameWarning = "was recognised as a trastuzumab product by its name, not by a listed RxNorm code";
    private readonly CdsHooksAppFactory _factory = new();

    private static JsonObject Order(JsonObject concept) => new()
    {
        ["resourceType"] = "MedicationRequest", ["id"] = "mr1", ["status"] = "draft", ["intent"] = "order", ["medicationCodeableConcept"] = concept,
    };

    private static JsonObject Coded(string code, string display) =>
        new() { ["coding"] = new JsonArray(new JsonObject { ["system"] = Rx, ["code"] = code, ["display"] = display }) };

    private async Task<JsonArray> CardsAsync(JsonObject concept, bool her2Low = false, bool her2Ultralow = false)
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(Her2Status.Negative, her2Low: her2Low, her2Ultralow: her2Ultralow);
        var body = HookCalls.OrderRequest(_factory, "order-sign", HookCalls.Bundle(Order(concept)), prefetch: HookCalls.FullPrefetch());
        using var response = await _factory.PostAsync(HookCalls.OrderSign, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync())["cards"]!.AsArray();
    }

    public static TheoryData<string, bool> Forms => new()
    {
        { "{\"coding\":[{\"system\":\"" + Rx + "\",\"code\":\"224905\",\"display\":\"trastuzumab\"}]}", false },
        { "{\"coding\":[{\"system\":\"" + Rx + "\",\"code\":\"1371041\",\"display\":\"ado-trastuzumab emtansine\"}]}", false },
        { "{\"text\":\"Herceptin 440 mg powder for infusion\"}", true },
        { "{\"text\":\"trastuzumab-dkst 150 mg (biosimilar)\"}", true },
        { "{\"coding\":[{\"system\":\"urn:oid:2.16.840.1.113883.6.69\",\"code\":\"x\",\"display\":\"Trastuzumab and hyaluronidase-oysk injection\"}]}", true },
        { "{\"text\":\"Phesgo 600 mg/600 mg/20,000 units\"}", true },
        { "{\"text\":\"Kadcyla 100 mg\"}", true },
        { "{\"text\":\"fam-trastuzumab deruxtecan-nxki 100 mg\"}", true },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task OrderSign_EachTrastuzumabForm_WithHer2Negative_IsCritical(string concept, bool byName)
    {
        var card = (await CardsAsync(JsonNode.Parse(concept)!.AsObject())).Single()!;

        Assert.Equal("critical", card["indicator"]!.GetValue<string>());
        Assert.Equal("MedicationRequest/mr1", card["suggestions"]![0]!["actions"]![0]!["resourceId"]!.GetValue<string>());
        Assert.Equal(byName, card["detail"]!.GetValue<string>().Contains("MedicationRequest/mr1 " + ByNameWarning, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrderSign_AnotherDrug_GivesNoCard()
    {
        Assert.Empty(await CardsAsync(Coded("1298944", "pertuzumab")));
    }

    [Fact]
    public async Task OrderSign_DeruxtecanWithHer2Low_IsNotContraindicated()
    {
        Assert.Empty(await CardsAsync(new JsonObject { ["text"] = "Enhertu (fam-trastuzumab deruxtecan-nxki)" }, her2Low: true));
    }

    [Fact]
    public async Task OrderSign_DeruxtecanWithHer2Ultralow_IsNotContraindicated()
    {
        Assert.Empty(await CardsAsync(new JsonObject { ["text"] = "Enhertu (fam-trastuzumab deruxtecan-nxki)" }, her2Ultralow: true));
    }

    [Fact]
    public async Task OrderSign_EmtansineWithHer2Ultralow_StaysCritical()
    {
        var card = (await CardsAsync(Coded("1371041", "ado-trastuzumab emtansine"), her2Ultralow: true)).Single()!;

        Assert.Equal("critical", card["indicator"]!.GetValue<string>());
    }

    [Fact]
    public async Task OrderSign_TrastuzumabWithHer2Low_StaysCritical()
    {
        var card = (await CardsAsync(Coded("224905", "trastuzumab"), her2Low: true)).Single()!;

        Assert.Equal("critical", card["indicator"]!.GetValue<string>());
        Assert.Equal("Trastuzumab ordered but HER2 is negative (HER2-low): not indicated.", card["summary"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"system\":\"s\",\"codes\":[{\"code\":\"224905\",\"agent\":\"aspirin\"}],\"names\":[{\"text\":\"t\",\"agent\":\"trastuzumab\"}]}", "codes[].agent")]
    [InlineData("{\"system\":\"s\",\"codes\":[{\"code\":\"22-4905\",\"agent\":\"trastuzumab\"}],\"names\":[]}", "codes[].code")]
    [InlineData("{\"system\":\"s\",\"codes\":[{\"code\":\"1371041\",\"agent\":\"ado-trastuzumab-emtansine\"}],\"names\":[{\"text\":\"t\",\"agent\":\"trastuzumab\"}]}", "trastuzumab ingredient")]
    public void Load_InvalidList_IsRefusedNamingTheField(string json, string field)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<InvalidDataException>(() => TrastuzumabProducts.Load(stream));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
