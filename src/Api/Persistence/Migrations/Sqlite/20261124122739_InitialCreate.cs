using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsService.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cds_hooks_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    card_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    outcome_timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    accepted_suggestions_json = table.Column<string>(type: "TEXT", nullable: true),
                    override_reason_json = table.Column<string>(type: "TEXT", nullable: true),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cds_hooks_feedback", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    hook_instance = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    input_json = table.Column<string>(type: "TEXT", nullable: false),
                    output_json = table.Column<string>(type: "TEXT", nullable: false),
                    kb_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kb_hash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    engine_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    duration_ms = table.Column<double>(type: "REAL", nullable: false),
                    her2_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "jwt_replay",
                columns: table => new
                {
                    jti = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jwt_replay", x => x.jti);
                });

            migrationBuilder.CreateIndex(
                name: "ux_cds_hooks_feedback_card_outcome_timestamp",
                table: "cds_hooks_feedback",
                columns: new[] { "card_id", "outcome", "outcome_timestamp" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_created_at",
                table: "evaluations",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_patient_id_created_at",
                table: "evaluations",
                columns: new[] { "patient_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_jwt_replay_expires_at",
                table: "jwt_replay",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cds_hooks_feedback");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "jwt_replay");
        }
    }
}
