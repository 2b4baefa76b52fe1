namespace CdsService.Api.Telemetry;

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// Database time for <see cref="CdsMetrics"/>: EF Core reports each command's duration when it ends (or fails), so the
/// histogram costs one record per command and sees no SQL, no parameters.
/// </summary>
public sealed class DatabaseCommandTimer(CdsMetrics metrics) : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Record(eventData, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Record(eventData, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Record(eventData, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        metrics.DatabaseCommand(Provider(eventData), eventData.Duration, failed: true);
        base.CommandFailed(command, eventData);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        metrics.DatabaseCommand(Provider(eventData), eventData.Duration, failed: true);
        return base.CommandFailedAsync(command, eventData, cancellationToken);
    }

    private T Record<T>(CommandExecutedEventData eventData, T result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        metrics.DatabaseCommand(Provider(eventData), eventData.Duration, failed: false);
        return result;
    }

    /// <summary>OpenTelemetry's db.system.name values for the two providers.</summary>
    private static string Provider(CommandEventData eventData) =>
        eventData.Context?.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? "postgresql" : "sqlite";
}
