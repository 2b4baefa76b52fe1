namespace CdsService.Api.Persistence;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

/// <summary>
/// Fails the start (and the --migrate step) on a database configuration that could only produce 500s later: PostgreSQL
/// without a connection string, or a connection string the provider cannot read. The string itself is never echoed:
/// it holds the password.
/// </summary>
internal sealed class DatabaseOptionsValidator(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.RetryAfterSeconds is <= 0 or > 3600)
            errors.Add("Database:RetryAfterSeconds must be 1-3600.");

        var connection = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                errors.Add($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} (environment ConnectionStrings__{DatabaseOptions.ConnectionStringName}) is required when Database:Provider is Postgres, e.g. Host=db;Database=cds;Username=cds;Password=...;Timeout=5;Command Timeout=15.");
            }
        }
        else if (!Readable(options.Provider, connection))
        {
            errors.Add($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not a valid {options.Provider} connection string (an unknown keyword or a malformed value).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool Readable(DatabaseProvider provider, string connection)
    {
        try
        {
            _ = provider == DatabaseProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(connection).ConnectionString
                : new SqliteConnectionStringBuilder(connection).ConnectionString;
            return true;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }
}
