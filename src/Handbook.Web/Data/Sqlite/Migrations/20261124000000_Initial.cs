using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>The first schema: parts, pages with their headings and reading lists, and sync state.</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261124000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContentIssues",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Path = table.Column<string>(type: "TEXT", nullable: false),
                Line = table.Column<int>(type: "INTEGER", nullable: false),
                Message = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ContentIssues", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ContentStates",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<string>(type: "TEXT", nullable: false),
                SyncedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ContentStates", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Parts",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Slug = table.Column<string>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
                Summary = table.Column<string>(type: "TEXT", nullable: false),
                IntroHtml = table.Column<string>(type: "TEXT", nullable: false),
                SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Parts", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Pages",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                PartId = table.Column<int>(type: "INTEGER", nullable: false),
                Slug = table.Column<string>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
                Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                Summary = table.Column<string>(type: "TEXT", nullable: false),
                Html = table.Column<string>(type: "TEXT", nullable: false),
                Roles = table.Column<string>(type: "TEXT", nullable: false),
                Aliases = table.Column<string>(type: "TEXT", nullable: false),
                SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Pages", x => x.Id);
                table.ForeignKey("FK_Pages_Parts_PartId", x => x.PartId, "Parts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PageHeadings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                PageId = table.Column<int>(type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                Level = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                Anchor = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PageHeadings", x => x.Id);
                table.ForeignKey("FK_PageHeadings_Pages_PageId", x => x.PageId, "Pages", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReadingItems",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                PageId = table.Column<int>(type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                List = table.Column<string>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Author = table.Column<string>(type: "TEXT", nullable: true),
                Url = table.Column<string>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", nullable: false),
                Note = table.Column<string>(type: "TEXT", nullable: true),
                IsDead = table.Column<bool>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReadingItems", x => x.Id);
                table.ForeignKey("FK_ReadingItems_Pages_PageId", x => x.PageId, "Pages", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_PageHeadings_PageId", "PageHeadings", "PageId");
        migrationBuilder.CreateIndex("IX_Pages_PartId", "Pages", "PartId");
        migrationBuilder.CreateIndex("IX_Pages_Sequence", "Pages", "Sequence");
        migrationBuilder.CreateIndex("IX_Pages_Slug", "Pages", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_Parts_Slug", "Parts", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_ReadingItems_PageId", "ReadingItems", "PageId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ContentIssues");
        migrationBuilder.DropTable("ContentStates");
        migrationBuilder.DropTable("PageHeadings");
        migrationBuilder.DropTable("ReadingItems");
        migrationBuilder.DropTable("Pages");
        migrationBuilder.DropTable("Parts");
    }
}
