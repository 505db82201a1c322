using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace XinxingPortal.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Performance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Policies_Documents_Published_Culture_TopicCode",
                table: "Policies_Documents");

            migrationBuilder.CreateIndex(
                name: "IX_TechTransfer_Outcomes_Status_PublishedUtc_Id",
                table: "TechTransfer_Outcomes",
                columns: new[] { "Status", "PublishedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_ContentItemId_Number",
                table: "Policies_Documents",
                columns: new[] { "ContentItemId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_Published_Culture_TopicCode_WrittenOn",
                table: "Policies_Documents",
                columns: new[] { "Published", "Culture", "TopicCode", "WrittenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_Published_Culture_WrittenOn_Id",
                table: "Policies_Documents",
                columns: new[] { "Published", "Culture", "WrittenOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_PublishedSlug",
                table: "Policies_Documents",
                columns: new[] { "Culture", "Slug" },
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
                name: "IX_Policies_Documents_Published_Culture_TopicCode_WrittenOn",
                table: "Policies_Documents");

            migrationBuilder.DropIndex(
                name: "IX_Policies_Documents_Published_Culture_WrittenOn_Id",
                table: "Policies_Documents");

            migrationBuilder.DropIndex(
                name: "IX_Policies_Documents_PublishedSlug",
                table: "Policies_Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Documents_Published_Culture_TopicCode",
                table: "Policies_Documents",
                columns: new[] { "Published", "Culture", "TopicCode" });
        }
    }
}
