using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>The full-text search index, the change log behind the Atom feed, and heading excerpts.</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261124300000_SearchAndChanges")]
public sealed class SearchAndChanges : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Excerpt", table: "PageHeadings", type: "TEXT", nullable: false, defaultValue: "");

        migrationBuilder.CreateTable(
            name: "PageChanges",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Kind = table.Column<string>(type: "TEXT", nullable: false),
                Path = table.Column<string>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Summary = table.Column<string>(type: "TEXT", nullable: false),
                ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PageChanges", x => x.Id));

        migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchEntries USING fts5(path UNINDEXED, anchor UNINDEXED, title, heading, body, tokenize = 'porter unicode61 remove_diacritics 2');");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE SearchEntries;");
        migrationBuilder.DropTable("PageChanges");
        migrationBuilder.DropColumn(name: "Excerpt", table: "PageHeadings");
    }
}
