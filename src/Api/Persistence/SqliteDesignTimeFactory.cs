namespace CdsService.Api.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

/// <summary>Lets `dotnet ef migrations add --context SqliteCdsDbContext` build the model without the app's host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCdsDbContext>
{
    public SqliteCdsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCdsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
