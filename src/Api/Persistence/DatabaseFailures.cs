namespace CdsService.Api.Persistence;

using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

/// <summary>Tells an unreachable or overloaded database (503, try again) from a bug or a bad statement (500).</summary>
public static class DatabaseFailures
{
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
