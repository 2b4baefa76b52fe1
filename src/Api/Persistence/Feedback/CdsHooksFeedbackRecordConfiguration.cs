namespace CdsService.Api.Persistence.Feedback;

using CdsService.Api.Auth;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class CdsHooksFeedbackRecordConfiguration : IEntityTypeConfiguration<CdsHooksFeedbackRecord>
{
    public void Configure(EntityTypeBuilder<CdsHooksFeedbackRecord> builder)
    {
        builder.ToTable("cds_hooks_feedback");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.ServiceId).HasColumnName("service_id").HasMaxLength(128);
        builder.Property(r => r.CardId).HasColumnName("card_id").HasMaxLength(EvaluationRecord.PatientIdMaxLength);
        builder.Property(r => r.Outcome).HasColumnName("outcome").HasMaxLength(32);
        builder.Property(r => r.OutcomeTimestamp).HasColumnName("outcome_timestamp");
        builder.Property(r => r.AcceptedSuggestionsJson).HasColumnName("accepted_suggestions_json");
        builder.Property(r => r.OverrideReasonJson).HasColumnName("override_reason_json");
        builder.Property(r => r.ReceivedAt).HasColumnName("received_at");
        builder.Property(r => r.CallerId).HasColumnName("caller_id").HasMaxLength(Caller.MaxLength);
        builder.Property(r => r.CallerClient).HasColumnName("caller_client").HasMaxLength(Caller.MaxLength);
        builder.HasIndex(r => new { r.CardId, r.Outcome, r.OutcomeTimestamp })
            .IsUnique()
            .HasDatabaseName("ux_cds_hooks_feedback_card_outcome_timestamp");
    }
}
