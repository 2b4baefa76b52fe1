namespace CdsService.Api.ReportLinks;

using System.Security.Cryptography;
using System.Text.Json;
using CdsService.Api.Auth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

/// <summary>
/// Signs and reads report-link tokens with ASP.NET Core Data Protection: authenticated encryption (the payload can be
/// neither read nor altered) with an expiry, under keys kept in the database so that any replica reads a link another
/// signed (docs/operations.md, "Report links").
/// </summary>
public sealed class ReportLinkSigner(IDataProtectionProvider protection, IOptions<ReportLinkOptions> options, TimeProvider time)
{
    /// <summary>Changing it invalidates every link issued so far.</summary>
    public const string Purpose = "CdsService.ReportLinks.v1";

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string Sign(string kind, Guid id, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var claim = new ReportLinkClaim(kind, id, caller.Id, caller.Client);
        return _protector.Protect(JsonSerializer.Serialize(claim), time.GetUtcNow() + options.Value.Lifetime);
    }

    /// <summary>The claim of a token that is intact, unexpired and for exactly this report; otherwise null.</summary>
    public ReportLinkClaim? Read(string? token, string kind, Guid id)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        try
        {
            var json = _protector.Unprotect(token, out var expiration);
            var claim = JsonSerializer.Deserialize<ReportLinkClaim>(json);
            // Data Protection checks the expiry against the system clock; this check follows the service's own.
            return claim is not null && claim.Kind == kind && claim.Id == id && expiration > time.GetUtcNow() ? claim : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}
