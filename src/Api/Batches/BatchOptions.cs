namespace CdsService.Api.Batches;

using System.ComponentModel.DataAnnotations;

/// <summary>Configuration section "Batches" (documented in docs/batches.md).</summary>
public sealed class BatchOptions
{
    public const string SectionName = "Batches";

    /// <summary>Largest accepted file: 64 MiB holds the row limit at about 330 bytes per row (a full panel is about 150).</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Largest FHIR Bundle batch: the FHIR SDK reads a Bundle whole, into objects many times the size of its JSON, so a
    /// FHIR batch has a lower limit than CSV and NDJSON, whose rows become small records (docs/batches.md, "FHIR Bundle batches").
    /// </summary>
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxFhirBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>
    /// Most patient rows in one batch: a cancer centre's yearly cohort fits in one. Reports stream, so the report of
    /// the largest batch needs no more memory than a small one (docs/batches.md, "Report size").
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 200_000;

    /// <summary>Runs the background worker in this replica; off for replicas that should only answer requests.</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How long an idle worker waits before looking for work again (a submission here wakes it at once).</summary>
    [Range(10, 60_000)]
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>An item claimed longer ago than this by a worker that never finished it is claimed again.</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Items claimed, evaluated and committed together: one transaction per chunk.</summary>
    [Range(1, 1000)]
    public int ChunkSize { get; set; } = 100;

    /// <summary>Claims of one item before it is given up as failed (a poison row must not loop forever).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;
}
