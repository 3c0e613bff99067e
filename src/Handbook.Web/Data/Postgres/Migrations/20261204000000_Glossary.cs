using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Postgres.Migrations;

/// <summary>The glossary (content/glossary.md): one row with its terms as JSON; filled at the next start (the rendering fingerprint changed with it).</summary>
[DbContext(typeof(PostgresHandbookDbContext))]
[Migration("20261204000000_Glossary")]
public sealed class Glossary : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "Glossaries",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Title = table.Column<string>(type: "text", nullable: false),
                Summary = table.Column<string>(type: "text", nullable: false),
                IntroHtml = table.Column<string>(type: "text", nullable: false),
                SourcePath = table.Column<string>(type: "text", nullable: false),
                ContentHash = table.Column<string>(type: "text", nullable: false),
                Terms = table.Column<string>(type: "jsonb", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Glossaries", x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "Glossaries");
}
