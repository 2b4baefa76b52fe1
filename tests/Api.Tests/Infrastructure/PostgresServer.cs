namespace CdsService.Api.Tests.Infrastructure;

using System.Diagnostics;
using Npgsql;

/// <summary>
/// The throwaway PostgreSQL server that ./scripts/test.sh starts (docs/persistence.md). Without it the PostgreSQL
/// tests fail loudly: a skipped database test would hide exactly the behaviour this suite exists to check.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionVariable = "CDS_TEST_POSTGRES";
    public const string ControlVariable = "CDS_TEST_POSTGRES_CONTROL";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionVariable} is not set. The PostgreSQL tests need the throwaway PostgreSQL 15 server that the " +
                "test command starts: run ./scripts/test.sh (or, in one shell: source scripts/postgres.sh && pg_start && dotnet test ...).");

    /// <summary>Creates an empty database of its own for one fixture, so test classes can run in parallel.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "cds_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Stops the server (fast shutdown: open connections break, as in a real outage).</summary>
    public static Task PauseAsync() => ControlAsync("pause");

    public static Task ResumeAsync() => ControlAsync("resume");

    private static async Task ControlAsync(string verb)
    {
        var script = Environment.GetEnvironmentVariable(ControlVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ControlVariable} is not set: run ./scripts/test.sh.");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("could not start " + script);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"postgres.sh {verb} failed ({process.ExitCode}): {await stderr}");
    }
}
