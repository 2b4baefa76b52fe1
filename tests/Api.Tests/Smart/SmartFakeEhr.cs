namespace CdsService.Api.Tests.Smart;

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>
/// A sandbox-style EHR on loopback (real Kestrel): its SMART discovery document, an authorization endpoint that approves
/// or denies by a switch and redirects back, a token endpoint that checks the PKCE verifier against the S256 challenge
/// and takes each code once, and a FHIR server that answers Patient and Observation only to the bearer it issued.
/// </summary>
public sealed class SmartFakeEhr : IAsyncDisposable
{
    public const string ClientId = "her2-app";
    public const string PatientId = "p1";

    private readonly CdsHooksLoopbackServer _server = new();
    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _tokens = new(StringComparer.Ordinal);

    public SmartFakeEhr()
    {
        _server.Handler = HandleAsync;
    }

    /// <summary>The FHIR base URL: the launch's iss and the aud the app must ask for.</summary>
    public string Issuer => new Uri(_server.BaseUrl, "/fhir").AbsoluteUri;

    public List<JsonObject> Observations { get; } = [];

    /// <summary>The clinician refuses consent: /authorize redirects back with error=access_denied.</summary>
    public bool Deny { get; set; }

    /// <summary>The FHIR server answers every read with this status (a broken server).</summary>
    public int? FhirStatus { get; set; }

    /// <summary>The query of every /authorize request, as the app sent it.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Authorizations { get; } = new();

    /// <summary>The form of every /token request.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    /// <summary>Every FHIR request as path and query, with the Authorization header it carried.</summary>
    public IReadOnlyList<CdsHooksLoopbackServer.RecordedRequest> FhirRequests =>
        _server.Requests.Where(r => r.PathAndQuery.StartsWith("/fhir/", StringComparison.Ordinal) && !r.PathAndQuery.Contains("/.well-known/", StringComparison.Ordinal)).ToList();

    /// <summary>The access tokens issued so far (the test checks none of them leaves the service).</summary>
    public IReadOnlyCollection<string> IssuedTokens => _tokens.Keys.ToList();

    public string LaunchUrl(Uri app, string launch = "launch-123") =>
        $"{app.AbsoluteUri.TrimEnd('/')}/app/launch?iss={Uri.EscapeDataString(Issuer)}&launch={Uri.EscapeDataString(launch)}";

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        return path switch
        {
            "/fhir/.well-known/smart-configuration" => Json(context, 200, new JsonObject
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = new Uri(_server.BaseUrl, "/authorize").AbsoluteUri,
                ["token_endpoint"] = new Uri(_server.BaseUrl, "/token").AbsoluteUri,
                ["code_challenge_methods_supported"] = new JsonArray("S256"),
                ["capabilities"] = new JsonArray("launch-ehr", "client-public", "context-ehr-patient"),
            }),
            "/authorize" => AuthorizeAsync(context),
            "/token" => TokenAsync(context),
            _ when path.StartsWith("/fhir/", StringComparison.Ordinal) => FhirAsync(context, path),
            _ => Json(context, 404, new JsonObject()),
        };
    }

    private Task AuthorizeAsync(HttpContext context)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        Authorizations.Enqueue(query);
        var redirect = query.GetValueOrDefault("redirect_uri", "");
        var state = query.GetValueOrDefault("state", "");
        if (Deny)
        {
            context.Response.Redirect(QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["error"] = "access_denied", ["state"] = state }));
            return Task.CompletedTask;
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new IssuedCode(query.GetValueOrDefault("code_challenge", ""), query.GetValueOrDefault("client_id", ""), redirect);
        context.Response.Redirect(QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["code"] = code, ["state"] = state }));
        return Task.CompletedTask;
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        TokenRequests.Enqueue(form);

        // RFC 6749 §4.1.2: a code is used once; RFC 7636 §4.6: BASE64URL(SHA256(verifier)) must equal the challenge.
        if (form.GetValueOrDefault("grant_type") != "authorization_code" || !_codes.TryRemove(form.GetValueOrDefault("code", ""), out var issued)
            || issued.ClientId != form.GetValueOrDefault("client_id") || issued.RedirectUri != form.GetValueOrDefault("redirect_uri")
            || WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(form.GetValueOrDefault("code_verifier", "")))) != issued.Challenge)
        {
            await Json(context, 400, new JsonObject { ["error"] = "invalid_grant" });
            return;
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        _tokens[token] = true;
        await Json(context, 200, new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["scope"] = "launch patient/Patient.read patient/Observation.read openid fhirUser",
            ["patient"] = PatientId,
        });
    }

    private Task FhirAsync(HttpContext context, string path)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.ContainsKey(authorization["Bearer ".Length..]))
            return Json(context, 401, new JsonObject { ["resourceType"] = "OperationOutcome" });
        if (FhirStatus is { } status)
            return Json(context, status, new JsonObject { ["resourceType"] = "OperationOutcome" });
        if (path == $"/fhir/Patient/{PatientId}")
            return Json(context, 200, new JsonObject { ["resourceType"] = "Patient", ["id"] = PatientId });
        if (path != "/fhir/Observation" || context.Request.Query["patient"] != PatientId)
            return Json(context, 404, new JsonObject { ["resourceType"] = "OperationOutcome" });

        var codes = (context.Request.Query["code"] + "," + context.Request.Query["component-code"]).Split(',')
            .Select(c => c[(c.IndexOf('|', StringComparison.Ordinal) + 1)..]).ToHashSet(StringComparer.Ordinal);
        var matching = Observations.Where(o => codes.Contains(Code(o)) || (o["component"] is JsonArray parts && parts.Any(p => codes.Contains(Code(p!)))));
        return Json(context, 200, CdsHooksFakeFhirServer.SearchSet(matching));
    }

    private static string Code(JsonNode element) => element["code"]?["coding"]?[0]?["code"]?.GetValue<string>() ?? "";

    private static Task Json(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private sealed record IssuedCode(string Challenge, string ClientId, string RedirectUri);
}
