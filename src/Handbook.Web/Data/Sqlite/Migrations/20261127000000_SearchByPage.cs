using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>
/// A full-text row a page besides the one a section, so that search ranks pages (a fifth of the
/// rows), and each page's range of section rows. Pages already indexed are carried over: a sync
/// wrote each page's sections one after another, so their row ids are consecutive.
/// </summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261127000000_SearchByPage")]
public sealed class SearchByPage : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE TABLE SearchPaths (Id INTEGER NOT NULL PRIMARY KEY, Path TEXT NOT NULL UNIQUE, FirstEntry INTEGER NOT NULL, LastEntry INTEGER NOT NULL);");
        migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchPages USING fts5(title, headings, body, tokenize = 'porter unicode61 remove_diacritics 2');");
        migrationBuilder.Sql("INSERT INTO SearchPaths (Path, FirstEntry, LastEntry) SELECT path, min(rowid), max(rowid) FROM SearchEntries GROUP BY path;");
        migrationBuilder.Sql("""
            INSERT INTO SearchPages (rowid, title, headings, body)
            SELECT p.Id,
                   (SELECT e.title FROM SearchEntries e WHERE e.rowid = p.FirstEntry),
                   coalesce((SELECT group_concat(e.heading, char(10) ORDER BY e.rowid) FROM SearchEntries e
                             WHERE e.rowid BETWEEN p.FirstEntry AND p.LastEntry AND e.heading <> ''), ''),
                   (SELECT group_concat(e.body, char(10) ORDER BY e.rowid) FROM SearchEntries e WHERE e.rowid BETWEEN p.FirstEntry AND p.LastEntry)
            FROM SearchPaths p;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE SearchPages;");
        migrationBuilder.Sql("DROP TABLE SearchPaths;");
    }
}
