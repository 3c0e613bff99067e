using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Handbook.Web.Data.Postgres.Migrations;

/// <summary>
/// The current capability framework beside the 2017 pathway: which framework a skill belongs to,
/// the roles that share it and the capabilities it replaces; a role's summary in the framework and
/// its grades; change notes for chapters, roles and skills; and the version of the framework followed.
/// Pages are dated by their content (its change notes), not by when this store imported them: the
/// import time and the change log dated by it go.
/// Rows imported before are filled again at the next start (the rendering fingerprint changed with it).
/// </summary>
[DbContext(typeof(PostgresHandbookDbContext))]
[Migration("20261203300000_CurrentFramework")]
public sealed class CurrentFramework : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Framework", table: "Skills", type: "text", nullable: false, defaultValue: "2017");
        migrationBuilder.AddColumn<string[]>(name: "AlsoNeededBy", table: "Skills", type: "text[]", nullable: false, defaultValue: Array.Empty<string>());
        migrationBuilder.AddColumn<string[]>(name: "Replaces", table: "Skills", type: "text[]", nullable: false, defaultValue: Array.Empty<string>());
        migrationBuilder.AddColumn<string>(name: "FrameworkSummary", table: "Roles", type: "text", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string[]>(name: "Grades", table: "Roles", type: "text[]", nullable: false, defaultValue: Array.Empty<string>());
        migrationBuilder.AddColumn<DateOnly>(name: "GradesAsOf", table: "Roles", type: "date", nullable: true);
        // The defaults only fill the rows already there: the model has none.
        migrationBuilder.Sql("""
            ALTER TABLE "Skills" ALTER COLUMN "Framework" DROP DEFAULT, ALTER COLUMN "AlsoNeededBy" DROP DEFAULT, ALTER COLUMN "Replaces" DROP DEFAULT;
            ALTER TABLE "Roles" ALTER COLUMN "FrameworkSummary" DROP DEFAULT, ALTER COLUMN "Grades" DROP DEFAULT;
            """);
        foreach (var table in new[] { "Pages", "Roles", "Skills" })
        {
            migrationBuilder.AddColumn<string>(name: "Changes", table: table, type: "jsonb", nullable: true);
            migrationBuilder.AddColumn<DateOnly>(name: "LastUpdated", table: table, type: "date", nullable: true);
            migrationBuilder.DropColumn(name: "UpdatedAt", table: table);
        }
        migrationBuilder.DropTable(name: "PageChanges");
        migrationBuilder.CreateTable(
            name: "FrameworkSources",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Title = table.Column<string>(type: "text", nullable: false),
                Summary = table.Column<string>(type: "text", nullable: false),
                Version = table.Column<DateOnly>(type: "date", nullable: false),
                Reviewed = table.Column<DateOnly>(type: "date", nullable: false),
                Url = table.Column<string>(type: "text", nullable: false),
                IntroHtml = table.Column<string>(type: "text", nullable: false),
                SourcePath = table.Column<string>(type: "text", nullable: false),
                ContentHash = table.Column<string>(type: "text", nullable: false),
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
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = table.Column<string>(type: "text", nullable: false),
                Path = table.Column<string>(type: "text", nullable: false),
                Title = table.Column<string>(type: "text", nullable: false),
                Summary = table.Column<string>(type: "text", nullable: false),
                ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PageChanges", x => x.Id));
        foreach (var table in new[] { "Pages", "Roles", "Skills" })
        {
            migrationBuilder.AddColumn<DateTimeOffset>(name: "UpdatedAt", table: table, type: "timestamp with time zone", nullable: false, defaultValue: DateTimeOffset.UnixEpoch);
            migrationBuilder.DropColumn(name: "LastUpdated", table: table);
            migrationBuilder.DropColumn(name: "Changes", table: table);
        }
        migrationBuilder.DropColumn(name: "GradesAsOf", table: "Roles");
        migrationBuilder.DropColumn(name: "Grades", table: "Roles");
        migrationBuilder.DropColumn(name: "FrameworkSummary", table: "Roles");
        migrationBuilder.DropColumn(name: "Replaces", table: "Skills");
        migrationBuilder.DropColumn(name: "AlsoNeededBy", table: "Skills");
        migrationBuilder.DropColumn(name: "Framework", table: "Skills");
    }
}
