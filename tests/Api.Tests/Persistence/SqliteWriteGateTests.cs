namespace CdsService.Api.Tests.Persistence;

using CdsService.Api.Persistence;
using Microsoft.Extensions.Options;

/// <summary>The SQLite write queue: one writer at a time, waiting interactive writers before waiting background ones.</summary>
public sealed class SqliteWriteGateTests
{
    private static SqliteWriteGate Gate(DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        new(Options.Create(new DatabaseOptions { Provider = provider }));

    [Fact]
    public async Task Release_WithBothKindsWaiting_HandsTheTurnToTheInteractiveWriterFirst()
    {
        var gate = Gate();
        var order = new List<string>();
        var held = await gate.EnterAsync(WritePriority.Background, TestContext.Current.CancellationToken);
        var background = Take(WritePriority.Background, "background");
        var interactive = Take(WritePriority.Interactive, "interactive");
        Assert.False(background.IsCompleted);
        Assert.False(interactive.IsCompleted);

        held.Dispose();
        await Task.WhenAll(background, interactive);

        Assert.Equal(["interactive", "background"], order);

        async Task Take(WritePriority priority, string name)
        {
            using (await gate.EnterAsync(priority, TestContext.Current.CancellationToken))
            {
                lock (order)
                    order.Add(name);
            }
        }
    }

    [Fact]
    public async Task CancelledWaiter_LeavesTheQueue_AndTheNextWriterStillGetsTheTurn()
    {
        var gate = Gate();
        var held = await gate.EnterAsync(TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource();
        var abandoned = gate.EnterAsync(WritePriority.Interactive, cancel.Token).AsTask();
        var next = gate.EnterAsync(WritePriority.Background, TestContext.Current.CancellationToken).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        held.Dispose();

        (await next).Dispose();
        (await gate.EnterAsync(TestContext.Current.CancellationToken)).Dispose();
    }

    [Fact]
    public async Task Postgres_NeverQueues()
    {
        var gate = Gate(DatabaseProvider.Postgres);
        using var first = await gate.EnterAsync(TestContext.Current.CancellationToken);
        var second = gate.EnterAsync(WritePriority.Background, TestContext.Current.CancellationToken);
        Assert.True(second.IsCompleted);
    }
}
