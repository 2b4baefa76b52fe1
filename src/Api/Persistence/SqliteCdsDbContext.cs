namespace CdsService.Api.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

/// <summary>SQLite flavour of <see cref="CdsDbContext"/>; owns Migrations/Sqlite.</summary>
public sealed class SqliteCdsDbContext(DbContextOptions<SqliteCdsDbContext> options) : CdsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset text server-side; every stored time is UTC, so the binary
        // form sorts in time order and the date-range listing stays a database query.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
