namespace CdsService.Api.Health;

/// <summary>
/// `dotnet CdsService.Api.dll --health-check`: the container HEALTHCHECK. The aspnet runtime image has neither curl
/// nor wget, and the runtime itself is certainly there, so the probe is the app calling its own /health/live.
/// </summary>
public static class HealthCheckCommand
{
    public const string Switch = "--health-check";

    public static async Task<int> RunAsync(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // ASPNETCORE_HTTP_PORTS arrives as HTTP_PORTS ("8080" or "8080;8081"); the first port is probed.
        var ports = configuration["HTTP_PORTS"] ?? "8080";
        var port = ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "8080";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health/live"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
