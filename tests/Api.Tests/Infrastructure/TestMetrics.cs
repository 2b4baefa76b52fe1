namespace CdsService.Api.Tests.Infrastructure;

using System.Diagnostics.Metrics;
using CdsService.Api.Telemetry;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The service's instruments for a unit under test built without a host (nothing listens to them).</summary>
public static class TestMetrics
{
    private static readonly IMeterFactory Meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    public static CdsMetrics Create() => new(Meters);
}
