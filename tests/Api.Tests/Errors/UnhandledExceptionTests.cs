namespace CdsService.Api.Tests.Errors;

using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

public sealed class UnhandledExceptionTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private const string Secret = "internal detail that must not leak";

    [Fact]
    public async Task Post_ServerFault_Is500ProblemWithoutExceptionDetails()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FailingTimeProvider())));
        using var client = failing.CreateClient();

        using var response = await client.PostJsonAsync("""{ "pten": "loss" }""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(ApiClient.ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(FailingTimeProvider), body, StringComparison.Ordinal);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("urn:cds-service:problem:internal", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }

    private sealed class FailingTimeProvider : TimeProvider
    {
        public override long GetTimestamp() => throw new InvalidOperationException(Secret);
    }
}
