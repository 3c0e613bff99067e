using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>
/// The current capability framework beside the 2017 pathway: which framework a skill belongs to,
/// the roles that share it and the capabilities it replaces; a role's summary in the framework and
/// its grades; change notes for chapters, roles and skills; and the version of the framework followed.
/// Pages are dated by their content (its change notes), not by when this store imported them: the
/// import time and the change log dated by it go.
/// Rows imported before are filled again at the next start (the rendering fingerprint changed with it).
/// </summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261203300000_CurrentFramework")]
public sealed class CurrentFramework : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Framework", table: "Skills", type: "TEXT", nullable: false, defaultValue: "2017");
        migrationBuilder.AddColumn<string>(name: "AlsoNeededBy", table: "Skills", type: "TEXT", nullable: false, defaultValue: "[]");
        migrationBuilder.AddColumn<string>(name: "Replaces", table: "Skills", type: "TEXT", nullable: false, defaultValue: "[]");
        migrationBuilder.AddColumn<string>(name: "FrameworkSummary", table: "Roles", type: "TEXT", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "Grades", table: "Roles", type: "TEXT", nullable: false, defaultValue: "[]");
        migrationBuilder.AddColumn<DateOnly>(name: "GradesAsOf", table: "Roles", type: "TEXT", nullable: true);
        foreach (var table in new[] { "Pages", "Roles", "Skills" })
        {
            migrationBuilder.AddColumn<string>(name: "Changes", table: table, type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<DateOnly>(name: "LastUpdated", table: table, type: "TEXT", nullable: true);
            // SQLite 3.35 and later drop a column in place.
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"UpdatedAt\";");
        }
        migrationBuilder.DropTable(name: "PageChanges");
        migrationBuilder.CreateTable(
            name: "FrameworkSources",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Summary = table.Column<string>(type: "TEXT", nullable: false),
                Version = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Reviewed = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Url = table.Column<string>(type: "TEXT", nullable: false),
                IntroHtml = table.Column<string>(type: "TEXT", nullable: false),
                SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FrameworkSources", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "FrameworkSources");
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
        foreach (var table in new[] { "Pages", "Roles", "Skills" })
        {
            migrationBuilder.AddColumn<DateTimeOffset>(name: "UpdatedAt", table: table, type: "TEXT", nullable: false, defaultValue: DateTimeOffset.UnixEpoch);
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"LastUpdated\";");
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"Changes\";");
        }
        migrationBuilder.DropColumn(name: "GradesAsOf", table: "Roles");
        migrationBuilder.DropColumn(name: "Grades", table: "Roles");
        migrationBuilder.DropColumn(name: "FrameworkSummary", table: "Roles");
        migrationBuilder.DropColumn(name: "Replaces", table: "Skills");
        migrationBuilder.DropColumn(name: "AlsoNeededBy", table: "Skills");
        migrationBuilder.DropColumn(name: "Framework", table: "Skills");
    }
}
