using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Postgres.Migrations;

/// <summary>The owners' public reply to a suggestion, shown on its status page.</summary>
[DbContext(typeof(PostgresHandbookDbContext))]
[Migration("20261204100000_PublicReply")]
public sealed class PublicReply : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "PublicReply", table: "Suggestions", type: "text", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "PublicReply", table: "Suggestions");
}
