using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jixiao.Data.Persistence.Migrations.Postgres
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
                    PerformanceYearId = table.Column<int>(type: "integer", nullable: false),
                    GoalSetRevision = table.Column<int>(type: "integer", nullable: false),
                    Funds = table.Column<int>(type: "integer", nullable: false),
                    Indicators = table.Column<int>(type: "integer", nullable: false),
                    MoneyTotalFen = table.Column<long>(type: "bigint", nullable: false),
                    MoneyFiscalFen = table.Column<long>(type: "bigint", nullable: false),
                    Errors = table.Column<int>(type: "integer", nullable: false),
                    Warnings = table.Column<int>(type: "integer", nullable: false),
                    Evaluated = table.Column<bool>(type: "boolean", nullable: false),
                    SelfEvaluationHundredths = table.Column<int>(type: "integer", nullable: true),
                    SelfEvaluationGrade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    BudgetAnnualFen = table.Column<long>(type: "bigint", nullable: true),
                    BudgetExecutedFen = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerformanceYearId = table.Column<int>(type: "integer", nullable: false),
                    Rule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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
