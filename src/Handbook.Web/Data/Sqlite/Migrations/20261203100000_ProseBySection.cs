using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>
/// Prose is kept by section: a page's, role's or skill's HTML before its first heading, and each
/// heading with the HTML under it, so that the page gives headings its own markup. Rows imported
/// before are rendered again at the next start (the rendering fingerprint changed with it).
/// </summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261203100000_ProseBySection")]
public sealed class ProseBySection : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Pages", "Roles", "Skills" })
        {
            migrationBuilder.RenameColumn(name: "Html", table: table, newName: "IntroHtml");
        }
        migrationBuilder.AddColumn<string>(name: "TitleHtml", table: "PageHeadings", type: "TEXT", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "Html", table: "PageHeadings", type: "TEXT", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "Headings", table: "Skills", type: "TEXT", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Headings", table: "Skills");
        migrationBuilder.DropColumn(name: "Html", table: "PageHeadings");
        migrationBuilder.DropColumn(name: "TitleHtml", table: "PageHeadings");
        foreach (var table in new[] { "Pages", "Roles", "Skills" })
        {
            migrationBuilder.RenameColumn(name: "IntroHtml", table: table, newName: "Html");
        }
    }
}
