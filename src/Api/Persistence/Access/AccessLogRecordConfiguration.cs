namespace CdsService.Api.Persistence.Access;

using CdsService.Api.Auth;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class AccessLogRecordConfiguration : IEntityTypeConfiguration<AccessLogRecord>
{
    public void Configure(EntityTypeBuilder<AccessLogRecord> builder)
    {
        builder.ToTable("access_log");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.At).HasColumnName("at");
        builder.Property(r => r.CallerId).HasColumnName("caller_id").HasMaxLength(Caller.MaxLength);
        builder.Property(r => r.CallerClient).HasColumnName("caller_client").HasMaxLength(Caller.MaxLength);
        builder.Property(r => r.Action).HasColumnName("action").HasMaxLength(AccessActions.MaxLength);
        builder.Property(r => r.ResourceId).HasColumnName("resource_id").HasMaxLength(64);
        builder.Property(r => r.PatientId).HasColumnName("patient_id").HasMaxLength(EvaluationRecord.PatientIdMaxLength);
        builder.Property(r => r.Rows).HasColumnName("rows");
        builder.Property(r => r.RemoteAddress).HasColumnName("remote_address").HasMaxLength(64);
        // The questions the log answers: who read this patient's data, what did this caller read, what happened when.
        builder.HasIndex(r => new { r.PatientId, r.At }).HasDatabaseName("ix_access_log_patient_id_at");
        builder.HasIndex(r => new { r.CallerId, r.At }).HasDatabaseName("ix_access_log_caller_id_at");
        builder.HasIndex(r => r.At).HasDatabaseName("ix_access_log_at");
    }
}
