using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>A role's "Start here" reading, as JSON in its row; filled at the next start (the rendering fingerprint changed with it).</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261203400000_StartHere")]
public sealed class StartHere : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "StartHere", table: "Roles", type: "TEXT", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "StartHere", table: "Roles");
}
