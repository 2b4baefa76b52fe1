namespace CdsService.Api.Tests.Hosting;

using System.Net;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

/// <summary>
/// docs/operations.md, "Database reachable but not migrated": the start-up says so in one line, readiness fails
/// (liveness does not), and the batch worker waits with a plain log line instead of a stack trace per poll. The 503 of
/// every channel is in the error table (ErrorTableTests).
/// </summary>
public sealed class UnmigratedDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NotMigrated_ReadinessFails_StartSaysSo_AndTheWorkerWaitsQuietly()
    {
        var logs = new CapturedLogs();
        await using var factory = new CdsHooksAppFactory { Migrate = false, Logs = logs };
        using var client = factory.Client();

        using var ready = await client.GetAsync("/health/ready", Ct);
        using var live = await client.GetAsync("/health/live", Ct);
        var start = await logs.WaitForAsync(e => e.EventId.Id == 3009, Ct);
        var waiting = await logs.WaitForAsync(e => e.EventId.Id == 6005, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.StartsWith("The database schema is not migrated (", start.Message, StringComparison.Ordinal);
        Assert.Contains("is waiting: The database schema is not migrated", waiting.Message, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Warning, waiting.Level);
        Assert.Null(waiting.Exception);
        Assert.DoesNotContain(logs.Entries, e => e.Category.EndsWith("BatchWorker", StringComparison.Ordinal) && e.Exception is not null);
    }
}
