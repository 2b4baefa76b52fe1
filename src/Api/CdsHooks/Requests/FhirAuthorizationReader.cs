namespace CdsService.Api.CdsHooks.Requests;

using System.Text.Json;

/// <summary>CDS Hooks 2.0 §Passing the Access Token: access_token, token_type "Bearer", expires_in, scope, subject (docs/cds-hooks.md R3).</summary>
internal static class FhirAuthorizationReader
{
    private const string Path = "fhirAuthorization.";

    public static FhirAuthorization? Read(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("fhirAuthorization", out var auth) || auth.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (auth.ValueKind != JsonValueKind.Object)
        {
            errors.Add("fhirAuthorization: must be an object.");
            return null;
        }

        var count = errors.Count;
        var token = CdsHookRequestParser.RequiredString(auth, "access_token", errors, Path);
        var type = CdsHookRequestParser.RequiredString(auth, "token_type", errors, Path);
        if (type is not null && !string.Equals(type, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("fhirAuthorization.token_type: must be 'Bearer'.");
        }

        var scope = CdsHookRequestParser.RequiredString(auth, "scope", errors, Path);
        var subject = CdsHookRequestParser.RequiredString(auth, "subject", errors, Path);
        long expiresIn = 0;
        if (!auth.TryGetProperty("expires_in", out var expires) || expires.ValueKind != JsonValueKind.Number
            || !expires.TryGetInt64(out expiresIn) || expiresIn < 0)
        {
            errors.Add("fhirAuthorization.expires_in: required, a non-negative integer.");
        }

        string? patient = auth.TryGetProperty("patient", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        return errors.Count > count ? null : new FhirAuthorization(token!, scope!, subject!, expiresIn, patient);
    }
}
