namespace CdsService.Api.Auth;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

public static class AuthExtensions
{
    /// <summary>The policy every /api/v1 and /fhir endpoint requires.</summary>
    public const string ClinicalApiPolicy = "clinical-api";

    private const string SelectorScheme = "ApiKeyOrBearer";

    public static IHostApplicationBuilder AddCdsAuth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName)
            .Validate(o => !o.Required || o.HasJwt || o.HasApiKeys,
                "Auth:Required is true but neither Auth:Jwt:Authority nor Auth:ApiKeys is configured: nobody could call the API. Configure one (or run locally in the Development environment).")
            .Validate(o => o.ApiKeys.All(k => k.Sha256.Length == 64 && k.Sha256.All(Uri.IsHexDigit) && k.Name.Length > 0),
                "Every Auth:ApiKeys entry needs a Name and a 64-character hex Sha256 of the key.")
            // Without an audience any token the authority issued, for any application, would open the API.
            .Validate(o => !o.HasJwt || !string.IsNullOrWhiteSpace(o.Jwt.Audience),
                "Auth:Jwt:Authority is set but Auth:Jwt:Audience is not: tokens the authority issued for other applications would be accepted. Set Auth:Jwt:Audience to this API's audience.")
            .Validate(o => o.ApiKeys.All(k => k.Scopes.All(s => ApiScopes.All.Contains(s, StringComparer.Ordinal))),
                $"Auth:ApiKeys:N:Scopes may hold only: {string.Join(", ", ApiScopes.All)}.")
            .Validate(o => o.ApiKeys.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count() == o.ApiKeys.Count,
                "Each Auth:ApiKeys Name may appear once: the name is the caller that owns what the key creates.")
            .ValidateOnStart();

        // One selector scheme: the API-key handler when the header is there, else the bearer handler.
        var authentication = builder.Services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, SelectorScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) || !settings.HasJwt
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });
        if (settings.HasJwt)
        {
            authentication.AddJwtBearer(o =>
            {
                o.Authority = settings.Jwt.Authority;
                o.Audience = settings.Jwt.Audience;
                o.RequireHttpsMetadata = settings.Jwt.RequireHttpsMetadata;
                o.BackchannelTimeout = settings.Jwt.BackchannelTimeout;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.ValidateAudience = true;
                // WWW-Authenticate says "Bearer" only: the failure reason ("The token expired at ...") would tell a
                // guesser what to fix and show the server clock (docs/security.md, "Output").
                o.IncludeErrorDetails = false;
            });
        }

        var authorization = builder.Services.AddAuthorizationBuilder().AddPolicy(ClinicalApiPolicy, policy =>
        {
            if (settings.Required) policy.RequireAuthenticatedUser();
            else policy.RequireAssertion(_ => true);
        });
        // One policy per scope; the caller (an anonymous one with every scope where auth is off) decides.
        foreach (var scope in ApiScopes.All)
            authorization.AddPolicy(ApiScopes.Policy(scope), policy => policy.AddRequirements(new ScopeRequirement(scope)));
        authorization.AddPolicy(ApiScopes.ReadPolicy, policy => policy.AddRequirements(new ScopeRequirement(ApiScopes.ReadOwn, ApiScopes.ReadAll)));
        return builder;
    }

    /// <summary>The endpoint needs <paramref name="scope"/> (docs/security.md); Swagger shows it.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ApiScopes.Policy(scope)).WithMetadata(new RequiredScopes([scope]));

    /// <summary>The endpoint reads stored patient data: read:own (the caller's rows) or read:all.</summary>
    public static TBuilder RequireReadScope<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ApiScopes.ReadPolicy).WithMetadata(new RequiredScopes([ApiScopes.ReadOwn, ApiScopes.ReadAll]));

    public static TBuilder RequireClinicalApiAuth<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute { Policy = ClinicalApiPolicy });
}
