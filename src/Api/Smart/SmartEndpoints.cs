namespace CdsService.Api.Smart;

using CdsService.Api.Auth;
using CdsService.Api.Errors;
using CdsService.Api.ReportLinks;
using Microsoft.Extensions.Options;

/// <summary>
/// SMART App Launch 2.x EHR launch (docs/smart.md): /app/launch sends the browser to the EHR's authorization endpoint
/// with PKCE; /app/callback exchanges the code, reads and evaluates the patient, and opens the stored evaluation.
/// </summary>
public static class SmartEndpoints
{
    public const string LaunchPath = "/app/launch";
    public const string CallbackPath = "/app/callback";

    /// <summary>Launch parameters are opaque EHR values; anything longer is not a launch.</summary>
    private const int MaxParameterLength = 2048;

    public static WebApplication MapSmart(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("").AllowAnonymous().WithErrorChannel(ErrorChannel.Problem).WithTags("SMART on FHIR").ExcludeFromDescription();
        group.MapGet(LaunchPath, LaunchAsync).WithName("SmartLaunch");
        group.MapGet(CallbackPath, CallbackAsync).WithName("SmartCallback");
        return app;
    }

    private static async Task<IResult> LaunchAsync(
        string? iss, string? launch, IOptions<SmartOptions> options, SmartDiscovery discovery, PendingLaunches launches, CancellationToken cancellationToken)
    {
        try
        {
            var smart = options.Value;
            if (!smart.IsConfigured)
                throw new SmartFailureException(StatusCodes.Status404NotFound, "SMART launch is not set up",
                    "This service has no EHR configured for SMART launch. Use the form at /app, or ask the service's administrators to configure the EHR (Smart:Clients).");
            if (string.IsNullOrEmpty(launch) || launch.Length > MaxParameterLength || iss is null || iss.Length > MaxParameterLength)
                throw new SmartFailureException(StatusCodes.Status400BadRequest, "Not a launch from an EHR",
                    "The parameters iss and launch are required. Start the app from the patient's chart in the EHR, not from a bookmark.");
            var client = smart.ClientFor(iss) ?? throw new SmartFailureException(StatusCodes.Status403Forbidden, "Unknown EHR",
                "The EHR that started this launch (iss) is not one this service is configured for. Ask the service's administrators to add it to Smart:Clients.");

            var endpoints = await discovery.ReadAsync(client, cancellationToken);
            var verifier = Pkce.NewVerifier();
            var state = launches.Add(client, endpoints, verifier) ?? throw new SmartFailureException(StatusCodes.Status503ServiceUnavailable, "Too many launches",
                "Too many launches are in progress. Wait a minute and launch the app again.");
            return TypedResults.Redirect(AuthorizeUrl(endpoints.AuthorizationEndpoint, new Dictionary<string, string>
            {
                ["response_type"] = "code",
                ["client_id"] = client.ClientId,
                ["redirect_uri"] = smart.RedirectUri!,
                ["launch"] = launch,
                ["scope"] = client.Scopes,
                ["state"] = state,
                ["aud"] = client.Issuer,
                ["code_challenge"] = Pkce.Challenge(verifier),
                ["code_challenge_method"] = "S256",
            }));
        }
        catch (SmartFailureException failure)
        {
            return new SmartFailurePage(failure);
        }
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext http, IOptions<SmartOptions> options, PendingLaunches launches, SmartTokenClient tokens, SmartPatientEvaluator evaluator,
        ReportLinkUrls links, CancellationToken cancellationToken)
    {
        try
        {
            var query = http.Request.Query;
            var launch = launches.Take(query["state"]);

            // RFC 6749 §4.1.2.1: the EHR reports a refusal on the redirect; the state is checked first so that a forged
            // error cannot end someone else's launch.
            if (launch is null)
                throw new SmartFailureException(StatusCodes.Status400BadRequest, "This launch is not valid any more",
                    "The page was opened without a launch this service started, or the launch expired or was already completed (a reloaded or bookmarked page does this). Launch the app again from the patient's chart.");
            if (query["error"].ToString() is { Length: > 0 } error)
                throw error == "access_denied"
                    ? new SmartFailureException(StatusCodes.Status403Forbidden, "Access was not granted",
                        "The app was not given access to the patient's chart, so nothing was read. To use it, launch it again and approve the access it asks for.")
                    : new SmartFailureException(StatusCodes.Status400BadRequest, "The EHR stopped the launch",
                        "The EHR's authorization server ended the launch with an error. Launch the app again; if it keeps failing, tell the EHR's administrators.");
            var code = query["code"].ToString();
            if (code.Length is 0 or > MaxParameterLength)
                throw new SmartFailureException(StatusCodes.Status400BadRequest, "No sign-in code", "The EHR sent no authorization code. Launch the app again from the patient's chart.");

            var token = await tokens.ExchangeAsync(launch, code, new Uri(options.Value.RedirectUri!), cancellationToken);
            var evaluationId = await evaluator.EvaluateAsync(launch.Client, token, cancellationToken);
            // The clinician page's read-only view of the stored evaluation, with the launch's note of what was read (docs/smart.md, "The flow").
            return TypedResults.Redirect(links.EvaluationLinks(http.Request, evaluationId, Caller.ForSmartClient(launch.Client.Issuer, launch.Client.ClientId)).View.AbsoluteUri);
        }
        catch (SmartFailureException failure)
        {
            return new SmartFailurePage(failure);
        }
    }

    private static string AuthorizeUrl(Uri endpoint, Dictionary<string, string> parameters) =>
        endpoint.AbsoluteUri + (endpoint.Query.Length > 0 ? "&" : "?")
        + string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
}
