namespace CdsService.Api.Persistence;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence.Access;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Persistence.Feedback;
using CdsService.Api.Persistence.Replay;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The service's one database model. Each provider has a derived context only so that EF Core keeps a separate,
/// provider-specific migration set for it (migrations are bound to a context type).
/// </summary>
public abstract class CdsDbContext(DbContextOptions options) : DbContext(options)
{
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
    }
}
