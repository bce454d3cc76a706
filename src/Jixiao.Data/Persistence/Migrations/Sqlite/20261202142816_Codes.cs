using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "funds",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "funds",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediumTermGoal",
                table: "funds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PeriodEnd",
                table: "funds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PeriodStart",
                table: "funds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "departments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionCode",
                table: "departments",
                type: "TEXT",
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
