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
            e.Property(r => r.EvaluationJson).HasColumnType("jsonb");
        });
        modelBuilder.Entity<CdsHooksFeedbackRecord>(e =>
        {
            e.Property(r => r.AcceptedSuggestionsJson).HasColumnType("jsonb");
            e.Property(r => r.OverrideReasonJson).HasColumnType("jsonb");
        });
    }
}
