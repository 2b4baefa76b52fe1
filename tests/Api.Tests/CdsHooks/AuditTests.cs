namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using CdsService.Api.Evaluations.Reports;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Infrastructure;
using CdsService.Rules.Model;
using Microsoft.Extensions.DependencyInjection;

/// <summary>docs/persistence.md: every hook evaluation is audited on the cds-hooks channel with its hookInstance, tokens never stored.</summary>
public sealed class AuditTests : IAsyncLifetime
{
    private readonly CdsHooksAppFactory _factory = new();

    [Fact]
    public async Task PatientView_Evaluation_IsAuditedWithChannelHookInstanceAndTheBodySent()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(Her2Status.Equivocal, actions: [EvaluationFixtures.ReflexIsh]);
        var body = HookCalls.PatientViewRequest(_factory, HookCalls.FullPrefetch());
        var hookInstance = body["hookInstance"]!.GetValue<string>();

        using var response = await _factory.PostAsync(HookCalls.PatientView, body);
        var sent = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var scope = _factory.Services.CreateScope();
        var row = Assert.Single(scope.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.Where(e => e.HookInstance == hookInstance));
        Assert.Equal("cds-hooks", row.Channel);
        Assert.Equal("cds:" + CdsHooksTokenMinter.Issuer, row.CallerId);
        Assert.Equal("p1", row.PatientId);
        Assert.Equal("equivocal", row.Her2Status);
        Assert.Equal(sent, row.OutputJson);
        Assert.Contains(row.Id.ToString(), sent, StringComparison.Ordinal);
        Assert.DoesNotContain("opaque-fhir-access-token", row.InputJson + row.OutputJson, StringComparison.Ordinal);
        // The card's "full report" link renders this row: the report reads the stored REST-shaped evaluation.
        var report = EvaluationReportReader.Read(row);
        Assert.Equal("equivocal", report.Her2.Status);
        Assert.Contains(report.Her2.RequiredActions, a => a.Code == "reflex-ish");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
