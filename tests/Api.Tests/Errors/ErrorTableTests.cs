namespace CdsService.Api.Tests.Errors;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Infrastructure;

/// <summary>
/// Every failure kind on every channel (docs/operations.md, "Errors by channel"): the status, and the media type of
/// the body, which the route's endpoint metadata chooses: problem+json on /api/v1, a FHIR OperationOutcome on /fhir,
/// an OperationOutcome as JSON on /cds-services (whose 401 is bare, CDS Hooks 2.0), and an HTML page for a browser.
/// A new failure kind is one more <see cref="Kind"/> and one line per channel in <see cref="Requests"/>.
/// </summary>
public sealed class ErrorTableTests(ErrorTableTests.Hosts hosts) : IClassFixture<ErrorTableTests.Hosts>
{
    public enum Channel { Api, Fhir, CdsHooks }

    public enum Kind { Validation, Unauthorized, NotFound, MethodNotAllowed, NotAcceptable, BodyTooLarge, UnsupportedMediaType, TooManyRequests, DatabaseDown, NotMigrated }

    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private static readonly string TooLarge = "{\"padding\":\"" + new string('x', 1_048_577) + "\"}";

    public static TheoryData<Channel, Kind> Table()
    {
        var data = new TheoryData<Channel, Kind>();
        foreach (var channel in Enum.GetValues<Channel>())
        {
            foreach (var kind in Enum.GetValues<Kind>())
                data.Add(channel, kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task EveryFailure_OnEveryChannel_HasItsStatusAndTheChannelsMediaType(Channel channel, Kind kind)
    {
        var factory = kind switch
        {
            Kind.DatabaseDown => hosts.DatabaseDown,
            Kind.NotMigrated => hosts.NotMigrated,
            Kind.TooManyRequests => hosts.Limited,
            _ => hosts.Healthy,
        };
        if (kind == Kind.TooManyRequests)
        {
            // The limited host allows one request per caller (and per CDS Hooks client address) an hour: spend it.
            using var first = Requests(factory, channel, kind);
            using var spender = factory.Client();
            (await spender.SendAsync(first, TestContext.Current.CancellationToken)).Dispose();
        }

        using var request = Requests(factory, channel, kind);
        // A refused upload is answered before its body is read; with 100-continue the client does not race the
        // server's close by sending the megabyte anyway (RFC 9110 section 10.1.1).
        request.Headers.ExpectContinue = kind == Kind.BodyTooLarge;
        using var client = factory.Client();

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(Status(kind), response.StatusCode);
        Assert.Equal(MediaType(channel, kind), response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (kind == Kind.TooManyRequests)
            Assert.NotNull(response.Headers.RetryAfter?.Delta);
        if (kind is Kind.DatabaseDown or Kind.NotMigrated)
        {
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains(kind == Kind.NotMigrated ? "--migrate" : "The database is unreachable", body, StringComparison.Ordinal);
        }
        else if (MediaType(channel, kind) is { } type)
        {
            Assert.Contains(type == "application/problem+json" ? "\"traceId\"" : "\"resourceType\":\"OperationOutcome\"", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Channel.Api, Kind.Unauthorized)]
    [InlineData(Channel.Api, Kind.NotFound)]
    [InlineData(Channel.Fhir, Kind.NotFound)]
    [InlineData(Channel.Fhir, Kind.MethodNotAllowed)]
    [InlineData(Channel.CdsHooks, Kind.NotFound)]
    public async Task Browser_GetsAnHtmlPage_NeverA500(Channel channel, Kind kind)
    {
        using var request = Requests(hosts.Healthy, channel, kind);
        request.Headers.Accept.Clear();
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var client = hosts.Healthy.Client();

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(Status(kind), response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains($"HTTP {(int)Status(kind)}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportLinkWithoutCredentials_InABrowser_IsA401Page()
    {
        using var client = hosts.Healthy.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/evaluations/{Guid.NewGuid()}/report?format=html");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Authentication required</h1>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/fhir+json")]
    [InlineData("application/json")]
    [InlineData("application/json+fhir")]
    [InlineData("*/*")]
    public async Task Fhir_AcceptsEveryJsonSpellingAClientMaySend(string accept)
    {
        using var request = Api(HttpMethod.Get, "/fhir/metadata", accept: accept);
        using var client = hosts.Healthy.Client();

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpStatusCode Status(Kind kind) => kind switch
    {
        Kind.Validation => HttpStatusCode.BadRequest,
        Kind.Unauthorized => HttpStatusCode.Unauthorized,
        Kind.NotFound => HttpStatusCode.NotFound,
        Kind.MethodNotAllowed => HttpStatusCode.MethodNotAllowed,
        Kind.NotAcceptable => HttpStatusCode.NotAcceptable,
        Kind.BodyTooLarge => HttpStatusCode.RequestEntityTooLarge,
        Kind.UnsupportedMediaType => HttpStatusCode.UnsupportedMediaType,
        Kind.TooManyRequests => HttpStatusCode.TooManyRequests,
        _ => HttpStatusCode.ServiceUnavailable,
    };

    /// <summary>CDS Hooks 2.0 §Trusting CDS Clients: a refused JWT is a bare 401 (no body, so no media type).</summary>
    private static string? MediaType(Channel channel, Kind kind) => channel switch
    {
        Channel.Api => "application/problem+json",
        Channel.Fhir => "application/fhir+json",
        _ => kind == Kind.Unauthorized ? null : "application/json",
    };

    private static HttpRequestMessage Requests(CdsHooksAppFactory factory, Channel channel, Kind kind) => (channel, kind) switch
    {
        (Channel.Api, Kind.Validation) => Api(HttpMethod.Post, "/api/v1/recommendations", """{"pten":"gone"}"""),
        (Channel.Api, Kind.Unauthorized) => Api(HttpMethod.Post, "/api/v1/recommendations", """{"pten":"loss"}""", key: false),
        (Channel.Api, Kind.NotFound) => Api(HttpMethod.Get, $"/api/v1/evaluations/{Guid.NewGuid()}"),
        (Channel.Api, Kind.MethodNotAllowed) => Api(HttpMethod.Delete, "/api/v1/recommendations"),
        (Channel.Api, Kind.NotAcceptable) => Api(HttpMethod.Post, "/api/v1/recommendations", """{"pten":"loss"}""", accept: "application/xml"),
        (Channel.Api, Kind.BodyTooLarge) => Api(HttpMethod.Post, "/api/v1/recommendations", TooLarge),
        (Channel.Api, Kind.UnsupportedMediaType) => Api(HttpMethod.Post, "/api/v1/recommendations", """{"pten":"loss"}""", contentType: "text/plain"),
        (Channel.Api, Kind.TooManyRequests) => Api(HttpMethod.Get, "/api/v1/knowledge-base"),
        (Channel.Api, _) => Api(HttpMethod.Post, "/api/v1/recommendations", """{"patientId":"table-1","her2":{"ihc":"3+"}}"""),

        (Channel.Fhir, Kind.Validation) => Api(HttpMethod.Post, "/fhir/$evaluate", """{"resourceType":"Observatoin","status":"final"}""", contentType: "application/fhir+json"),
        (Channel.Fhir, Kind.Unauthorized) => Api(HttpMethod.Post, "/fhir/$evaluate", FhirBundle(), contentType: "application/fhir+json", key: false),
        (Channel.Fhir, Kind.NotFound) => Api(HttpMethod.Get, "/fhir/Patient/table-1"),
        (Channel.Fhir, Kind.MethodNotAllowed) => Api(HttpMethod.Get, "/fhir/$evaluate"),
        (Channel.Fhir, Kind.NotAcceptable) => Api(HttpMethod.Post, "/fhir/$evaluate", FhirBundle(), contentType: "application/fhir+json", accept: "application/fhir+xml"),
        (Channel.Fhir, Kind.BodyTooLarge) => Api(HttpMethod.Post, "/fhir/$evaluate", TooLarge, contentType: "application/fhir+json"),
        (Channel.Fhir, Kind.UnsupportedMediaType) => Api(HttpMethod.Post, "/fhir/$evaluate", FhirBundle(), contentType: "application/fhir+xml"),
        (Channel.Fhir, Kind.TooManyRequests) => Api(HttpMethod.Post, "/fhir/$evaluate", """{"resourceType":"Observatoin","status":"final"}""", contentType: "application/fhir+json"),
        (Channel.Fhir, _) => Api(HttpMethod.Post, "/fhir/$evaluate", FhirBundle(), contentType: "application/fhir+json"),

        (Channel.CdsHooks, Kind.Validation) => Hook(factory, HookCalls.PatientView, "{}"),
        (Channel.CdsHooks, Kind.Unauthorized) => Hook(factory, HookCalls.PatientView, PatientView(factory), token: false),
        (Channel.CdsHooks, Kind.NotFound) => Hook(factory, "/cds-services/no-such-service", PatientView(factory)),
        (Channel.CdsHooks, Kind.MethodNotAllowed) => Hook(factory, HookCalls.PatientView, null, method: HttpMethod.Get),
        (Channel.CdsHooks, Kind.NotAcceptable) => Hook(factory, HookCalls.PatientView, PatientView(factory), accept: "application/xml"),
        (Channel.CdsHooks, Kind.BodyTooLarge) => Hook(factory, HookCalls.PatientView, TooLarge),
        (Channel.CdsHooks, Kind.UnsupportedMediaType) => Hook(factory, HookCalls.PatientView, PatientView(factory), contentType: "text/plain"),
        (Channel.CdsHooks, _) => Hook(factory, HookCalls.PatientView, PatientView(factory)),
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    private static HttpRequestMessage Api(HttpMethod method, string path, string? body = null, string contentType = "application/json", string? accept = null, bool key = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, contentType);
        if (key)
            request.Headers.Add("X-Api-Key", CdsHooksAppFactory.RestApiKey);
        if (accept is not null)
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return request;
    }

    private static HttpRequestMessage Hook(
        CdsHooksAppFactory factory, string path, string? body, HttpMethod? method = null, string contentType = "application/json", string? accept = null, bool token = true)
    {
        var request = Api(method ?? HttpMethod.Post, path, body, contentType, accept, key: false);
        if (token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.Minter.Mint(CdsHooksAppFactory.Audience(path)));
        return request;
    }

    private static string PatientView(CdsHooksAppFactory factory) => HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()).ToJsonString();

    private static string FhirBundle() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "her2-positive-resistance.json"));

    /// <summary>A healthy host, one whose database cannot be opened, and one whose database was never migrated.</summary>
    public sealed class Hosts : IAsyncLifetime
    {
        public CdsHooksAppFactory Healthy { get; } = new();

        public CdsHooksAppFactory DatabaseDown { get; } = new()
        {
            ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"cds-no-such-dir-{Guid.NewGuid():N}", "cds.db")}",
            Migrate = false,
        };

        public CdsHooksAppFactory NotMigrated { get; } = new() { Migrate = false };

        public CdsHooksAppFactory Limited { get; } = new()
        {
            Settings = new Dictionary<string, string>
            {
                ["Security:RateLimits:PerCaller:PermitLimit"] = "1",
                ["Security:RateLimits:PerCaller:Window"] = "01:00:00",
                ["Security:RateLimits:CdsHooks:PermitLimit"] = "1",
                ["Security:RateLimits:CdsHooks:Window"] = "01:00:00",
            },
        };

        public ValueTask InitializeAsync() => ValueTask.CompletedTask;

        public async ValueTask DisposeAsync()
        {
            await Healthy.DisposeAsync();
            await DatabaseDown.DisposeAsync();
            await NotMigrated.DisposeAsync();
            await Limited.DisposeAsync();
        }
    }
}
