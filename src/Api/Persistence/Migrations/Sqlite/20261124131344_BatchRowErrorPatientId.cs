using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsService.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BatchRowErrorPatientId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "patient_id",
                table: "batch_row_errors",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "patient_id",
                table: "batch_row_errors");
        }
    }
}
