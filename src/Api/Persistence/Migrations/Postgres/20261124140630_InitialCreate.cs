using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CdsService.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    done = table.Column<int>(type: "integer", nullable: false),
                    failed_rows = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    warnings = table.Column<string>(type: "text", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cds_hooks_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    card_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    outcome_timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_suggestions_json = table.Column<string>(type: "jsonb", nullable: true),
                    override_reason_json = table.Column<string>(type: "jsonb", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cds_hooks_feedback", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    patient_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    hook_instance = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    input_json = table.Column<string>(type: "jsonb", nullable: false),
                    output_json = table.Column<string>(type: "jsonb", nullable: false),
                    evaluation_json = table.Column<string>(type: "json", nullable: true)
                        .Annotation("Npgsql:Compression:", "lz4"),
                    kb_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kb_hash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    engine_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    duration_ms = table.Column<double>(type: "double precision", nullable: false),
                    her2_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "jwt_replay",
                columns: table => new
                {
                    jti = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jwt_replay", x => x.jti);
                });

            migrationBuilder.CreateTable(
                name: "batch_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    patient_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    input_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    evaluation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    claimed_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    claim_token = table.Column<Guid>(type: "uuid", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_items", x => x.id);
                    table.ForeignKey(
                        name: "FK_batch_items_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "batch_row_errors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    row = table.Column<int>(type: "integer", nullable: false),
                    patient_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    column_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    field = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    message = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_row_errors", x => x.id);
                    table.ForeignKey(
                        name: "FK_batch_row_errors_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_batch_items_evaluation_id",
                table: "batch_items",
                column: "evaluation_id");

            migrationBuilder.CreateIndex(
                name: "ix_batch_items_status_id",
                table: "batch_items",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_batch_items_batch_id_row_number",
                table: "batch_items",
                columns: new[] { "batch_id", "row_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_batch_row_errors_batch_id_row",
                table: "batch_row_errors",
                columns: new[] { "batch_id", "row" });

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
                name: "batch_items");

            migrationBuilder.DropTable(
                name: "batch_row_errors");

            migrationBuilder.DropTable(
                name: "cds_hooks_feedback");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "jwt_replay");

            migrationBuilder.DropTable(
                name: "batches");
        }
    }
}
