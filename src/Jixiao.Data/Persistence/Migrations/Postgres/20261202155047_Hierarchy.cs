using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Persistence.Migrations.Postgres
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
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "/");

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "regions",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentId",
                table: "regions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WeightHundredths",
                table: "indicators",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MoneyFiscalFen",
                table: "funds",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MoneyOtherFen",
                table: "funds",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MoneyTotalFen",
                table: "funds",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentId",
                table: "departments",
                type: "integer",
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
                UPDATE funds SET "MoneyTotalFen" = ("MoneyTotal"::numeric * 100)::bigint
                WHERE "MoneyTotal" IS NOT NULL AND "MoneyTotal"::numeric * 100 = trunc("MoneyTotal"::numeric * 100);
                UPDATE funds SET "MoneyFiscalFen" = ("MoneyFiscal"::numeric * 100)::bigint
                WHERE "MoneyFiscal" IS NOT NULL AND "MoneyFiscal"::numeric * 100 = trunc("MoneyFiscal"::numeric * 100);
                UPDATE funds SET "MoneyOtherFen" = ("MoneyOther"::numeric * 100)::bigint
                WHERE "MoneyOther" IS NOT NULL AND "MoneyOther"::numeric * 100 = trunc("MoneyOther"::numeric * 100);
                UPDATE indicators SET "WeightHundredths" = ("Weight"::numeric * 100)::bigint
                WHERE "Weight" IS NOT NULL AND "Weight"::numeric * 100 = trunc("Weight"::numeric * 100);
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
