using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Hierarchy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Ancestry",
                table: "regions",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "/");

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "regions",
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentId",
                table: "regions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WeightHundredths",
                table: "indicators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MoneyFiscalFen",
                table: "funds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MoneyOtherFen",
                table: "funds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MoneyTotalFen",
                table: "funds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentId",
                table: "departments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_Code",
                table: "regions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regions_ParentId",
                table: "regions",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_departments_ParentId",
                table: "departments",
                column: "ParentId");

            migrationBuilder.AddForeignKey(
                name: "FK_departments_departments_ParentId",
                table: "departments",
                column: "ParentId",
                principalTable: "departments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_regions_regions_ParentId",
                table: "regions",
                column: "ParentId",
                principalTable: "regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Amounts in 分 and weights in hundredths for the rows already stored, by the rule of MeasuredValue.Hundredths
            // (exact to the hundredth, else null).
            migrationBuilder.Sql("""
                UPDATE funds SET MoneyTotalFen = CAST(ROUND(CAST(MoneyTotal AS REAL) * 100) AS INTEGER)
                WHERE MoneyTotal IS NOT NULL AND (instr((CASE WHEN instr(MoneyTotal, '.') > 0 THEN rtrim(MoneyTotal, '0') ELSE MoneyTotal END), '.') = 0 OR length((CASE WHEN instr(MoneyTotal, '.') > 0 THEN rtrim(MoneyTotal, '0') ELSE MoneyTotal END)) - instr((CASE WHEN instr(MoneyTotal, '.') > 0 THEN rtrim(MoneyTotal, '0') ELSE MoneyTotal END), '.') <= 2);
                UPDATE funds SET MoneyFiscalFen = CAST(ROUND(CAST(MoneyFiscal AS REAL) * 100) AS INTEGER)
                WHERE MoneyFiscal IS NOT NULL AND (instr((CASE WHEN instr(MoneyFiscal, '.') > 0 THEN rtrim(MoneyFiscal, '0') ELSE MoneyFiscal END), '.') = 0 OR length((CASE WHEN instr(MoneyFiscal, '.') > 0 THEN rtrim(MoneyFiscal, '0') ELSE MoneyFiscal END)) - instr((CASE WHEN instr(MoneyFiscal, '.') > 0 THEN rtrim(MoneyFiscal, '0') ELSE MoneyFiscal END), '.') <= 2);
                UPDATE funds SET MoneyOtherFen = CAST(ROUND(CAST(MoneyOther AS REAL) * 100) AS INTEGER)
                WHERE MoneyOther IS NOT NULL AND (instr((CASE WHEN instr(MoneyOther, '.') > 0 THEN rtrim(MoneyOther, '0') ELSE MoneyOther END), '.') = 0 OR length((CASE WHEN instr(MoneyOther, '.') > 0 THEN rtrim(MoneyOther, '0') ELSE MoneyOther END)) - instr((CASE WHEN instr(MoneyOther, '.') > 0 THEN rtrim(MoneyOther, '0') ELSE MoneyOther END), '.') <= 2);
                UPDATE indicators SET WeightHundredths = CAST(ROUND(CAST(Weight AS REAL) * 100) AS INTEGER)
                WHERE Weight IS NOT NULL AND (instr((CASE WHEN instr(Weight, '.') > 0 THEN rtrim(Weight, '0') ELSE Weight END), '.') = 0 OR length((CASE WHEN instr(Weight, '.') > 0 THEN rtrim(Weight, '0') ELSE Weight END)) - instr((CASE WHEN instr(Weight, '.') > 0 THEN rtrim(Weight, '0') ELSE Weight END), '.') <= 2);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_departments_departments_ParentId",
                table: "departments");

            migrationBuilder.DropForeignKey(
                name: "FK_regions_regions_ParentId",
                table: "regions");

            migrationBuilder.DropIndex(
                name: "IX_regions_Code",
                table: "regions");

            migrationBuilder.DropIndex(
                name: "IX_regions_ParentId",
                table: "regions");

            migrationBuilder.DropIndex(
                name: "IX_departments_ParentId",
                table: "departments");

            migrationBuilder.DropColumn(
                name: "Ancestry",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "WeightHundredths",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "MoneyFiscalFen",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "MoneyOtherFen",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "MoneyTotalFen",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "departments");
        }
    }
}
