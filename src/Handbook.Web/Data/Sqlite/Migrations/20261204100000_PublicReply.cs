using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>The owners' public reply to a suggestion, shown on its status page.</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261204100000_PublicReply")]
public sealed class PublicReply : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "PublicReply", table: "Suggestions", type: "TEXT", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("ALTER TABLE \"Suggestions\" DROP COLUMN \"PublicReply\";");
}
