namespace CdsService.Api.Persistence.Replay;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class JwtReplayEntryConfiguration : IEntityTypeConfiguration<JwtReplayEntry>
{
    public void Configure(EntityTypeBuilder<JwtReplayEntry> builder)
    {
        builder.ToTable("jwt_replay");
        // The primary key is the uniqueness guarantee: two replicas accepting the same jti race on one insert.
        builder.HasKey(r => r.Jti);
        builder.Property(r => r.Jti).HasColumnName("jti").HasMaxLength(256);
        builder.Property(r => r.ExpiresAt).HasColumnName("expires_at");
        builder.HasIndex(r => r.ExpiresAt).HasDatabaseName("ix_jwt_replay_expires_at");
    }
}
