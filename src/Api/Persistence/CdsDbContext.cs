namespace CdsService.Api.Persistence;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence.Access;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Persistence.Feedback;
using CdsService.Api.Persistence.Replay;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The service's one database model. Each provider has a derived context only so that EF Core keeps a separate,
/// provider-specific migration set for it (migrations are bound to a context type).
/// </summary>
public abstract class CdsDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The report-link signing keys every replica shares (docs/operations.md, "Report links").</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<EvaluationRecord> Evaluations => Set<EvaluationRecord>();
    public DbSet<CdsHooksFeedbackRecord> CdsHooksFeedback => Set<CdsHooksFeedbackRecord>();
    public DbSet<JwtReplayEntry> JwtReplay => Set<JwtReplayEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new EvaluationRecordConfiguration());
        modelBuilder.ApplyConfiguration(new CdsHooksFeedbackRecordConfiguration());
        modelBuilder.ApplyConfiguration(new JwtReplayEntryConfiguration());
        modelBuilder.ApplyConfiguration(new AccessLogRecordConfiguration());
        modelBuilder.ApplyBatchTables();
        modelBuilder.Entity<DataProtectionKey>(keys =>
        {
            keys.ToTable("data_protection_keys");
            keys.Property(k => k.Id).HasColumnName("id");
            keys.Property(k => k.FriendlyName).HasColumnName("friendly_name");
            keys.Property(k => k.Xml).HasColumnName("xml");
        });
    }
}
