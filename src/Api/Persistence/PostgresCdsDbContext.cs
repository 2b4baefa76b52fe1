namespace CdsService.Api.Persistence;

using CdsService.Api.Persistence.Audit;
using CdsService.Api.Persistence.Feedback;
using Microsoft.EntityFrameworkCore;

/// <summary>PostgreSQL flavour of <see cref="CdsDbContext"/>; owns Migrations/Postgres.</summary>
public sealed class PostgresCdsDbContext(DbContextOptions<PostgresCdsDbContext> options) : CdsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // jsonb so that audits can be queried by content (e.g. every evaluation with a given finding); PostgreSQL
        // normalises key order and whitespace, the content is unchanged.
        modelBuilder.Entity<EvaluationRecord>(e =>
        {
            e.Property(r => r.InputJson).HasColumnType("jsonb");
            e.Property(r => r.OutputJson).HasColumnType("jsonb");
            // evaluation_json (~75-90 KB per row) is read back whole by the reports, never queried by content: json keeps
            // the text as sent and lz4 compresses it cheaply. jsonb with the default pglz cost the server ~1.4 ms per
            // hook call against ~0.2 ms (benchmarks/load/README.md). lz4 needs PostgreSQL 14+ built with lz4.
            e.Property(r => r.EvaluationJson).HasColumnType("json").UseCompressionMethod("lz4");
        });
        modelBuilder.Entity<CdsHooksFeedbackRecord>(e =>
        {
            e.Property(r => r.AcceptedSuggestionsJson).HasColumnType("jsonb");
            e.Property(r => r.OverrideReasonJson).HasColumnType("jsonb");
        });
    }
}
