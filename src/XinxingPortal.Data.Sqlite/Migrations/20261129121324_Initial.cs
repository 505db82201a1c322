using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace XinxingPortal.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Media_Items",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Renditions = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Media_Items", x => x.Id);
                });

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
                name: "Pages_Pages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_Pages_Pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    User = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_Features",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EnabledUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_Features", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "Platform_Roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_Settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Platform_Users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies_Attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies_Attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies_Documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IssuingAgency = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ValidityChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplacedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Interprets = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    MajorRevision = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    TranslatedFrom = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TranslatedFromNumber = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_Policies_Documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies_IndexNumbers",
                columns: table => new
                {
                    LocalizationSet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndexNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies_IndexNumbers", x => x.LocalizationSet);
                });

            migrationBuilder.CreateTable(
                name: "Policies_Topics",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameUg = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies_Topics", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Platform_RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_RoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Platform_RoleClaims_Platform_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Platform_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Platform_UserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_UserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Platform_UserClaims_Platform_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Platform_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Platform_UserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_Platform_UserLogins_Platform_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Platform_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Platform_UserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_UserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_Platform_UserRoles_Platform_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Platform_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Platform_UserRoles_Platform_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Platform_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Platform_UserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_Platform_UserTokens_Platform_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Platform_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Media_Items_UploadedUtc",
                table: "Media_Items",
                column: "UploadedUtc");

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
                name: "IX_Pages_Pages_ContentItemVersionId",
                table: "Pages_Pages",
                column: "ContentItemVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pages_Pages_Latest",
                table: "Pages_Pages",
                column: "ContentItemId",
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_Pages_LocalizationSet_Culture",
                table: "Pages_Pages",
                columns: new[] { "LocalizationSet", "Culture" });

            migrationBuilder.CreateIndex(
                name: "IX_Pages_Pages_Published",
                table: "Pages_Pages",
                column: "ContentItemId",
                unique: true,
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_Pages_Slug",
                table: "Pages_Pages",
                columns: new[] { "Culture", "Slug" },
                unique: true,
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_Platform_AuditLog_AtUtc",
                table: "Platform_AuditLog",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Platform_Outbox_Status_NextAttemptUtc",
                table: "Platform_Outbox",
                columns: new[] { "Status", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Platform_RoleClaims_RoleId",
                table: "Platform_RoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "Platform_Roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_UserClaims_UserId",
                table: "Platform_UserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Platform_UserLogins_UserId",
                table: "Platform_UserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Platform_UserRoles_RoleId",
                table: "Platform_UserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "Platform_Users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "Platform_Users",
                column: "NormalizedUserName",
                unique: true);

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
                name: "Media_Items");

            migrationBuilder.DropTable(
                name: "Outreach_Events");

            migrationBuilder.DropTable(
                name: "Outreach_EventSeats");

            migrationBuilder.DropTable(
                name: "Outreach_Registrations");

            migrationBuilder.DropTable(
                name: "Outreach_Venues");

            migrationBuilder.DropTable(
                name: "Pages_Pages");

            migrationBuilder.DropTable(
                name: "Platform_AuditLog");

            migrationBuilder.DropTable(
                name: "Platform_Features");

            migrationBuilder.DropTable(
                name: "Platform_Outbox");

            migrationBuilder.DropTable(
                name: "Platform_RoleClaims");

            migrationBuilder.DropTable(
                name: "Platform_Settings");

            migrationBuilder.DropTable(
                name: "Platform_UserClaims");

            migrationBuilder.DropTable(
                name: "Platform_UserLogins");

            migrationBuilder.DropTable(
                name: "Platform_UserRoles");

            migrationBuilder.DropTable(
                name: "Platform_UserTokens");

            migrationBuilder.DropTable(
                name: "Policies_Attachments");

            migrationBuilder.DropTable(
                name: "Policies_Documents");

            migrationBuilder.DropTable(
                name: "Policies_IndexNumbers");

            migrationBuilder.DropTable(
                name: "Policies_Topics");

            migrationBuilder.DropTable(
                name: "Platform_Roles");

            migrationBuilder.DropTable(
                name: "Platform_Users");
        }
    }
}
