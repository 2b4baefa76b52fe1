namespace CdsService.Api.Batches.Storage;

using CdsService.Api.Auth;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

/// <summary>The three batch tables; applied by <c>CdsDbContext</c> so both migration sets carry them.</summary>
public static class BatchModelConfiguration
{
    public static ModelBuilder ApplyBatchTables(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<BatchRecord>(b =>
        {
            b.ToTable("batches");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(r => r.CreatedAt).HasColumnName("created_at");
            b.Property(r => r.Status).HasColumnName("status").HasMaxLength(16);
            b.Property(r => r.Format).HasColumnName("format").HasMaxLength(16);
            // Batches from before lenses were ranked by the review's own order.
            b.Property(r => r.RankingLens).HasColumnName("ranking_lens").HasMaxLength(16).HasDefaultValue("review");
            b.Property(r => r.Total).HasColumnName("total");
            b.Property(r => r.Done).HasColumnName("done");
            b.Property(r => r.FailedRows).HasColumnName("failed_rows");
            b.Property(r => r.Error).HasColumnName("error").HasMaxLength(1024);
            b.Property(r => r.Warnings).HasColumnName("warnings");
            b.Property(r => r.CompletedAt).HasColumnName("completed_at");
            b.Property(r => r.CallerId).HasColumnName("caller_id").HasMaxLength(Caller.MaxLength);
            b.Property(r => r.CallerClient).HasColumnName("caller_client").HasMaxLength(Caller.MaxLength);
            b.HasIndex(r => r.CallerId).HasDatabaseName("ix_batches_caller_id");
        });
        modelBuilder.Entity<BatchItemRecord>(b =>
        {
            b.ToTable("batch_items");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(r => r.BatchId).HasColumnName("batch_id");
            b.Property(r => r.RowNumber).HasColumnName("row_number");
            b.Property(r => r.PatientId).HasColumnName("patient_id").HasMaxLength(EvaluationRecord.PatientIdMaxLength);
            b.Property(r => r.InputJson).HasColumnName("input_json");
            b.Property(r => r.Status).HasColumnName("status").HasMaxLength(16);
            b.Property(r => r.EvaluationId).HasColumnName("evaluation_id");
            b.Property(r => r.ClaimedBy).HasColumnName("claimed_by").HasMaxLength(128);
            b.Property(r => r.ClaimedAt).HasColumnName("claimed_at");
            b.Property(r => r.ClaimToken).HasColumnName("claim_token").IsConcurrencyToken();
            b.Property(r => r.Attempts).HasColumnName("attempts");
            b.HasOne<BatchRecord>().WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(r => new { r.BatchId, r.RowNumber }).IsUnique().HasDatabaseName("ux_batch_items_batch_id_row_number");
            // The claim scans for queued or lease-expired work in id (= submission) order.
            b.HasIndex(r => new { r.Status, r.Id }).HasDatabaseName("ix_batch_items_status_id");
            b.HasIndex(r => r.EvaluationId).HasDatabaseName("ix_batch_items_evaluation_id");
        });
        modelBuilder.Entity<BatchRowErrorRecord>(b =>
        {
            b.ToTable("batch_row_errors");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(r => r.BatchId).HasColumnName("batch_id");
            b.Property(r => r.Row).HasColumnName("row");
            b.Property(r => r.PatientId).HasColumnName("patient_id").HasMaxLength(EvaluationRecord.PatientIdMaxLength);
            b.Property(r => r.Column).HasColumnName("column_name").HasMaxLength(64);
            b.Property(r => r.Field).HasColumnName("field").HasMaxLength(128);
            b.Property(r => r.Message).HasColumnName("message").HasMaxLength(1024);
            b.HasOne<BatchRecord>().WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(r => new { r.BatchId, r.Row }).HasDatabaseName("ix_batch_row_errors_batch_id_row");
        });
        return modelBuilder;
    }
}
