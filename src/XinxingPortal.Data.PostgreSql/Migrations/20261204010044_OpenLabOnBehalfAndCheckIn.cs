using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace XinxingPortal.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OpenLabOnBehalfAndCheckIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing instruments get the model's default check-in window, not zero (which would shut check-in).
            migrationBuilder.AddColumn<int>(
                name: "CheckInMinutes",
                table: "OpenLab_InstrumentRules",
                type: "integer",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationId",
                table: "OpenLab_Bookings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckInMinutes",
                table: "OpenLab_InstrumentRules");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "OpenLab_Bookings");
        }
    }
}
