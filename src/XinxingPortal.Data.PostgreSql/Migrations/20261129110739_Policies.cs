using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace XinxingPortal.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Policies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Policies_Attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies_Attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies_Documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IssuingAgency = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TopicCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Keywords = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Validity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ValidityChangedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplacedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Interprets = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Body = table.Column<string>(type: "text", nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    MajorRevision = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewState = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    TranslatedFrom = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TranslatedFromNumber = table.Column<int>(type: "integer", nullable: true),
                    ContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Latest = table.Column<bool>(type: "boolean", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LocalizationSet = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Slug = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    DisplayText = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Owner = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Author = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ChangeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UnpublishReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies_Documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies_IndexNumbers",
                columns: table => new
                {
                    LocalizationSet = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IndexNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Serial = table.Column<int>(type: "integer", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies_IndexNumbers", x => x.LocalizationSet);
                });

            migrationBuilder.CreateTable(
                name: "Policies_Topics",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameUg = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies_Topics", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Attachments_ContentItemId",
                table: "Policies_Attachments",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_ContentItemVersionId",
                table: "Policies_Documents",
                column: "ContentItemVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_Interprets",
                table: "Policies_Documents",
                column: "Interprets");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_Latest",
                table: "Policies_Documents",
                column: "ContentItemId",
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_LocalizationSet_Culture",
                table: "Policies_Documents",
                columns: new[] { "LocalizationSet", "Culture" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_Published",
                table: "Policies_Documents",
                column: "ContentItemId",
                unique: true,
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_Published_Culture_TopicCode",
                table: "Policies_Documents",
                columns: new[] { "Published", "Culture", "TopicCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_Published_Culture_Type_WrittenOn",
                table: "Policies_Documents",
                columns: new[] { "Published", "Culture", "Type", "WrittenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_Slug",
                table: "Policies_Documents",
                columns: new[] { "Culture", "Slug" },
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_IndexNumbers_IndexNumber",
                table: "Policies_IndexNumbers",
                column: "IndexNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Policies_IndexNumbers_Year_Serial",
                table: "Policies_IndexNumbers",
                columns: new[] { "Year", "Serial" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Policies_Attachments");

            migrationBuilder.DropTable(
                name: "Policies_Documents");

            migrationBuilder.DropTable(
                name: "Policies_IndexNumbers");

            migrationBuilder.DropTable(
                name: "Policies_Topics");
        }
    }
}
