namespace CdsService.Api.Telemetry;

using System.Diagnostics.Metrics;

/// <summary>
/// The service's own instruments (meter "CdsService"; docs/operations.md lists them with their Prometheus names).
/// Tags carry channels, service ids, statuses and outcomes from fixed vocabularies only: never a patient id, a
/// marker value or a URL, so a metric can be shared with anyone who runs the service.
/// </summary>
public sealed class CdsMetrics
{
    public const string MeterName = "CdsService";

    private readonly Counter<long> _evaluations;
    private readonly Counter<long> _batchRows;
    private readonly Histogram<double> _databaseTime;
    private readonly Counter<long> _jwksLookups;
    private long _queueDepth;

    public CdsMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _evaluations = meter.CreateCounter<long>("cds.evaluations", "{evaluation}",
            "Evaluations answered and audited, by channel and HER2 status.");
        _batchRows = meter.CreateCounter<long>("cds.batch.rows", "{row}",
            "Batch rows this replica's worker finished, by outcome (evaluated or failed).");
        meter.CreateObservableGauge("cds.batch.queue.depth", () => Interlocked.Read(ref _queueDepth), "{row}",
            "Batch rows queued or running in the shared database, as this replica's worker last saw them.");
        _databaseTime = meter.CreateHistogram("cds.db.command.duration", "s",
            "Time spent in database commands, by provider and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _jwksLookups = meter.CreateCounter<long>("cds.jwks.lookups", "{lookup}",
            "CDS Hooks signing-key lookups: served from the cache (hit) or fetched from the client's JWKS URL (fetch, fetch-failed).");
    }

    public void EvaluationAudited(string channel, string her2Status) =>
        _evaluations.Add(1, new KeyValuePair<string, object?>("cds.channel", channel), new KeyValuePair<string, object?>("cds.her2.status", her2Status));

    public void BatchRowsFinished(int evaluated, int failed)
    {
        if (evaluated > 0)
            _batchRows.Add(evaluated, new KeyValuePair<string, object?>("cds.batch.outcome", "evaluated"));
        if (failed > 0)
            _batchRows.Add(failed, new KeyValuePair<string, object?>("cds.batch.outcome", "failed"));
    }

    public void BatchQueueDepth(long rows) => Interlocked.Exchange(ref _queueDepth, rows);

    public void DatabaseCommand(string provider, TimeSpan elapsed, bool failed) =>
        _databaseTime.Record(elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("db.system.name", provider),
            new KeyValuePair<string, object?>("cds.outcome", failed ? "error" : "ok"));

    public void JwksLookup(string result) => _jwksLookups.Add(1, new KeyValuePair<string, object?>("cds.jwks.result", result));
}
