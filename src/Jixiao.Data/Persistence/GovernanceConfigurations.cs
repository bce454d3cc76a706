using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Persistence;

internal sealed class StoredAuditRecordConfiguration : IEntityTypeConfiguration<StoredAuditRecord>
{
    public void Configure(EntityTypeBuilder<StoredAuditRecord> builder)
    {
        builder.ToTable("audit_records");
        // The sequence is the key: unique, so two writers appending the same number cannot fork the chain.
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        builder.Property(r => r.Actor).HasMaxLength(200);
        builder.Property(r => r.Subject).HasMaxLength(200);
        builder.Property(r => r.Action).HasMaxLength(50);
        builder.Property(r => r.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.Hash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(r => new { r.DepartmentId, r.Year });
        builder.HasIndex(r => r.Subject);
    }
}

internal sealed class StoredWorkflowConfiguration : IEntityTypeConfiguration<StoredWorkflow>
{
    public void Configure(EntityTypeBuilder<StoredWorkflow> builder)
    {
        builder.ToTable("workflows");
        builder.HasOne(w => w.PerformanceYear).WithMany().HasForeignKey(w => w.PerformanceYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.PerformanceYearId, w.Subject }).IsUnique();
        builder.Property(w => w.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Grade).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Version).IsConcurrencyToken();
    }
}

internal sealed class StoredGoalSetVersionConfiguration : IEntityTypeConfiguration<StoredGoalSetVersion>
{
    public void Configure(EntityTypeBuilder<StoredGoalSetVersion> builder)
    {
        builder.ToTable("goal_set_versions");
        builder.HasOne<StoredWorkflow>().WithMany().HasForeignKey(v => v.WorkflowId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.WorkflowId, v.Number }).IsUnique();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Grade).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.SubmittedBy).HasMaxLength(200);
        builder.Property(v => v.ReviewedBy).HasMaxLength(200);
    }
}
