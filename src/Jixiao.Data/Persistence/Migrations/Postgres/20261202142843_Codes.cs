using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Codes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "indicators",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "funds",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "funds",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediumTermGoal",
                table: "funds",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PeriodEnd",
                table: "funds",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PeriodStart",
                table: "funds",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "departments",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionCode",
                table: "departments",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_departments_Code",
                table: "departments",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_departments_Code",
                table: "departments");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "MediumTermGoal",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "PeriodEnd",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "PeriodStart",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "departments");

            migrationBuilder.DropColumn(
                name: "RegionCode",
                table: "departments");
        }
    }
}
