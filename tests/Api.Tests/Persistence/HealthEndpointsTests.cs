namespace CdsService.Api.Tests.Persistence;

using System.Net;

public abstract class HealthEndpointsTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_DatabaseUp_Healthy(string path)
    {
        using var client = fixture.Factory.CreateClient();
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }
}

public sealed class PostgresHealthEndpointsTests(PostgresFixture fixture) : HealthEndpointsTests(fixture), IClassFixture<PostgresFixture>;

public sealed class SqliteHealthEndpointsTests(SqliteFixture fixture) : HealthEndpointsTests(fixture), IClassFixture<SqliteFixture>;
