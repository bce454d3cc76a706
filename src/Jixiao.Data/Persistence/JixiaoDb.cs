using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Persistence;

/// <summary>
/// The database of the web application. Each provider has its own subclass
/// (<see cref="SqliteJixiaoDb"/>, <see cref="PostgresJixiaoDb"/>) only so that each gets its own
/// migrations set; the model is the same.
/// </summary>
public abstract class JixiaoDb(DbContextOptions options) : IdentityUserContext<JixiaoUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The web app's data-protection key ring (what signs cookies, bearer tokens and antiforgery tokens), shared by every
    /// node on this database; each key's XML is encrypted with the configured certificate. Not audited: no content.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<StoredRegion> Regions => Set<StoredRegion>();

    public DbSet<StoredDepartment> Departments => Set<StoredDepartment>();

    /// <summary>绩效年度: one per department and budget year, the root every stage hangs off.</summary>
    public DbSet<StoredPerformanceYear> PerformanceYears => Set<StoredPerformanceYear>();

    public DbSet<StoredGoalSet> GoalSets => Set<StoredGoalSet>();

    public DbSet<StoredFund> Funds => Set<StoredFund>();

    public DbSet<StoredIndicator> Indicators => Set<StoredIndicator>();

    /// <summary>What was measured per indicator, stage and date (实际完成值, 完成值, 偏差原因, 填报得分).</summary>
    public DbSet<StoredMeasurement> Measurements => Set<StoredMeasurement>();

    /// <summary>Budget figures per fund, stage and date (年初预算数, 全年预算数, 执行数).</summary>
    public DbSet<StoredFundBudget> FundBudgets => Set<StoredFundBudget>();

    /// <summary>年度结果: what each department-year's inputs give, stored as they change (<see cref="Rollup.YearResults"/>).</summary>
    public DbSet<StoredYearResult> YearResults => Set<StoredYearResult>();

    /// <summary>The findings of each stored result, by rule.</summary>
    public DbSet<StoredFindingCount> FindingCounts => Set<StoredFindingCount>();

    public DbSet<PendingImport> PendingImports => Set<PendingImport>();

    /// <summary>审计日志: append-only; written by <see cref="AuditInterceptor"/> only.</summary>
    public DbSet<StoredAuditRecord> AuditRecords => Set<StoredAuditRecord>();

    /// <summary>审核流程 state per performance year and subject.</summary>
    public DbSet<StoredWorkflow> Workflows => Set<StoredWorkflow>();

    /// <summary>Every submission, frozen.</summary>
    public DbSet<StoredGoalSetVersion> GoalSetVersions => Set<StoredGoalSetVersion>();

    /// <summary>The audit state of the current save; <see cref="AuditSession.Note"/> adds a record to the next save.</summary>
    public AuditSession Audit { get; } = new();

    // A pooled context is disposed when it goes back to the pool: notes never saved must not reach the next lease.
    public override void Dispose()
    {
        Audit.Reset();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        Audit.Reset();
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JixiaoDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Amounts and points are decimals whose scale is part of the canonical JSON (125000.0 is not
        // 125000), and SQLite has no exact decimal: both providers store them as invariant text. Nothing
        // sums or sorts them in SQL; totals are computed in C#.
        configurationBuilder.Properties<decimal>().HaveConversion<DecimalText>();
    }
}

/// <summary>The SQLite database (the embedded default).</summary>
public sealed class SqliteJixiaoDb(DbContextOptions<SqliteJixiaoDb> options) : JixiaoDb(options);

/// <summary>The PostgreSQL database (production).</summary>
public sealed class PostgresJixiaoDb(DbContextOptions<PostgresJixiaoDb> options) : JixiaoDb(options);
