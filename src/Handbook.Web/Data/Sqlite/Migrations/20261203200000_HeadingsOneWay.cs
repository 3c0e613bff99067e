using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>
/// A chapter's headings are kept as a role's and a skill's are, as JSON in its row, and chapters and
/// roles keep their print prose beside the screen's. The headings table goes; the rows are filled
/// again at the next start (the rendering fingerprint changed with it).
/// </summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261203200000_HeadingsOneWay")]
public sealed class HeadingsOneWay : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PageHeadings");
        migrationBuilder.AddColumn<string>(name: "Headings", table: "Pages", type: "TEXT", nullable: true);
        migrationBuilder.AddColumn<string>(name: "PrintIntroHtml", table: "Pages", type: "TEXT", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "PrintIntroHtml", table: "Roles", type: "TEXT", nullable: false, defaultValue: "");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "PrintIntroHtml", table: "Roles");
        migrationBuilder.DropColumn(name: "PrintIntroHtml", table: "Pages");
        migrationBuilder.DropColumn(name: "Headings", table: "Pages");
        migrationBuilder.CreateTable(
            name: "PageHeadings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                PageId = table.Column<int>(type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                Level = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                Anchor = table.Column<string>(type: "TEXT", nullable: false),
                SectionMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                Excerpt = table.Column<string>(type: "TEXT", nullable: false),
                TitleHtml = table.Column<string>(type: "TEXT", nullable: false),
                Html = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PageHeadings", x => x.Id);
                table.ForeignKey("FK_PageHeadings_Pages_PageId", x => x.PageId, "Pages", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PageHeadings_PageId", table: "PageHeadings", column: "PageId");
    }
}
