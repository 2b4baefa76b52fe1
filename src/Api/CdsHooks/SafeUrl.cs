namespace CdsService.Api.CdsHooks;

using System.Diagnostics.CodeAnalysis;

/// <summary>Outbound and audience URLs: https, or plain http to loopback only (local runs and tests; docs/cds-hooks.md F2, G1).</summary>
public static class SafeUrl
{
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        var allowed = parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback);
        if (!allowed || !string.IsNullOrEmpty(parsed.UserInfo) || parsed.Fragment.Length > 0)
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    /// <summary>Base URLs compared without a trailing slash, scheme and host case-insensitively (RFC 3986 §6.2.2).</summary>
    public static string Normalize(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.AbsolutePath.TrimEnd('/');
    }
}
