namespace CdsService.Api.Tests.Infrastructure;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

/// <summary>
/// The built service as an operator runs it: `dotnet CdsService.Api.dll` in its own process, configured by environment
/// variables only, on a loopback port Kestrel picks (port 0, read back from the "Now listening on" line, so no two tests
/// race for a port). Waits on the process's own output, never on a clock.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(Process process) => _process = process;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Telemetry:PrometheusPort of this process, when the test set one.</summary>
    public int MetricsPort { get; set; }

    /// <summary>The process id: batch workers name themselves host/pid/..., so a claim can be traced to its replica.</summary>
    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The process's peak resident memory in MiB (VmHWM of /proc), or null where /proc is not there.</summary>
    public long? PeakResidentMiB()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
            return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public string StandardOutput => string.Join('\n', _stdout);

    public IReadOnlyList<string> StandardErrorLines => [.. _stderr];

    public static string Dll => Path.Combine(RepositoryRoot.Path, "src", "Api", "bin", BuildConfiguration(), "net10.0", "CdsService.Api.dll");

    /// <summary>Starts the service and returns once it listens; throws with its output if it exits first.</summary>
    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var service = Launch(environment, ["--urls", "http://127.0.0.1:0"]);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        var exited = service._process.WaitForExitAsync(limit.Token);
        var first = await Task.WhenAny(service._listening.Task, exited);
        if (first != service._listening.Task)
        {
            await first;
            throw new InvalidOperationException($"the service exited with {service._process.ExitCode} before listening:\n{service.StandardOutput}\n{string.Join('\n', service._stderr)}");
        }

        service.BaseUrl = await service._listening.Task;
        return service;
    }

    /// <summary>Runs the service binary to its exit (a failing start, or a one-off command such as --migrate).</summary>
    public static async Task<(int ExitCode, ServiceProcess Output)> RunToExitAsync(
        IReadOnlyDictionary<string, string> environment, string[] args, CancellationToken cancellationToken)
    {
        var service = Launch(environment, args);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        await service._process.WaitForExitAsync(limit.Token);
        service._process.WaitForExit(); // drains the redirected output
        return (service._process.ExitCode, service);
    }

    public HttpClient Client() => new() { BaseAddress = BaseUrl };

    /// <summary>
    /// A loopback port free at the moment of asking, for listeners that cannot take port 0 (the metrics port, where 0
    /// means "off"). Another process could take it before the service binds it; the service then fails to start, loudly.
    /// </summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ServiceProcess Launch(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Dll, .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Only what the test sets configures the service: nothing leaks in from the test runner's environment.
        foreach (var key in start.Environment.Keys.Where(IsServiceSetting).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        // The port is read from this line.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Dll);
        var service = new ServiceProcess(process);
        process.OutputDataReceived += (_, e) => service.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                service._stderr.Enqueue(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    private void OnOutput(string? line)
    {
        if (line is null)
            return;
        _stdout.Enqueue(line);
        var match = ListeningLine().Match(line);
        if (match.Success)
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    private static bool IsServiceSetting(string key) =>
        key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("CDSSERVICE_", StringComparison.OrdinalIgnoreCase) || key.Contains("__", StringComparison.Ordinal);

    /// <summary>Debug or Release: the service is run from the same build as these tests.</summary>
    private static string BuildConfiguration() => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
