namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Infrastructure;

/// <summary>docs/cds-hooks.md R1-R3, R6, D5, G3, E2: bad requests get 400 with an OperationOutcome; extensions are tolerated.</summary>
public sealed class RequestValidationTests(CdsHooksAppFactory factory) : IClassFixture<CdsHooksAppFactory>
{
    private async Task AssertOperationOutcomeAsync(JsonNode body, HttpStatusCode status, string path = HookCalls.PatientView, string? mentions = null)
    {
        using var response = await factory.PostAsync(path, body);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.JsonAsync();
        Assert.Equal("OperationOutcome", json["resourceType"]!.GetValue<string>());
        if (mentions is not null)
        {
            Assert.Contains(mentions, json.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("hook")]
    [InlineData("hookInstance")]
    [InlineData("context")]
    public Task Call_MissingRequiredMember_Is400(string member)
    {
        var body = HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch());
        body.Remove(member);
        return AssertOperationOutcomeAsync(body, HttpStatusCode.BadRequest, mentions: member);
    }

    [Theory]
    [InlineData("patientId")]
    [InlineData("userId")]
    public Task PatientView_MissingContextField_Is400(string field)
    {
        var body = HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch());
        body["context"]!.AsObject().Remove(field);
        return AssertOperationOutcomeAsync(body, HttpStatusCode.BadRequest, mentions: field);
    }

    [Fact]
    public Task OrderSelect_WithoutSelections_Is400() =>
        AssertOperationOutcomeAsync(HookCalls.OrderRequest(factory, "order-select", HookCalls.Bundle(HookCalls.Trastuzumab("mr1"))),
            HttpStatusCode.BadRequest, HookCalls.OrderSelect, "selections");

    [Fact]
    public Task OrderSign_WithoutDraftOrders_Is400()
    {
        var body = HookCalls.OrderRequest(factory, "order-sign", HookCalls.Bundle());
        body["context"]!.AsObject().Remove("draftOrders");
        return AssertOperationOutcomeAsync(body, HttpStatusCode.BadRequest, HookCalls.OrderSign, "draftOrders");
    }

    [Fact]
    public Task Call_FhirAuthorizationWithoutFhirServer_Is400()
    {
        var body = HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch());
        body.Remove("fhirServer");
        return AssertOperationOutcomeAsync(body, HttpStatusCode.BadRequest, mentions: "fhirServer");
    }

    [Fact]
    public Task Call_TokenTypeNotBearer_Is400()
    {
        var body = HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch());
        body["fhirAuthorization"]!["token_type"] = "MAC";
        return AssertOperationOutcomeAsync(body, HttpStatusCode.BadRequest, mentions: "token_type");
    }

    [Fact]
    public Task Call_FhirAuthorizationWithoutExpiresIn_Is400()
    {
        var body = HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch());
        body["fhirAuthorization"]!.AsObject().Remove("expires_in");
        return AssertOperationOutcomeAsync(body, HttpStatusCode.BadRequest, mentions: "expires_in");
    }

    [Fact]
    public Task Call_HookTheServiceDoesNotServe_Is400()
    {
        var body = HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch());
        body["hook"] = "order-sign";
        return AssertOperationOutcomeAsync(body, HttpStatusCode.BadRequest, mentions: "hook");
    }

    [Fact]
    public Task Call_UnknownService_Is404() =>
        AssertOperationOutcomeAsync(HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()), HttpStatusCode.NotFound, "/cds-services/nope");

    [Fact]
    public Task Call_MalformedJson_Is400() => AssertRawAsync("{\"hook\": ", HttpStatusCode.BadRequest);

    [Fact]
    public Task Call_TrailingComma_Is400() => AssertRawAsync("{\"hook\": \"patient-view\",}", HttpStatusCode.BadRequest);

    [Fact]
    public Task Call_BodyOver1Mb_Is413() => AssertRawAsync("{\"pad\": \"" + new string('a', 1_100_000) + "\"}", HttpStatusCode.RequestEntityTooLarge);

    [Fact]
    public async Task Call_ExtensionAndUnknownMembers_AreTolerated()
    {
        var body = HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch());
        body["extension"] = new JsonObject { ["com.example.flag"] = true };
        body["context"]!["somethingNew"] = new JsonObject { ["x"] = 1 };
        body["unknownTopLevel"] = 3;

        using var response = await factory.PostAsync(HookCalls.PatientView, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertRawAsync(string raw, HttpStatusCode status)
    {
        using var client = factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, HookCalls.PatientView) { Content = new StringContent(raw, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", factory.Minter.Mint(CdsHooksAppFactory.Audience(HookCalls.PatientView)));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("OperationOutcome", (await response.JsonAsync())["resourceType"]!.GetValue<string>());
    }
}
