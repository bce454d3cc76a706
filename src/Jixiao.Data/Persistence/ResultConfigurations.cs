using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Persistence;

/// <summary>The stored results of a department-year, one row per performance year, with its findings by rule; deleted with the year.</summary>
internal sealed class StoredYearResultConfiguration : IEntityTypeConfiguration<StoredYearResult>
{
    public void Configure(EntityTypeBuilder<StoredYearResult> builder)
    {
        builder.ToTable("year_results");
        builder.HasKey(r => r.PerformanceYearId);
        builder.Property(r => r.PerformanceYearId).ValueGeneratedNever();
        builder.HasOne<StoredPerformanceYear>().WithOne().HasForeignKey<StoredYearResult>(r => r.PerformanceYearId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.SelfEvaluationGrade).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(r => r.Findings).WithOne().HasForeignKey(f => f.PerformanceYearId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Findings).HasField("_findings");
    }
}

internal sealed class StoredFindingCountConfiguration : IEntityTypeConfiguration<StoredFindingCount>
{
    public void Configure(EntityTypeBuilder<StoredFindingCount> builder)
    {
        builder.ToTable("year_result_findings");
        builder.Property(f => f.Rule).HasMaxLength(100);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(f => new { f.PerformanceYearId, f.Rule, f.Severity }).IsUnique();
        builder.HasIndex(f => f.Rule);
    }
}
