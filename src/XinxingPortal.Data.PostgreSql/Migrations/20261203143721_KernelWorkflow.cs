using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace XinxingPortal.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class KernelWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "TechTransfer_Outcomes",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "TechTransfer_Demands",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "TechTransfer_Applications",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                table: "Pages_Pages",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewState",
                table: "Pages_Pages",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Pages_Pages",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                table: "Outreach_Venues",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewState",
                table: "Outreach_Venues",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Outreach_Venues",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                table: "Outreach_Events",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewState",
                table: "Outreach_Events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Outreach_Events",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Platform_ChangeFeedCursors",
                columns: table => new
                {
                    Consumer = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_ChangeFeedCursors", x => x.Consumer);
                });

            migrationBuilder.CreateTable(
                name: "Platform_ChangeFeedParked",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Consumer = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ChangeId = table.Column<long>(type: "bigint", nullable: false),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_ChangeFeedParked", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_ChangeLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_ChangeLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_WorkflowHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromState = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ToState = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    By = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_WorkflowHistory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Platform_WorkflowHistory_ContentType_ItemId",
                table: "Platform_WorkflowHistory",
                columns: new[] { "ContentType", "ItemId" });
            // Data: the market's review history joins the kernel's, in the kernel's words.
            migrationBuilder.Sql("""
                INSERT INTO "Platform_WorkflowHistory" ("ContentType", "ItemId", "Action", "By", "AtUtc", "Note")
                SELECT CASE "Kind" WHEN 'Application' THEN 'ChallengeApplication' ELSE "Kind" END, "ListingId",
                       CASE "Action" WHEN 'Submitted' THEN 'Submit' WHEN 'Resubmitted' THEN 'Resubmit' WHEN 'Approved' THEN 'Approve'
                                     WHEN 'Returned' THEN 'Return' WHEN 'Rejected' THEN 'Reject'
                                     WHEN 'RemovedFromShortlist' THEN 'Taken off the shortlist' WHEN 'Selected' THEN 'Selected as the winner'
                                     ELSE "Action" END,
                       "By", "AtUtc", "Comment"
                FROM "TechTransfer_ReviewHistory" ORDER BY "Id";
                """);
            migrationBuilder.DropTable(
                name: "TechTransfer_ReviewHistory");
            foreach (var table in new[] { "TechTransfer_Outcomes", "TechTransfer_Demands", "TechTransfer_Applications" })
            {
                migrationBuilder.Sql($"""UPDATE "{table}" SET "Status" = 'InReview' WHERE "Status" = 'Pending';""");
                migrationBuilder.Sql($"""UPDATE "{table}" SET "Status" = 'Published' WHERE "Status" = 'Approved';""");
            }

            foreach (var table in new[] { "Pages_Pages", "Outreach_Venues", "Outreach_Events" })
            {
                migrationBuilder.Sql($"""UPDATE "{table}" SET "ReviewState" = CASE WHEN "Published" THEN 'Published' ELSE 'Draft' END;""");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Platform_ChangeFeedCursors");

            migrationBuilder.DropTable(
                name: "Platform_ChangeFeedParked");

            migrationBuilder.DropTable(
                name: "Platform_ChangeLog");

            migrationBuilder.DropTable(
                name: "Platform_WorkflowHistory");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "TechTransfer_Outcomes");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "TechTransfer_Demands");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "TechTransfer_Applications");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                table: "Pages_Pages");

            migrationBuilder.DropColumn(
                name: "ReviewState",
                table: "Pages_Pages");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Pages_Pages");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                table: "Outreach_Venues");

            migrationBuilder.DropColumn(
                name: "ReviewState",
                table: "Outreach_Venues");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Outreach_Venues");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                table: "Outreach_Events");

            migrationBuilder.DropColumn(
                name: "ReviewState",
                table: "Outreach_Events");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Outreach_Events");

            migrationBuilder.CreateTable(
                name: "TechTransfer_ReviewHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "text", nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ListingId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_ReviewHistory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_ReviewHistory_Kind_ListingId",
                table: "TechTransfer_ReviewHistory",
                columns: new[] { "Kind", "ListingId" });
        }
    }
}
