namespace CdsService.Api.Persistence;

using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

/// <summary>
/// Tells an unreachable or overloaded database (503, try again) and a database whose schema is missing (503 until the
/// --migrate step has run) from a bug or a bad statement (500).
/// </summary>
public static class DatabaseFailures
{
    // SQLITE_ERROR: the generic code, told apart by its message (Microsoft.Data.Sqlite has no finer one).
    private const int SqliteError = 1;

    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN: the file is there but not usable now.
    private static readonly int[] SqliteTransientCodes = [5, 6, 10, 13, 14];

    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DatabaseUnavailableException:
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
                case SqliteException sqlite when SqliteTransientCodes.Contains(sqlite.SqliteErrorCode):
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /// <summary>
    /// The database error in the chain as its type and code only ("PostgresException 22021"), or null when there is
    /// none. Never the message: PostgreSQL's detail and context can quote the values of the failing statement.
    /// </summary>
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return $"PostgresException {pg.SqlState}";
                case SqliteException sqlite:
                    return $"SqliteException {sqlite.SqliteErrorCode}/{sqlite.SqliteExtendedErrorCode}";
                case System.Data.Common.DbException db:
                    return db.GetType().Name;
                case DbUpdateException when e.InnerException is null:
                    return nameof(DbUpdateException);
                default:
                    break;
            }
        }
        return null;
    }

    /// <summary>
    /// A table or column the model expects is not there: the database was never migrated, or is behind this version.
    /// Only a hint: a bug can cause the same error, so callers confirm with <see cref="DatabaseSchemaState"/>.
    /// </summary>
    public static bool IsMissingSchema(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg when pg.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn:
                    return true;
                case SqliteException { SqliteErrorCode: SqliteError } sqlite
                    when sqlite.Message.Contains("no such table", StringComparison.Ordinal) || sqlite.Message.Contains("no such column", StringComparison.Ordinal):
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /// <summary>
    /// After a connection-level failure the pooled connections are likely dead too (server restarted); dropping them
    /// makes the first requests after recovery succeed instead of each meeting one stale connection.
    /// </summary>
    public static void ForgetBrokenConnections(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
            NpgsqlConnection.ClearPool(connection);
    }
}
