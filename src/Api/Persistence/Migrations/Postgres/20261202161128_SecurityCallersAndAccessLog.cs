using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsService.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SecurityCallersAndAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "caller_client",
                table: "evaluations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "caller_id",
                table: "evaluations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "caller_client",
                table: "cds_hooks_feedback",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "caller_id",
                table: "cds_hooks_feedback",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "caller_client",
                table: "batches",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "caller_id",
                table: "batches",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "access_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    caller_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    caller_client = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    resource_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    patient_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    rows = table.Column<int>(type: "integer", nullable: true),
                    remote_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_log", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_caller_id_created_at",
                table: "evaluations",
                columns: new[] { "caller_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_batches_caller_id",
                table: "batches",
                column: "caller_id");

            migrationBuilder.CreateIndex(
                name: "ix_access_log_at",
                table: "access_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_access_log_caller_id_at",
                table: "access_log",
                columns: new[] { "caller_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_access_log_patient_id_at",
                table: "access_log",
                columns: new[] { "patient_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_log");

            migrationBuilder.DropIndex(
                name: "ix_evaluations_caller_id_created_at",
                table: "evaluations");

            migrationBuilder.DropIndex(
                name: "ix_batches_caller_id",
                table: "batches");

            migrationBuilder.DropColumn(
                name: "caller_client",
                table: "evaluations");

            migrationBuilder.DropColumn(
                name: "caller_id",
                table: "evaluations");

            migrationBuilder.DropColumn(
                name: "caller_client",
                table: "cds_hooks_feedback");

            migrationBuilder.DropColumn(
                name: "caller_id",
                table: "cds_hooks_feedback");

            migrationBuilder.DropColumn(
                name: "caller_client",
                table: "batches");

            migrationBuilder.DropColumn(
                name: "caller_id",
                table: "batches");
        }
    }
}
