using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsService.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClinicalSafety2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ranking_lens",
                table: "evaluations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "review");

            migrationBuilder.AddColumn<string>(
                name: "ranking_lens",
                table: "batches",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "review");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ranking_lens",
                table: "evaluations");

            migrationBuilder.DropColumn(
                name: "ranking_lens",
                table: "batches");
        }
    }
}
