namespace CdsService.Api.Tests.Persistence;

using System.Text.RegularExpressions;
using CdsService.Api.Auth;
using CdsService.Api.CdsHooks;
using CdsService.Api.Health;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

/// <summary>
/// Docker is not available here, so the Dockerfile and compose file are checked by reading them: the compose
/// environment must bind to the configuration the service really reads, and the probes must use its real switches.
/// </summary>
public sealed partial class DeployFilesTests
{
    private static readonly string Root = RepositoryRoot.Path;

    [Fact]
    public void Compose_EveryServiceEnvironment_BindsToTheServiceConfiguration()
    {
        var compose = File.ReadAllText(Path.Combine(Root, "deploy", "docker-compose.yml"));
        foreach (var service in new[] { "migrate", "api" })
        {
            var env = EnvironmentOf(compose, service);
            Assert.Contains("ASPNETCORE_ENVIRONMENT", env.Keys);
            // Environment variables reach IConfiguration with "__" as the section separator.
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(env.Select(kv => KeyValuePair.Create(kv.Key.Replace("__", ":", StringComparison.Ordinal), (string?)kv.Value)))
                .Build();
            var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>();
            Assert.Equal(DatabaseProvider.Postgres, options?.Provider);
            Assert.Contains("Host=postgres", configuration.GetConnectionString(DatabaseOptions.ConnectionStringName), StringComparison.Ordinal);
            Assert.All(env.Keys, key => Assert.True(ConfigurationKeys.IsBound(key), $"{service}: {key} is read by nothing"));
        }
    }

    [Fact]
    public void Compose_Api_ConfiguresAnApiKey_SoTheProductionHostCanStart()
    {
        var env = EnvironmentOf(File.ReadAllText(Path.Combine(Root, "deploy", "docker-compose.yml")), "api");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(env.Select(kv => KeyValuePair.Create(kv.Key.Replace("__", ":", StringComparison.Ordinal), (string?)kv.Value)))
            .Build();

        var auth = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>();

        Assert.NotNull(auth);
        Assert.True(auth.HasApiKeys);
        Assert.Equal("tumor-board", auth.ApiKeys[0].Name);
        var hooks = configuration.GetSection(CdsHooksOptions.SectionName).Get<CdsHooksOptions>();
        Assert.NotNull(hooks?.PublicBaseUrl);
        Assert.Single(hooks!.TrustedClients);
    }

    [Fact]
    public void Compose_MigrateRunsTheMigrateSwitch_AndApiWaitsForIt()
    {
        var compose = File.ReadAllText(Path.Combine(Root, "deploy", "docker-compose.yml"));
        Assert.Contains($"command: [\"{ServiceCommands.MigrateSwitch}\"]", ServiceBlock(compose, "migrate"), StringComparison.Ordinal);
        Assert.Matches(@"migrate:\s+condition: service_completed_successfully", ServiceBlock(compose, "api"));
        Assert.Matches(@"image: postgres:15\b", ServiceBlock(compose, "postgres"));
        Assert.Contains("healthcheck:", ServiceBlock(compose, "postgres"), StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_RestoreLayerNonRootPortAndHealthCheck()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        var restore = dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal);
        var copySources = dockerfile.IndexOf("COPY src/ src/", StringComparison.Ordinal);
        Assert.InRange(restore, 0, copySources);
        foreach (var project in Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Root, project).Replace('\\', '/');
            Assert.InRange(dockerfile.IndexOf($"COPY {relative} ", StringComparison.Ordinal), 0, restore);
        }
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile, StringComparison.Ordinal);
        // Every base image is pinned by digest, the tag kept for readers.
        Assert.All(Regex.Matches(dockerfile, @"^FROM (\S+)", RegexOptions.Multiline), from =>
            Assert.Matches(@"^mcr\.microsoft\.com/dotnet/[a-z]+:10\.0@sha256:[0-9a-f]{64}$", from.Groups[1].Value));
        Assert.Contains("USER $APP_UID", dockerfile, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080 9464", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", dockerfile, StringComparison.Ordinal);
        Assert.Matches($@"HEALTHCHECK[^\n]*\\\n\s+CMD \[""dotnet"", ""/app/CdsService.Api.dll"", ""{HealthCheckCommand.Switch}""\]", dockerfile);
    }

    private static string ServiceBlock(string compose, string service)
    {
        var match = Regex.Match(compose, $@"^  {service}:\n((?:    .*\n|\s*\n)+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"service {service} not found in docker-compose.yml");
        return match.Groups[1].Value;
    }

    private static Dictionary<string, string> EnvironmentOf(string compose, string service)
    {
        var block = ServiceBlock(compose, service);
        var env = Regex.Match(block, @"^    environment:\n((?:      .*\n)+)", RegexOptions.Multiline);
        Assert.True(env.Success, $"service {service} has no environment map");
        return EnvEntry().Matches(env.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim().Trim('"'));
    }

    [GeneratedRegex(@"^      ([A-Za-z_][A-Za-z0-9_]*): (.*)$", RegexOptions.Multiline)]
    private static partial Regex EnvEntry();
}
