namespace CdsService.Api.Tests.Infrastructure;

using Microsoft.AspNetCore.Http;

/// <summary>The CDS Client's JWKS over real HTTP on loopback (docs/cds-hooks.md J6), counting fetches.</summary>
public sealed class CdsHooksJwksServer : IAsyncDisposable
{
    private readonly CdsHooksLoopbackServer _server = new();

    public CdsHooksJwksServer(CdsHooksTokenMinter minter)
    {
        _server.Handler = async context =>
        {
            if (context.Request.Path == "/jwks.json")
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(minter.Jwks().ToJsonString());
                return;
            }

            context.Response.StatusCode = 404;
        };
    }

    public string JwksUrl => new Uri(_server.BaseUrl, "/jwks.json").AbsoluteUri;

    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>Accepts the connection and never answers: a JWKS endpoint that hangs.</summary>
    public bool NeverAnswers
    {
        get => _server.NeverAnswers;
        set => _server.NeverAnswers = value;
    }

    public int Fetches(string path = "/jwks.json") => _server.Requests.Count(r => r.PathAndQuery == path);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
