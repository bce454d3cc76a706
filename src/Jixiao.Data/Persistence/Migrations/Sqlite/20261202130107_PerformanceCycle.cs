using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PerformanceCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // 1. The new shape beside the old: performance years, measurements, budget figures, and the links to the year.

            migrationBuilder.CreateTable(
                name: "performance_years",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_performance_years", x => x.Id);
                    table.ForeignKey(
                        name: "FK_performance_years_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fund_budgets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Initial = table.Column<string>(type: "TEXT", nullable: true),
                    InitialFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Annual = table.Column<string>(type: "TEXT", nullable: true),
                    AnnualFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Executed = table.Column<string>(type: "TEXT", nullable: true),
                    ExecutedFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Forecast = table.Column<string>(type: "TEXT", nullable: true),
                    ForecastFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    EnteredScore = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_budgets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fund_budgets_funds_FundId",
                        column: x => x.FundId,
                        principalTable: "funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "measurements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true),
                    ValueData = table.Column<string>(type: "TEXT", nullable: true),
                    Forecast = table.Column<string>(type: "TEXT", nullable: true),
                    Likelihood = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DeviationReason = table.Column<string>(type: "TEXT", nullable: true),
                    DeviationCategory = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    EnteredScore = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_measurements_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddColumn<int>(
                name: "PerformanceYearId",
                table: "goal_sets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PerformanceYearId",
                table: "goal_set_workflows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // 2. The data moves: one performance year per (department, year) on file; actuals and budget figures become the
            // self-evaluation's measurements as of the year's last day (their interpretation and amounts in 分 are left empty:
            // the evaluation reads the texts, and the next save fills them).

            migrationBuilder.Sql(@"
INSERT INTO performance_years (""DepartmentId"", ""Year"")
SELECT ""DepartmentId"", ""Year"" FROM goal_sets UNION SELECT ""DepartmentId"", ""Year"" FROM goal_set_workflows;
UPDATE goal_sets SET ""PerformanceYearId"" = (SELECT y.""Id"" FROM performance_years y
    WHERE y.""DepartmentId"" = goal_sets.""DepartmentId"" AND y.""Year"" = goal_sets.""Year"");
UPDATE goal_set_workflows SET ""PerformanceYearId"" = (SELECT y.""Id"" FROM performance_years y
    WHERE y.""DepartmentId"" = goal_set_workflows.""DepartmentId"" AND y.""Year"" = goal_set_workflows.""Year"");
INSERT INTO measurements (""IndicatorId"", ""Stage"", ""AsOf"", ""Value"", ""DeviationReason"", ""RecordedBy"", ""RecordedAt"")
SELECT i.""Id"", 'SelfEvaluation', printf('%04d-12-31', g.""Year""), i.""Actual"", i.""DeviationReason"", '', 0
FROM indicators i JOIN funds f ON f.""Id"" = i.""FundId"" JOIN goal_sets g ON g.""Id"" = f.""GoalSetId""
WHERE i.""Actual"" IS NOT NULL OR i.""DeviationReason"" IS NOT NULL;
INSERT INTO fund_budgets (""FundId"", ""Stage"", ""AsOf"", ""Annual"", ""Executed"", ""RecordedBy"", ""RecordedAt"")
SELECT f.""Id"", 'SelfEvaluation', printf('%04d-12-31', g.""Year""), f.""BudgetAnnual"", f.""BudgetExecuted"", '', 0
FROM funds f JOIN goal_sets g ON g.""Id"" = f.""GoalSetId""
WHERE f.""BudgetAnnual"" IS NOT NULL OR f.""BudgetExecuted"" IS NOT NULL;
");

            // 3. The old shape goes.

            migrationBuilder.DropForeignKey(
                name: "FK_goal_set_versions_goal_set_workflows_WorkflowId",
                table: "goal_set_versions");

            migrationBuilder.DropForeignKey(
                name: "FK_goal_set_workflows_departments_DepartmentId",
                table: "goal_set_workflows");

            migrationBuilder.DropForeignKey(
                name: "FK_goal_sets_departments_DepartmentId",
                table: "goal_sets");

            migrationBuilder.DropIndex(
                name: "IX_goal_sets_DepartmentId_Year",
                table: "goal_sets");

            migrationBuilder.DropIndex(
                name: "IX_goal_sets_Year",
                table: "goal_sets");

            migrationBuilder.DropPrimaryKey(
                name: "PK_goal_set_workflows",
                table: "goal_set_workflows");

            migrationBuilder.DropIndex(
                name: "IX_goal_set_workflows_DepartmentId_Year_Subject",
                table: "goal_set_workflows");

            migrationBuilder.RenameTable(
                name: "goal_set_workflows",
                newName: "workflows");

            migrationBuilder.DropColumn(
                name: "Actual",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "DeviationReason",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "goal_sets");

            migrationBuilder.DropColumn(
                name: "BudgetAnnual",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "BudgetExecuted",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "workflows");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "goal_sets");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "workflows");

            migrationBuilder.AddPrimaryKey(
                name: "PK_workflows",
                table: "workflows",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_goal_sets_PerformanceYearId",
                table: "goal_sets",
                column: "PerformanceYearId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflows_PerformanceYearId_Subject",
                table: "workflows",
                columns: new[] { "PerformanceYearId", "Subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fund_budgets_FundId_Stage_AsOf",
                table: "fund_budgets",
                columns: new[] { "FundId", "Stage", "AsOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_measurements_IndicatorId_Stage_AsOf",
                table: "measurements",
                columns: new[] { "IndicatorId", "Stage", "AsOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_performance_years_DepartmentId_Year",
                table: "performance_years",
                columns: new[] { "DepartmentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_performance_years_Year",
                table: "performance_years",
                column: "Year");

            migrationBuilder.AddForeignKey(
                name: "FK_goal_set_versions_workflows_WorkflowId",
                table: "goal_set_versions",
                column: "WorkflowId",
                principalTable: "workflows",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_goal_sets_performance_years_PerformanceYearId",
                table: "goal_sets",
                column: "PerformanceYearId",
                principalTable: "performance_years",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_workflows_performance_years_PerformanceYearId",
                table: "workflows",
                column: "PerformanceYearId",
                principalTable: "performance_years",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            throw new NotSupportedException("PerformanceCycle cannot be undone: restore the backup taken before upgrading.");
    }
}
