using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>Former slugs of roles and skills, as chapters have, so that a renamed role or skill keeps its old address.</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261126000000_RoleAndSkillAliases")]
public sealed class RoleAndSkillAliases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // A JSON list, as Pages.Aliases is; rows imported before this migration have none.
        migrationBuilder.AddColumn<string>(name: "Aliases", table: "Roles", type: "TEXT", nullable: false, defaultValue: "[]");
        migrationBuilder.AddColumn<string>(name: "Aliases", table: "Skills", type: "TEXT", nullable: false, defaultValue: "[]");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Aliases", table: "Skills");
        migrationBuilder.DropColumn(name: "Aliases", table: "Roles");
    }
}
