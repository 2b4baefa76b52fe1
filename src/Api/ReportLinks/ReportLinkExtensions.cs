namespace CdsService.Api.ReportLinks;

using CdsService.Api.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;

public static class ReportLinkExtensions
{
    /// <summary>The application name every replica shares: Data Protection keys and payloads are isolated by it.</summary>
    public const string ApplicationName = "CdsService";

    /// <summary>How long before its expiry a key is replaced (Data Protection's default propagation window).</summary>
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(2);

    /// <summary>Signed report links: Data Protection with its key ring in the service's database (docs/operations.md).</summary>
    public static IHostApplicationBuilder AddReportLinks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ReportLinkOptions>().BindConfiguration(ReportLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<CdsDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReportLinkSigner>();
        services.AddSingleton<ReportLinkUrls>();
        return builder;
    }

    /// <summary>
    /// Creates the first signing key in the migration step, so that replicas starting together read one key ring instead
    /// of each creating a key the others have not seen yet. Later keys are created by Data Protection itself two days
    /// before the current one expires, which gives every replica time to load them.
    /// </summary>
    public static void EnsureSigningKey(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var keys = services.GetService<IKeyManager>();
        if (keys is null)
            return;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now + RenewBefore))
            keys.CreateNewKey(now, now.AddDays(90));
    }
}
