namespace CdsService.Api.Tests.Infrastructure;

using System.Diagnostics.Metrics;
using CdsService.Api.Telemetry;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The service's instruments for a unit under test built without a host (nothing listens to them).</summary>
// Each call has a meter factory of its own: a shared one would hand parallel tests the same instruments.
public static class TestMetrics
{
    public static CdsMetrics Create() => new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}
