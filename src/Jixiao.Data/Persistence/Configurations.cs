using Jixiao.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Persistence;

internal sealed class StoredDepartmentConfiguration : IEntityTypeConfiguration<StoredDepartment>
{
    public void Configure(EntityTypeBuilder<StoredDepartment> builder)
    {
        builder.ToTable("departments");
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.RegionCode).HasMaxLength(12);
        builder.HasOne(d => d.Region).WithMany().HasForeignKey(d => d.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredDepartment>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredRegionConfiguration : IEntityTypeConfiguration<StoredRegion>
{
    public void Configure(EntityTypeBuilder<StoredRegion> builder)
    {
        builder.ToTable("regions");
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.FinanceBureau).HasMaxLength(200);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.Property(r => r.Code).HasMaxLength(9);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.Ancestry).HasMaxLength(400);
        builder.HasOne<StoredRegion>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Depth);
        builder.Ignore(r => r.Marker);
        builder.Ignore(r => r.RegionCode);
    }
}

/// <summary>One row per department and budget year; deleting the department deletes its years and all under them.</summary>
internal sealed class StoredPerformanceYearConfiguration : IEntityTypeConfiguration<StoredPerformanceYear>
{
    public void Configure(EntityTypeBuilder<StoredPerformanceYear> builder)
    {
        builder.ToTable("performance_years");
        builder.HasOne<StoredDepartment>().WithMany().HasForeignKey(y => y.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(y => new { y.DepartmentId, y.Year }).IsUnique();
        builder.HasIndex(y => y.Year);
        builder.Ignore(y => y.YearEnd);
    }
}

/// <summary>The goal-set aggregate: goal set → funds → indicators, deleted together, one per performance year.</summary>
internal sealed class StoredGoalSetConfiguration : IEntityTypeConfiguration<StoredGoalSet>
{
    public void Configure(EntityTypeBuilder<StoredGoalSet> builder)
    {
        builder.ToTable("goal_sets");
        builder.HasOne(g => g.PerformanceYear).WithMany().HasForeignKey(g => g.PerformanceYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.PerformanceYearId).IsUnique();
        builder.Ignore(g => g.Overall);
        builder.HasMany(g => g.Funds).WithOne().HasForeignKey(f => f.GoalSetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Funds).HasField("_funds");
    }
}

internal sealed class StoredFundConfiguration : IEntityTypeConfiguration<StoredFund>
{
    public void Configure(EntityTypeBuilder<StoredFund> builder)
    {
        builder.ToTable("funds");
        builder.Property(f => f.Name).HasMaxLength(500);
        builder.Property(f => f.Code).HasMaxLength(64);
        builder.Property(f => f.Category).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(f => new { f.GoalSetId, f.Position });
        builder.HasMany(f => f.Indicators).WithOne().HasForeignKey(i => i.FundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Indicators).HasField("_indicators");
    }
}

internal sealed class StoredIndicatorConfiguration : IEntityTypeConfiguration<StoredIndicator>
{
    public void Configure(EntityTypeBuilder<StoredIndicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasIndex(i => new { i.FundId, i.Position });
        builder.Property(i => i.Name).HasMaxLength(500);
        builder.Property(i => i.Code).HasMaxLength(64);
        builder.Property(i => i.Weight).HasConversion<WeightText>();
        builder.Property(i => i.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}

/// <summary>Measurements hang off their indicator (by id) and go with it; one per indicator, stage and date.</summary>
internal sealed class StoredMeasurementConfiguration : IEntityTypeConfiguration<StoredMeasurement>
{
    public void Configure(EntityTypeBuilder<StoredMeasurement> builder)
    {
        builder.ToTable("measurements");
        builder.HasOne<StoredIndicator>().WithMany().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.IndicatorId, m.Stage, m.AsOf }).IsUnique();
        builder.Property(m => m.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Likelihood).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.DeviationCategory).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.RecordedBy).HasMaxLength(200);
    }
}

/// <summary>A fund's budget figures per stage and date, with the fund.</summary>
internal sealed class StoredFundBudgetConfiguration : IEntityTypeConfiguration<StoredFundBudget>
{
    public void Configure(EntityTypeBuilder<StoredFundBudget> builder)
    {
        builder.ToTable("fund_budgets");
        builder.HasOne<StoredFund>().WithMany().HasForeignKey(b => b.FundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.FundId, b.Stage, b.AsOf }).IsUnique();
        builder.Property(b => b.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.RecordedBy).HasMaxLength(200);
    }
}

internal sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.ToTable("pending_imports");
        builder.Property(p => p.FileName).HasMaxLength(260);
        builder.Property(p => p.DepartmentName).HasMaxLength(200);
        builder.Property(p => p.Owner).HasMaxLength(256);
        // SQLite cannot compare DateTimeOffset in SQL; Unix milliseconds compare the same on both providers.
        builder.Property(p => p.UploadedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
    }
}

/// <summary>Identity's tables under our names; a department or region with users cannot be deleted.</summary>
internal sealed class JixiaoUserConfiguration : IEntityTypeConfiguration<JixiaoUser>
{
    public void Configure(EntityTypeBuilder<JixiaoUser> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<StoredDepartment>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredRegion>().WithMany().HasForeignKey(u => u.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("user_claims");
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("user_logins");
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) => builder.ToTable("user_tokens");
}
