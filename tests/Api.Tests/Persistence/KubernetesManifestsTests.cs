namespace CdsService.Api.Tests.Persistence;

using System.Text.RegularExpressions;
using CdsService.Api.CdsHooks;
using CdsService.Api.Health;
using CdsService.Api.Persistence;
using CdsService.Api.Telemetry;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

/// <summary>
/// No cluster here: the manifests are checked by reading them against what the service really reads and serves
/// (configuration keys, the --migrate switch, the health paths, the metrics port), so a rename in code cannot silently
/// break a deploy. The schema check is scripts/k8s-validate, run by scripts/test.sh.
/// </summary>
public sealed partial class KubernetesManifestsTests
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

    [Theory]
    [InlineData("configmap.yaml", "data")]
    [InlineData("secret.example.yaml", "stringData")]
    public void EveryKey_BindsToASettingTheServiceReads(string file, string map)
    {
        var keys = Data(Read(file), map).Keys.ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(ConfigurationKeys.IsBound(key), $"{file}: {key} is read by nothing"));
    }

    [Fact]
    public void ConfigMap_CdsHooksSettings_AreOnesAProductionHostAccepts()
    {
        var data = Data(Read("configmap.yaml"), "data");
        foreach (var key in new[] { "CdsHooks__PublicBaseUrl", "CdsHooks__TrustedClients__0__Issuer", "CdsHooks__TrustedClients__0__JwksUrl", "CdsHooks__AllowedOrigins__0" })
            Assert.Contains(key, data.Keys);
        var options = Configuration(data).GetSection(CdsHooksOptions.SectionName).Get<CdsHooksOptions>()!;

        var result = new CdsHooksOptionsValidator(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" }).Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void MetricsPort_IsTheSameInConfigDeploymentAnnotationsAndNetworkPolicy_AndNotTheApiPort()
    {
        var port = Configuration(Data(Read("configmap.yaml"), "data")).GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()!.PrometheusPort;
        var deployment = Read("deployment.yaml");

        Assert.NotEqual(8080, port);
        Assert.Contains($"- {{ name: metrics, containerPort: {port} }}", deployment, StringComparison.Ordinal);
        Assert.Contains("prometheus.io/scrape: \"true\"", deployment, StringComparison.Ordinal);
        Assert.Contains($"prometheus.io/port: \"{port}\"", deployment, StringComparison.Ordinal);
        Assert.Contains($"prometheus.io/path: {PrometheusServer.Path}", deployment, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"- from:\s+- namespaceSelector: \{ matchLabels: \{ kubernetes.io/metadata.name: monitoring \} \}\s+ports:\s+- \{ protocol: TCP, port: " + port + @" \}"), Read("networkpolicy.yaml"));
    }

    [Fact]
    public void NetworkPolicy_OpensTheApiPortOnly_AndLetsOutOnlyPostgresDnsTelemetryAndHttps()
    {
        var policy = Read("networkpolicy.yaml").Split("\n---\n")[0];
        var ingress = policy[policy.IndexOf("  ingress:", StringComparison.Ordinal)..policy.IndexOf("  egress:", StringComparison.Ordinal)];
        var egress = policy[policy.IndexOf("  egress:", StringComparison.Ordinal)..];

        Assert.Contains("policyTypes: [Ingress, Egress]", policy, StringComparison.Ordinal);
        Assert.Equal(["8080", "9464"], PortsOf(ingress));
        Assert.Equal(["4317", "4318", "443", "53", "53", "5432"], PortsOf(egress).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pods_HaveAStartupProbe_TheRuntimeDefaultSeccompProfile_AndTheJobHasResources()
    {
        var deployment = Read("deployment.yaml");
        var job = Read("migrate-job.yaml");

        Assert.Matches(new Regex(@"startupProbe:\s+httpGet: \{ path: " + Regex.Escape(HealthExtensions.LivePath) + ","), deployment);
        Assert.Contains("seccompProfile: { type: RuntimeDefault }", deployment, StringComparison.Ordinal);
        Assert.Contains("seccompProfile: { type: RuntimeDefault }", job, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"resources:\s+requests: \{ cpu: \w+, memory: \w+ \}\s+limits: \{ cpu: \w+, memory: \w+ \}"), job);
    }

    [Fact]
    public void DisruptionBudget_KeepsOneApiReplica()
    {
        var pdb = Read("pdb.yaml");

        Assert.Contains("kind: PodDisruptionBudget", pdb, StringComparison.Ordinal);
        Assert.Contains("minAvailable: 1", pdb, StringComparison.Ordinal);
        Assert.Contains("matchLabels: { app.kubernetes.io/name: cdsservice, app.kubernetes.io/component: api }", pdb, StringComparison.Ordinal);
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

    private static Dictionary<string, string> Data(string manifest, string map)
    {
        var block = Regex.Match(manifest, $@"^{map}:\n((?:  .*\n|\s*#.*\n)+)", RegexOptions.Multiline);
        Assert.True(block.Success, $"no {map} block");
        return DataEntry().Matches(block.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim().Trim('"'));
    }

    private static IConfiguration Configuration(Dictionary<string, string> environment) => new ConfigurationBuilder()
        .AddInMemoryCollection(environment.Select(kv => KeyValuePair.Create(kv.Key.Replace("__", ":", StringComparison.Ordinal), (string?)kv.Value)))
        .Build();

    private static List<string> PortsOf(string rules) => [.. Regex.Matches(rules, @"port: (\d+) \}").Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^  ([A-Za-z_][A-Za-z0-9_]*): (.*)$", RegexOptions.Multiline)]
    private static partial Regex DataEntry();
}
