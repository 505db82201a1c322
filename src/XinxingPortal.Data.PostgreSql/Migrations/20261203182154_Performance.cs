using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace XinxingPortal.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Performance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Outcomes_Status_PublishedUtc_Id",
                table: "TechTransfer_Outcomes",
                columns: new[] { "Status", "PublishedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_ContentItemId_Number",
                table: "Policies_Documents",
                columns: new[] { "ContentItemId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_PublishedList",
                table: "Policies_Documents",
                columns: new[] { "Culture", "WrittenOn", "Id" },
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_PublishedSlug",
                table: "Policies_Documents",
                columns: new[] { "Slug", "Culture" },
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_PublishedTopic",
                table: "Policies_Documents",
                columns: new[] { "Culture", "TopicCode", "WrittenOn" },
                filter: "\"Published\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TechTransfer_Outcomes_Status_PublishedUtc_Id",
                table: "TechTransfer_Outcomes");

            migrationBuilder.DropIndex(
                name: "IX_Policies_Documents_ContentItemId_Number",
                table: "Policies_Documents");

            migrationBuilder.DropIndex(
                name: "IX_Policies_Documents_PublishedList",
                table: "Policies_Documents");

            migrationBuilder.DropIndex(
                name: "IX_Policies_Documents_PublishedSlug",
                table: "Policies_Documents");

            migrationBuilder.DropIndex(
                name: "IX_Policies_Documents_PublishedTopic",
                table: "Policies_Documents");
        }
    }
}
