using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace XinxingPortal.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Outreach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Outreach_Events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VenueSet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationOpensUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegistrationClosesUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: false),
                    PhotoIds = table.Column<string>(type: "TEXT", nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LocalizationSet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UnpublishReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outreach_Events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outreach_EventSeats",
                columns: table => new
                {
                    EventSet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Taken = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outreach_EventSeats", x => x.EventSet);
                    table.CheckConstraint("CK_Outreach_EventSeats_Taken", "\"Taken\" >= 0 AND \"Taken\" <= \"Capacity\"");
                });

            migrationBuilder.CreateTable(
                name: "Outreach_Registrations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventSet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PartySize = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outreach_Registrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outreach_Venues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Operator = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Hours = table.Column<string>(type: "TEXT", nullable: false),
                    Closures = table.Column<string>(type: "TEXT", nullable: false),
                    BookingMethod = table.Column<string>(type: "TEXT", nullable: false),
                    Fees = table.Column<string>(type: "TEXT", nullable: false),
                    FreeDays = table.Column<string>(type: "TEXT", nullable: false),
                    ExhibitionAreaSquareMetres = table.Column<int>(type: "INTEGER", nullable: true),
                    Audience = table.Column<string>(type: "TEXT", nullable: false),
                    Accessibility = table.Column<string>(type: "TEXT", nullable: false),
                    AccreditationBatch = table.Column<string>(type: "TEXT", nullable: false),
                    AccreditedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: false),
                    PhotoIds = table.Column<string>(type: "TEXT", nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LocalizationSet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UnpublishReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outreach_Venues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    To = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_Outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Events_ContentItemVersionId",
                table: "Outreach_Events",
                column: "ContentItemVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Events_Latest",
                table: "Outreach_Events",
                column: "ContentItemId",
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Events_LocalizationSet_Culture",
                table: "Outreach_Events",
                columns: new[] { "LocalizationSet", "Culture" });

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Events_Published",
                table: "Outreach_Events",
                column: "ContentItemId",
                unique: true,
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Events_Published_Culture_StartUtc",
                table: "Outreach_Events",
                columns: new[] { "Published", "Culture", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Events_Slug",
                table: "Outreach_Events",
                columns: new[] { "Culture", "Slug" },
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Events_VenueSet",
                table: "Outreach_Events",
                column: "VenueSet");

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Registrations_EventSet_Status_CreatedUtc",
                table: "Outreach_Registrations",
                columns: new[] { "EventSet", "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Registrations_Token",
                table: "Outreach_Registrations",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Venues_ContentItemVersionId",
                table: "Outreach_Venues",
                column: "ContentItemVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Venues_Latest",
                table: "Outreach_Venues",
                column: "ContentItemId",
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Venues_LocalizationSet_Culture",
                table: "Outreach_Venues",
                columns: new[] { "LocalizationSet", "Culture" });

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Venues_Published",
                table: "Outreach_Venues",
                column: "ContentItemId",
                unique: true,
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Venues_Published_Culture_Type_District",
                table: "Outreach_Venues",
                columns: new[] { "Published", "Culture", "Type", "District" });

            migrationBuilder.CreateIndex(
                name: "IX_Outreach_Venues_Slug",
                table: "Outreach_Venues",
                columns: new[] { "Culture", "Slug" },
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_Platform_Outbox_Status_NextAttemptUtc",
                table: "Platform_Outbox",
                columns: new[] { "Status", "NextAttemptUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Outreach_Events");

            migrationBuilder.DropTable(
                name: "Outreach_EventSeats");

            migrationBuilder.DropTable(
                name: "Outreach_Registrations");

            migrationBuilder.DropTable(
                name: "Outreach_Venues");

            migrationBuilder.DropTable(
                name: "Platform_Outbox");
        }
    }
}
