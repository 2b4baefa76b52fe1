namespace CdsService.Api.RateLimits;

using System.Threading.RateLimiting;
using CdsService.Api.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

public static class RateLimitExtensions
{
    public static IHostApplicationBuilder AddCdsRateLimits(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName)
            .Validate(o => new[] { o.PerCaller, o.FailedAuth, o.CdsHooks, o.Anonymous }.All(p => p.PermitLimit >= 0 && p.Window >= TimeSpan.Zero),
                "Security:RateLimits:*:PermitLimit and Window may not be negative (0 turns a policy off).")
            .Validate(o => o.ReadinessCache >= TimeSpan.Zero, "Security:RateLimits:ReadinessCache may not be negative.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                RateLimitPartitions.For(http, http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value));
            o.OnRejected = (context, _) => Reject(context);
        });
        return builder;
    }

    /// <summary>A 429 in the route's error channel with Retry-After (RFC 6585 section 4): the end of the window.</summary>
    private static ValueTask Reject(OnRejectedContext context)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var report = ErrorReport.ForStatus(StatusCodes.Status429TooManyRequests) with { RetryAfterSeconds = seconds };
        var http = context.HttpContext;
        return new ValueTask(http.RequestServices.GetRequiredService<ErrorRenderer>().WriteAsync(http, report));
    }

    /// <summary>After authentication (the caller is known) and before authorization (a refused guess still counts).</summary>
    public static IApplicationBuilder UseCdsRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();
}
