using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class YearResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "year_results",
                columns: table => new
                {
                    PerformanceYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalSetRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Funds = table.Column<int>(type: "INTEGER", nullable: false),
                    Indicators = table.Column<int>(type: "INTEGER", nullable: false),
                    MoneyTotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MoneyFiscalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Errors = table.Column<int>(type: "INTEGER", nullable: false),
                    Warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    Evaluated = table.Column<bool>(type: "INTEGER", nullable: false),
                    SelfEvaluationHundredths = table.Column<int>(type: "INTEGER", nullable: true),
                    SelfEvaluationGrade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BudgetAnnualFen = table.Column<long>(type: "INTEGER", nullable: true),
                    BudgetExecutedFen = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_year_results", x => x.PerformanceYearId);
                    table.ForeignKey(
                        name: "FK_year_results_performance_years_PerformanceYearId",
                        column: x => x.PerformanceYearId,
                        principalTable: "performance_years",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "year_result_findings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PerformanceYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_year_result_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_year_result_findings_year_results_PerformanceYearId",
                        column: x => x.PerformanceYearId,
                        principalTable: "year_results",
                        principalColumn: "PerformanceYearId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_year_result_findings_PerformanceYearId_Rule_Severity",
                table: "year_result_findings",
                columns: new[] { "PerformanceYearId", "Rule", "Severity" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_year_result_findings_Rule",
                table: "year_result_findings",
                column: "Rule");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "year_result_findings");

            migrationBuilder.DropTable(
                name: "year_results");
        }
    }
}
