using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>A reader's proposed wording for a section, and the section's text it was written against.</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261204200000_ProposedWording")]
public sealed class ProposedWording : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "ProposedText", table: "Suggestions", type: "TEXT", nullable: true);
        migrationBuilder.AddColumn<string>(name: "BaseText", table: "Suggestions", type: "TEXT", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "ProposedText", table: "Suggestions");
        migrationBuilder.DropColumn(name: "BaseText", table: "Suggestions");
    }
}
