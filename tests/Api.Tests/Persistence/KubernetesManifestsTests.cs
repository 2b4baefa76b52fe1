namespace CdsService.Api.Tests.Persistence;

using System.Text.RegularExpressions;
using CdsService.Api.Health;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Infrastructure;

/// <summary>
/// No cluster here: the manifests are checked by reading them against what the service really reads and serves
/// (configuration keys, the --migrate switch, the health paths), so a rename in code cannot silently break a deploy.
/// </summary>
public sealed class KubernetesManifestsTests
{
    private static readonly string K8s = Path.Combine(RepositoryRoot.Path, "deploy", "k8s");

    private static string Read(string file) => File.ReadAllText(Path.Combine(K8s, file));

    [Fact]
    public void ConfigMapAndSecret_UseTheConfigurationKeysTheServiceReads()
    {
        var config = Read("configmap.yaml");
        Assert.Contains($"{DatabaseOptions.SectionName}__{nameof(DatabaseOptions.Provider)}: {DatabaseProvider.Postgres}", config, StringComparison.Ordinal);
        Assert.Contains($"{DatabaseOptions.SectionName}__{nameof(DatabaseOptions.MigrateOnStart)}: \"false\"", config, StringComparison.Ordinal);
        Assert.Contains($"ConnectionStrings__{DatabaseOptions.ConnectionStringName}:", Read("secret.example.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void MigrateJob_RunsTheMigrateSwitchOnce()
    {
        var job = Read("migrate-job.yaml");
        Assert.Contains("kind: Job", job, StringComparison.Ordinal);
        Assert.Contains($"args: [\"{ServiceCommands.MigrateSwitch}\"]", job, StringComparison.Ordinal);
        Assert.Contains("restartPolicy: Never", job, StringComparison.Ordinal);
    }

    [Fact]
    public void Deployment_ProbesTheServiceHealthEndpoints_AsNonRootOnPort8080()
    {
        var deployment = Read("deployment.yaml");
        Assert.Matches(new Regex(@"readinessProbe:\s+httpGet: \{ path: " + Regex.Escape(HealthExtensions.ReadyPath) + ","), deployment);
        Assert.Matches(new Regex(@"livenessProbe:\s+httpGet: \{ path: " + Regex.Escape(HealthExtensions.LivePath) + ","), deployment);
        Assert.Contains("containerPort: 8080", deployment, StringComparison.Ordinal);
        Assert.Contains("runAsNonRoot: true", deployment, StringComparison.Ordinal);
        Assert.Contains("Database__MigrateOnStart: \"false\"", Read("configmap.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Hpa_ScalesTheApiDeployment()
    {
        var hpa = Read("hpa.yaml");
        Assert.Contains("kind: HorizontalPodAutoscaler", hpa, StringComparison.Ordinal);
        Assert.Contains("name: cdsservice-api", hpa, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"minReplicas: [2-9]"), hpa);
    }
}
