namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using System.Text.Json.Nodes;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

/// <summary>docs/cds-hooks.md FB1-FB3, FB5, FB6: the specification's feedback bodies, the invariants, idempotency and the feedback audience.</summary>
public sealed class FeedbackTests(CdsHooksAppFactory factory) : IClassFixture<CdsHooksAppFactory>
{
    private const string Path = HookCalls.PatientView + "/feedback";

    [Theory]
    [InlineData("feedback-accepted-example.json")]
    [InlineData("feedback-overridden-example.json")]
    [InlineData("feedback-overridden-with-reason-example.json")]
    public async Task Feedback_SpecExamples_Are200(string file)
    {
        using var response = await factory.PostAsync(Path, HookCalls.Example(file));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Feedback_SamePayloadTwice_IsStoredOnce()
    {
        var body = Entry("accepted", e => e["acceptedSuggestions"] = new JsonArray(new JsonObject { ["id"] = "s1" }));
        var card = body["feedback"]![0]!["card"]!.GetValue<string>();

        using var first = await factory.PostAsync(Path, body);
        using var second = await factory.PostAsync(Path, body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        Assert.Equal(1, db.CdsHooksFeedback.Count(f => f.CardId == card));
    }

    [Fact]
    public async Task Feedback_OfferedOverrideReasonWithComment_IsStoredWithIt()
    {
        var offered = CdsService.Api.CdsHooks.Cards.OverrideReasons.All[1];
        var body = Entry("overridden", e => e["overrideReason"] = new JsonObject
        {
            ["reason"] = new JsonObject { ["system"] = offered.System, ["code"] = offered.Code, ["display"] = offered.Display },
            ["userComment"] = "Prefers to wait",
        });
        var card = body["feedback"]![0]!["card"]!.GetValue<string>();

        using var response = await factory.PostAsync(Path, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var scope = factory.Services.CreateScope();
        var stored = scope.ServiceProvider.GetRequiredService<CdsDbContext>().CdsHooksFeedback.Single(f => f.CardId == card);
        Assert.Equal("overridden", stored.Outcome);
        Assert.Equal(
            "{\"reason\":{\"code\":\"patient-declined\",\"system\":\"urn:cdsservice:override-reason\",\"display\":\"Patient declined the alternative\"},\"userComment\":\"Prefers to wait\"}",
            stored.OverrideReasonJson);
    }

    [Fact]
    public async Task Feedback_AcceptedWithoutAcceptedSuggestions_Is400()
    {
        using var response = await factory.PostAsync(Path, Entry("accepted"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OperationOutcome", (await response.JsonAsync())["resourceType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Feedback_OverrideReasonWithNeitherReasonNorComment_Is400()
    {
        using var response = await factory.PostAsync(Path, Entry("overridden", e => e["overrideReason"] = new JsonObject()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Feedback_SandboxReasonWithoutDisplay_Is200()
    {
        using var response = await factory.PostAsync(Path, Entry("overridden", e => e["overrideReason"] = new JsonObject { ["reason"] = new JsonObject { ["code"] = "d7ecf885" } }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Feedback_UnknownOutcomeOrNoTimestamp_Is400()
    {
        using var outcome = await factory.PostAsync(Path, Entry("ignored"));
        using var stamp = await factory.PostAsync(Path, Entry("overridden", e => e.Remove("outcomeTimestamp")));
        Assert.Equal(HttpStatusCode.BadRequest, outcome.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stamp.StatusCode);
    }

    [Fact]
    public async Task Feedback_TokenForTheServiceUrl_Is401()
    {
        var token = factory.Minter.Mint(CdsHooksAppFactory.Audience(HookCalls.PatientView));
        using var response = await factory.PostAsync(Path, HookCalls.Example("feedback-overridden-example.json"), token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static JsonObject Entry(string outcome, Action<JsonObject>? change = null)
    {
        var entry = new JsonObject { ["card"] = Guid.NewGuid().ToString(), ["outcome"] = outcome, ["outcomeTimestamp"] = "2026-01-02T03:04:05Z" };
        change?.Invoke(entry);
        return new JsonObject { ["feedback"] = new JsonArray(entry) };
    }
}
