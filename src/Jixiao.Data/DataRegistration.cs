using Jixiao.Data.Administration;
using Jixiao.Data.Audit;
using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Demo;
using Jixiao.Data.Departments;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Funds;
using Jixiao.Data.Import;
using Jixiao.Data.Indicators;
using Jixiao.Data.Overview;
using Jixiao.Data.Persistence;
using Jixiao.Data.Publication;
using Jixiao.Data.Rollup;
using Jixiao.Data.Workbook;
using Jixiao.Data.Workflow;

namespace Jixiao.Data;

/// <summary>The database and every command and query over it: what a host (the web app, a CLI verb) registers to use them.</summary>
public static class DataRegistration
{
    public static IServiceCollection AddJixiaoData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddJixiaoDatabase(configuration, environment);
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddSingleton(Jixiao.Checks.Linter.Default);
        services.AddSingleton<IFindingsSource, LintFindings>();
        services.AddSingleton<UiText>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoProvince>();
        services.AddScoped<GoalSetLoader>();
        services.AddSingleton<YearResults>();
        services.AddScoped<FindingsQuery>();
        // Findings of goal sets and fund tables (FundQuery), up to 5,000 entries in memory (a few KB to some 20 KB each).
        services.AddMemoryCache(o => o.SizeLimit = 5_000);
        services.AddScoped<OverviewQuery>();
        services.AddScoped<DepartmentQuery>();
        services.AddScoped<FundQuery>();
        services.AddScoped<GoalCommands>();
        services.AddScoped<IndicatorCommands>();
        services.AddScoped<ImportCommands>();
        services.AddScoped<EvaluationQuery>();
        services.AddScoped<ActualsCommands>();
        services.AddScoped<WorkbookCommands>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<WorkflowCommands>();
        services.AddScoped<WorkflowQuery>();
        services.AddScoped<PublicationQuery>();
        services.AddScoped<RollupQuery>();
        services.AddScoped<RegionDepartmentsQuery>();
        services.AddJixiaoAdministration();
        return services;
    }
}
