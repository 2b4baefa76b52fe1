namespace CdsService.Api.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

/// <summary>Lets `dotnet ef migrations add --context PostgresCdsDbContext` build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCdsDbContext>
{
    public PostgresCdsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCdsDbContext>().UseNpgsql("Host=localhost;Database=cds").Options);
}
