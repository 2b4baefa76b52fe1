namespace CdsService.Api.Tests.Smart;

using System.Net;
using System.Net.Sockets;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The real service on a loopback port known before it starts (the EHR must be told the redirect URI), with the fake EHR
/// as its one SMART client and the real rules engine; report links point at the same port so that a browser can follow
/// the whole launch.
/// </summary>
public sealed class SmartTestApp : IAsyncDisposable
{
    public SmartTestApp()
    {
        Ehr = new SmartFakeEhr();
        Ehr.Observations.AddRange([EndToEndHookTests.Ihc("LA11843-2"), EndToEndHookTests.PtenLoss()]);
        Port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{Port}");
        Factory = new CdsHooksAppFactory
        {
            Canned = null,
            Logs = Logs,
            // Every level reaches the capture (the factory's own level is Warning): the test reads what a debug log would hold.
            ExtraServices = services => services.AddLogging(l => l.AddFilter<CapturedLogs>(null, LogLevel.Trace)),
            Settings = new Dictionary<string, string>
            {
                ["Smart:RedirectUri"] = $"{BaseUrl.AbsoluteUri}app/callback",
                ["Smart:Clients:0:Issuer"] = Ehr.Issuer,
                ["Smart:Clients:0:ClientId"] = SmartFakeEhr.ClientId,
                ["ReportLinks:PublicBaseUrl"] = BaseUrl.AbsoluteUri.TrimEnd('/'),
            },
        };
        Factory.UseKestrel(Port);
    }

    public SmartFakeEhr Ehr { get; }

    /// <summary>Every log line of the service, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    public CdsHooksAppFactory Factory { get; }

    public int Port { get; }

    public Uri BaseUrl { get; }

    /// <summary>Starts the service and returns its address (the configured port).</summary>
    public Uri Start()
    {
        _ = Factory.ServerAddress;
        return BaseUrl;
    }

    /// <summary>A port the operating system had free a moment ago; Kestrel then binds it.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Ehr.DisposeAsync();
    }
}
