namespace CdsService.Api.Tests.Smart;

using System.Net;
using System.Net.Sockets;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Infrastructure;

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
