using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsService.Api.Persistence.Migrations.Postgres
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
                type: "character varying(256)",
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
