using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Postgres.Migrations;

/// <summary>Former slugs of roles and skills, as chapters have, so that a renamed role or skill keeps its old address.</summary>
[DbContext(typeof(PostgresHandbookDbContext))]
[Migration("20261126000000_RoleAndSkillAliases")]
public sealed class RoleAndSkillAliases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Roles", "Skills" })
        {
            // Rows imported before this migration have no aliases; the default only fills them, as the
            // model (like Pages.Aliases) has none.
            migrationBuilder.AddColumn<string[]>(name: "Aliases", table: table, type: "text[]", nullable: false, defaultValue: Array.Empty<string>());
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" ALTER COLUMN \"Aliases\" DROP DEFAULT;");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Aliases", table: "Skills");
        migrationBuilder.DropColumn(name: "Aliases", table: "Roles");
    }
}
