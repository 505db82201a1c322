using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace XinxingPortal.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TechTransfer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TechTransfer_Applications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChallengeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TeamName = table.Column<string>(type: "text", nullable: false),
                    Leader = table.Column<string>(type: "text", nullable: false),
                    Plan = table.Column<string>(type: "text", nullable: false),
                    Shortlisted = table.Column<bool>(type: "boolean", nullable: false),
                    Selected = table.Column<bool>(type: "boolean", nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PostedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewComment = table.Column<string>(type: "text", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_Applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransfer_Attachments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "text", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_Attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransfer_Challenges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Issuer = table.Column<string>(type: "text", nullable: false),
                    Field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Goal = table.Column<string>(type: "text", nullable: false),
                    Indicators = table.Column<string>(type: "text", nullable: false),
                    FundingYuan = table.Column<long>(type: "bigint", nullable: false),
                    Period = table.Column<string>(type: "text", nullable: false),
                    Conditions = table.Column<string>(type: "text", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    WinnerApplicationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AnnouncedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ObjectionsUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncementNote = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_Challenges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransfer_Demands",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    BudgetMinYuan = table.Column<long>(type: "bigint", nullable: true),
                    BudgetMaxYuan = table.Column<long>(type: "bigint", nullable: true),
                    RequiredTrl = table.Column<int>(type: "integer", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Modes = table.Column<int>(type: "integer", nullable: false),
                    ContactName = table.Column<string>(type: "text", nullable: false),
                    ContactPhone = table.Column<string>(type: "text", nullable: false),
                    ContactEmail = table.Column<string>(type: "text", nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PostedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewComment = table.Column<string>(type: "text", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_Demands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransfer_MatchNotices",
                columns: table => new
                {
                    DemandId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OutcomeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_MatchNotices", x => new { x.DemandId, x.OutcomeId });
                });

            migrationBuilder.CreateTable(
                name: "TechTransfer_Messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ThreadId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AuthorName = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_Messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransfer_Organisations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ContactName = table.Column<string>(type: "text", nullable: false),
                    ContactMobile = table.Column<string>(type: "text", nullable: false),
                    ContactEmail = table.Column<string>(type: "text", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LicenceFile = table.Column<string>(type: "text", nullable: true),
                    LicenceContentType = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RejectionReason = table.Column<string>(type: "text", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransfer_Outcomes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Keywords = table.Column<string>(type: "text", nullable: false),
                    Trl = table.Column<int>(type: "integer", nullable: false),
                    Modes = table.Column<int>(type: "integer", nullable: false),
                    Patents = table.Column<string>(type: "text", nullable: false),
                    PriceYuan = table.Column<long>(type: "bigint", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Indicators = table.Column<string>(type: "text", nullable: false),
                    Holder = table.Column<string>(type: "text", nullable: false),
                    ContactName = table.Column<string>(type: "text", nullable: false),
                    ContactPhone = table.Column<string>(type: "text", nullable: false),
                    ContactEmail = table.Column<string>(type: "text", nullable: false),
                    ImageIds = table.Column<string>(type: "text", nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PostedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewComment = table.Column<string>(type: "text", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_Outcomes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransfer_ReviewHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ListingId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    By = table.Column<string>(type: "text", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_ReviewHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransfer_Threads",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ListingId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ListingTitle = table.Column<string>(type: "text", nullable: false),
                    StarterOrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerOrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechTransfer_Threads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Applications_OrganisationId",
                table: "TechTransfer_Applications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "UX_TechTransfer_Applications_Challenge_Organisation",
                table: "TechTransfer_Applications",
                columns: new[] { "ChallengeId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Attachments_OwnerKind_OwnerId",
                table: "TechTransfer_Attachments",
                columns: new[] { "OwnerKind", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Challenges_Published_Deadline",
                table: "TechTransfer_Challenges",
                columns: new[] { "Published", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Demands_OrganisationId",
                table: "TechTransfer_Demands",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Demands_Status_ValidUntil",
                table: "TechTransfer_Demands",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Messages_ThreadId",
                table: "TechTransfer_Messages",
                column: "ThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Organisations_Status",
                table: "TechTransfer_Organisations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "UX_TechTransfer_Organisations_CreditCode",
                table: "TechTransfer_Organisations",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_TechTransfer_Organisations_UserId",
                table: "TechTransfer_Organisations",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Outcomes_OrganisationId",
                table: "TechTransfer_Outcomes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Outcomes_Status_Field_Trl",
                table: "TechTransfer_Outcomes",
                columns: new[] { "Status", "Field", "Trl" });

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_ReviewHistory_Kind_ListingId",
                table: "TechTransfer_ReviewHistory",
                columns: new[] { "Kind", "ListingId" });

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Threads_OwnerOrganisationId",
                table: "TechTransfer_Threads",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "UX_TechTransfer_Threads_Listing_Starter",
                table: "TechTransfer_Threads",
                columns: new[] { "Kind", "ListingId", "StarterOrganisationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TechTransfer_Applications");

            migrationBuilder.DropTable(
                name: "TechTransfer_Attachments");

            migrationBuilder.DropTable(
                name: "TechTransfer_Challenges");

            migrationBuilder.DropTable(
                name: "TechTransfer_Demands");

            migrationBuilder.DropTable(
                name: "TechTransfer_MatchNotices");

            migrationBuilder.DropTable(
                name: "TechTransfer_Messages");

            migrationBuilder.DropTable(
                name: "TechTransfer_Organisations");

            migrationBuilder.DropTable(
                name: "TechTransfer_Outcomes");

            migrationBuilder.DropTable(
                name: "TechTransfer_ReviewHistory");

            migrationBuilder.DropTable(
                name: "TechTransfer_Threads");
        }
    }
}
