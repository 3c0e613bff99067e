using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>Readers' suggestions and the moderators who review them; section text for moderators.</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261124200000_Suggestions")]
public sealed class Suggestions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "SectionMarkdown", table: "PageHeadings", type: "TEXT", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "Headings", table: "Roles", type: "TEXT", nullable: true);

        migrationBuilder.CreateTable(
            name: "Moderators",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Email = table.Column<string>(type: "TEXT", nullable: false),
                PasswordHash = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Moderators", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Suggestions",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Reference = table.Column<string>(type: "TEXT", nullable: false),
                PagePath = table.Column<string>(type: "TEXT", nullable: false),
                PageTitle = table.Column<string>(type: "TEXT", nullable: false),
                SectionAnchor = table.Column<string>(type: "TEXT", nullable: true),
                SectionTitle = table.Column<string>(type: "TEXT", nullable: true),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: true),
                Email = table.Column<string>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                ModeratorNote = table.Column<string>(type: "TEXT", nullable: true),
                ReviewedBy = table.Column<string>(type: "TEXT", nullable: true),
                ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                ReviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Suggestions", x => x.Id));

        migrationBuilder.CreateIndex("IX_Moderators_Email", "Moderators", "Email", unique: true);
        migrationBuilder.CreateIndex("IX_Suggestions_Reference", "Suggestions", "Reference", unique: true);
        migrationBuilder.CreateIndex("IX_Suggestions_Status_PagePath", "Suggestions", ["Status", "PagePath"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Moderators");
        migrationBuilder.DropTable("Suggestions");
        migrationBuilder.DropColumn(name: "SectionMarkdown", table: "PageHeadings");
        migrationBuilder.DropColumn(name: "Headings", table: "Roles");
    }
}
