using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Postgres.Migrations;

/// <summary>
/// A chapter's headings are kept as a role's and a skill's are, as JSON in its row, and chapters and
/// roles keep their print prose beside the screen's. The headings table goes; the rows are filled
/// again at the next start (the rendering fingerprint changed with it).
/// </summary>
[DbContext(typeof(PostgresHandbookDbContext))]
[Migration("20261203200000_HeadingsOneWay")]
public sealed class HeadingsOneWay : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PageHeadings");
        migrationBuilder.AddColumn<string>(name: "Headings", table: "Pages", type: "jsonb", nullable: true);
        migrationBuilder.AddColumn<string>(name: "PrintIntroHtml", table: "Pages", type: "text", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "PrintIntroHtml", table: "Roles", type: "text", nullable: false, defaultValue: "");
        // The defaults only fill the rows already there: the model has none.
        migrationBuilder.Sql("ALTER TABLE \"Pages\" ALTER COLUMN \"PrintIntroHtml\" DROP DEFAULT; ALTER TABLE \"Roles\" ALTER COLUMN \"PrintIntroHtml\" DROP DEFAULT;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "PrintIntroHtml", table: "Roles");
        migrationBuilder.DropColumn(name: "PrintIntroHtml", table: "Pages");
        migrationBuilder.DropColumn(name: "Headings", table: "Pages");
        migrationBuilder.CreateTable(
            name: "PageHeadings",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PageId = table.Column<int>(type: "integer", nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
                Level = table.Column<int>(type: "integer", nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                Anchor = table.Column<string>(type: "text", nullable: false),
                SectionMarkdown = table.Column<string>(type: "text", nullable: false),
                Excerpt = table.Column<string>(type: "text", nullable: false),
                TitleHtml = table.Column<string>(type: "text", nullable: false),
                Html = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PageHeadings", x => x.Id);
                table.ForeignKey("FK_PageHeadings_Pages_PageId", x => x.PageId, "Pages", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PageHeadings_PageId", table: "PageHeadings", column: "PageId");
    }
}
