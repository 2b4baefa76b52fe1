namespace CdsService.Api.Telemetry;

using System.Collections.Frozen;
using System.Diagnostics;
using OpenTelemetry;

/// <summary>
/// Clears every span attribute that is not on a short allowlist before export. The instrumentations record URLs
/// (a FHIR fetch's URL holds the patient id, a report link's query its token), SQL text and exception messages; none
/// of that may leave the process. Only methods, routes, statuses, hosts and the service's own tags remain.
/// </summary>
public sealed class SpanAttributeAllowlist : BaseProcessor<Activity>
{
    public static readonly FrozenSet<string> Allowed = FrozenSet.Create(
        StringComparer.Ordinal,
        "http.request.method", "http.response.status_code", "http.route", "url.scheme", "server.address", "server.port",
        "network.protocol.name", "network.protocol.version", "error.type", "db.system", "db.system.name", "db.name", "db.namespace",
        "cds.channel", "cds.service");

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var tag in data.TagObjects.ToList())
        {
            if (!Allowed.Contains(tag.Key))
                data.SetTag(tag.Key, null);
        }

        // A status description repeats an exception message; the status code and error.type say enough. No
        // instrumentation here records exception events (RecordException stays off), so events carry nothing.
        if (data.StatusDescription is not null)
            data.SetStatus(data.Status);
    }
}
