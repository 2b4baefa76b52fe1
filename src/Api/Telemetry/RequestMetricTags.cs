namespace CdsService.Api.Telemetry;

using CdsService.Api.CdsHooks;
using CdsService.Api.Errors;
using Microsoft.AspNetCore.Http.Features;

/// <summary>
/// Adds the channel (and, for CDS Hooks, the service id) to ASP.NET Core's own http.server.request.duration metric and
/// to the request's span, so request rate, latency and errors can be read per channel and per CDS service. The
/// service id is one of the catalog's ids or "unknown": a caller cannot grow the metric's cardinality.
/// </summary>
public static class RequestMetricTags
{
    public static IApplicationBuilder UseRequestMetricTags(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var channel = ChannelOf(context);
            var tags = context.Features.Get<IHttpMetricsTagsFeature>();
            var activity = System.Diagnostics.Activity.Current;
            tags?.Tags.Add(new("cds.channel", channel));
            activity?.SetTag("cds.channel", channel);
            if (channel == "cds-hooks")
            {
                var service = context.Request.RouteValues.TryGetValue("id", out var id) && CdsServiceCatalog.Find(id as string ?? "") is { } known
                    ? known.Id
                    : "unknown";
                tags?.Tags.Add(new("cds.service", service));
                activity?.SetTag("cds.service", service);
            }

            return next(context);
        });

    private static string ChannelOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ErrorChannelMetadata>()?.Channel switch
        {
            ErrorChannel.Problem => "rest",
            ErrorChannel.Fhir => "fhir",
            ErrorChannel.CdsHooks => "cds-hooks",
            _ => "other",
        };
}
