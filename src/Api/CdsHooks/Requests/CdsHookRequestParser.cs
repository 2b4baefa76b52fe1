namespace CdsService.Api.CdsHooks.Requests;

using System.Text.Json;
using CdsService.Api.Validation;

/// <summary>
/// Reads a hook call leniently but checks what the service relies on (docs/cds-hooks.md R1-R3, R6): hook, hookInstance,
/// context per hook, fhirServer whenever fhirAuthorization is given (cds-r-1), and a complete Bearer authorization.
/// </summary>
public static class CdsHookRequestParser
{
    public static (CdsHookRequest? Request, IReadOnlyList<string> Errors) Parse(JsonElement root, string expectedHook)
    {
        var errors = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, ["The request body must be a JSON object."]);
        }

        var hook = RequiredString(root, "hook", errors);
        if (hook is not null && hook != expectedHook)
        {
            errors.Add($"hook: this service answers '{expectedHook}', not '{hook}'.");
        }

        var hookInstance = RequiredIdentifier(root, "hookInstance", errors);
        var before = errors.Count;
        var fhirServer = OptionalFhirServer(root, errors);
        var fhirServerRefused = errors.Count > before;
        var authorization = FhirAuthorizationReader.Read(root, errors);
        if (authorization is not null && fhirServer is null && !fhirServerRefused)
        {
            errors.Add("fhirServer: required when fhirAuthorization is given (cds-r-1).");
        }

        var context = HookContextReader.Read(root, expectedHook, errors);
        if (fhirServer is not null && context is not null && !FhirId.IsValid(context.PatientId))
        {
            errors.Add($"context.patientId: {FhirId.Rule} when fhirServer is given: the service queries that server with it.");
        }

        var prefetch = ReadPrefetch(root, errors);
        if (errors.Count > 0 || context is null)
        {
            return (null, errors);
        }

        var request = new CdsHookRequest(hook!, hookInstance!, fhirServer, authorization, context.PatientId, context.UserId,
            context.EncounterId, context.Selections, context.DraftOrders, prefetch);
        return (request, errors);
    }

    internal static string? RequiredString(JsonElement parent, string name, List<string> errors, string? path = null)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0)
        {
            return value.GetString();
        }

        errors.Add($"{path}{name}: required, a non-empty string.");
        return null;
    }

    /// <summary>A required string the service stores, held to the identifier rules of every channel.</summary>
    internal static string? RequiredIdentifier(JsonElement parent, string name, List<string> errors, string? path = null)
    {
        var value = RequiredString(parent, name, errors, path);
        if (Identifier.Problem(value) is { } problem)
        {
            errors.Add($"{path}{name}: {problem}.");
            return null;
        }

        return value;
    }

    private static Uri? OptionalFhirServer(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("fhirServer", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            // A FHIR base URL has no query or fragment (FHIR R4 http.html, "Service Base URL"); one would ride along on
            // every query the service sends to an allowlisted server.
            if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || value.GetString()!.IndexOfAny(['?', '#']) >= 0)
            {
                errors.Add("fhirServer: must be a FHIR base URL, without query string or fragment.");
                return null;
            }

            return uri;
        }

        errors.Add("fhirServer: must be an absolute URL.");
        return null;
    }

    private static Dictionary<string, JsonElement> ReadPrefetch(JsonElement root, List<string> errors)
    {
        var prefetch = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!root.TryGetProperty("prefetch", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return prefetch;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add("prefetch: must be an object.");
            return prefetch;
        }

        foreach (var property in value.EnumerateObject())
        {
            prefetch[property.Name] = property.Value;
        }

        return prefetch;
    }
}
