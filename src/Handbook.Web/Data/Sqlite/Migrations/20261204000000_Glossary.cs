using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>The glossary (content/glossary.md): one row with its terms as JSON; filled at the next start (the rendering fingerprint changed with it).</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261204000000_Glossary")]
public sealed class Glossary : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "Glossaries",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Summary = table.Column<string>(type: "TEXT", nullable: false),
                IntroHtml = table.Column<string>(type: "TEXT", nullable: false),
                SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                Terms = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Glossaries", x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "Glossaries");
}
