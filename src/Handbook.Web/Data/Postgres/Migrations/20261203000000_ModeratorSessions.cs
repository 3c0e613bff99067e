using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Postgres.Migrations;

/// <summary>Moderators' sessions, kept in the store so that signing out ends one for good.</summary>
[DbContext(typeof(PostgresHandbookDbContext))]
[Migration("20261203000000_ModeratorSessions")]
public sealed class ModeratorSessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ModeratorSessions",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                Email = table.Column<string>(type: "text", nullable: false),
                CreatedAt = table.Column<long>(type: "bigint", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ModeratorSessions", x => x.Id));
        migrationBuilder.CreateIndex("IX_ModeratorSessions_Email", "ModeratorSessions", "Email");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ModeratorSessions");
}
