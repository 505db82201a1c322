using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace XinxingPortal.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Search_QueryLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Query = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Results = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_QueryLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Search_Synonyms",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Words = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Synonyms", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Search_QueryLog_AtUtc_Culture",
                table: "Search_QueryLog",
                columns: new[] { "AtUtc", "Culture" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Search_QueryLog");

            migrationBuilder.DropTable(
                name: "Search_Synonyms");
        }
    }
}
