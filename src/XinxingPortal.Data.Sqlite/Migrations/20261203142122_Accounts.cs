using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace XinxingPortal.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Accounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Culture",
                table: "Platform_Users",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "zh-CN");

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "Platform_Users",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSignInUtc",
                table: "Platform_Users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "State",
                table: "Platform_Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_Users_State",
                table: "Platform_Users",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Platform_Users_State",
                table: "Platform_Users");

            migrationBuilder.DropColumn(
                name: "Culture",
                table: "Platform_Users");

            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "Platform_Users");

            migrationBuilder.DropColumn(
                name: "LastSignInUtc",
                table: "Platform_Users");

            migrationBuilder.DropColumn(
                name: "State",
                table: "Platform_Users");
        }
    }
}
