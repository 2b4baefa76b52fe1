namespace CdsService.Api.Tests.Infrastructure;

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>A real Kestrel server on 127.0.0.1 with a swappable handler that records every request it gets.</summary>
public sealed class CdsHooksLoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public CdsHooksLoopbackServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(async context =>
        {
            Requests.Enqueue(new RecordedRequest(context.Request.Path + context.Request.QueryString, context.Request.Headers.Authorization.ToString()));
            if (NeverAnswers)
            {
                // The connection is accepted and the request read, but no byte of an answer is ever sent: only the
                // caller's own deadline ends the call (docs/testing.md), so no timer of the test races the service's.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            await Handler(context);
        });
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Accepts every connection and request and never answers (a hung upstream server).</summary>
    public bool NeverAnswers { get; set; }

    public Func<HttpContext, Task> Handler { get; set; } = context =>
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record RecordedRequest(string PathAndQuery, string Authorization);
}
