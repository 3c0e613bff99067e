using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>Moderators' sessions, kept in the store so that signing out ends one for good.</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261203000000_ModeratorSessions")]
public sealed class ModeratorSessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ModeratorSessions",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", nullable: false),
                Email = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ModeratorSessions", x => x.Id));
        migrationBuilder.CreateIndex("IX_ModeratorSessions_Email", "ModeratorSessions", "Email");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ModeratorSessions");
}
