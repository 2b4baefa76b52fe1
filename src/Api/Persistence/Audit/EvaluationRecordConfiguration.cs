namespace CdsService.Api.Persistence.Audit;

using CdsService.Api.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class EvaluationRecordConfiguration : IEntityTypeConfiguration<EvaluationRecord>
{
    public void Configure(EntityTypeBuilder<EvaluationRecord> builder)
    {
        builder.ToTable("evaluations");
        builder.HasKey(r => r.Id);
        // Ids are UUID v7 made by the service, so the answer can carry its id before the row is written.
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.Channel).HasColumnName("channel").HasMaxLength(16);
        builder.Property(r => r.PatientId).HasColumnName("patient_id").HasMaxLength(EvaluationRecord.PatientIdMaxLength);
        builder.Property(r => r.HookInstance).HasColumnName("hook_instance").HasMaxLength(EvaluationRecord.PatientIdMaxLength);
        builder.Property(r => r.InputJson).HasColumnName("input_json");
        builder.Property(r => r.OutputJson).HasColumnName("output_json");
        builder.Property(r => r.EvaluationJson).HasColumnName("evaluation_json");
        builder.Property(r => r.KbVersion).HasColumnName("kb_version").HasMaxLength(64);
        builder.Property(r => r.KbHash).HasColumnName("kb_hash").HasMaxLength(128);
        builder.Property(r => r.EngineVersion).HasColumnName("engine_version").HasMaxLength(64);
        builder.Property(r => r.DurationMs).HasColumnName("duration_ms");
        builder.Property(r => r.Her2Status).HasColumnName("her2_status").HasMaxLength(16);
        // Knowledge base 1.0.0 had only the review's order, so rows written before this column read "review".
        builder.Property(r => r.RankingLens).HasColumnName("ranking_lens").HasMaxLength(16).HasDefaultValue("review");
        builder.Property(r => r.CallerId).HasColumnName("caller_id").HasMaxLength(Caller.MaxLength);
        builder.Property(r => r.CallerClient).HasColumnName("caller_client").HasMaxLength(Caller.MaxLength);
        builder.HasIndex(r => new { r.PatientId, r.CreatedAt }).HasDatabaseName("ix_evaluations_patient_id_created_at");
        builder.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_evaluations_created_at");
        // A caller without read:all lists its own rows, newest first.
        builder.HasIndex(r => new { r.CallerId, r.CreatedAt }).HasDatabaseName("ix_evaluations_caller_id_created_at");
    }
}
