namespace CdsService.Api.Tests.Persistence;

using System.Net.Sockets;
using CdsService.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

public sealed class DatabaseFailuresTests
{
    [Fact]
    public void IsUnavailable_ConnectionRefusedInsideEfException_True() =>
        Assert.True(DatabaseFailures.IsUnavailable(
            new DbUpdateException("save failed", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))));

    [Fact]
    public void IsUnavailable_Timeout_True() => Assert.True(DatabaseFailures.IsUnavailable(new TimeoutException()));

    [Fact]
    public void IsUnavailable_SqliteBusy_True() => Assert.True(DatabaseFailures.IsUnavailable(new SqliteException("busy", 5)));

    [Fact]
    public void IsUnavailable_SqliteConstraint_False() => Assert.False(DatabaseFailures.IsUnavailable(new SqliteException("constraint", 19)));

    [Fact]
    public void IsUnavailable_ProgrammingError_False() =>
        Assert.False(DatabaseFailures.IsUnavailable(new InvalidOperationException("bug", new ArgumentException("x"))));
}
