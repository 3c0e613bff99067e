using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Handbook.Web.Data.Postgres.Migrations;

/// <summary>
/// The whole schema for PostgreSQL, as the SQLite migrations have built it up to 2026-11-25: the
/// content, the career pathway, suggestions and moderators, the change log, the full-text index
/// and the data-protection key ring.
/// </summary>
[DbContext(typeof(PostgresHandbookDbContext))]
[Migration("20261125000000_Initial")]
public sealed class Initial : Migration
{
    private const string Identity = "Npgsql:ValueGenerationStrategy";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateContentTables(migrationBuilder);
        CreatePathwayTables(migrationBuilder);
        CreateReaderTables(migrationBuilder);
        foreach (var statement in PostgresFullTextIndex.CreateTableSql)
        {
            migrationBuilder.Sql(statement);
        }
    }

    private static void CreateContentTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContentIssues",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Path = table.Column<string>(type: "text", nullable: false),
                Line = table.Column<int>(type: "integer", nullable: false),
                Message = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ContentIssues", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ContentStates",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false),
                Version = table.Column<string>(type: "text", nullable: false),
                SyncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ContentStates", x => x.Id));

        migrationBuilder.CreateTable(
            name: "PageChanges",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = table.Column<string>(type: "text", nullable: false),
                Path = table.Column<string>(type: "text", nullable: false),
                Title = table.Column<string>(type: "text", nullable: false),
                Summary = table.Column<string>(type: "text", nullable: false),
                ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PageChanges", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Parts",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Slug = table.Column<string>(type: "text", nullable: false),
                Title = table.Column<string>(type: "text", nullable: false),
                Order = table.Column<int>(type: "integer", nullable: false),
                Summary = table.Column<string>(type: "text", nullable: false),
                IntroHtml = table.Column<string>(type: "text", nullable: false),
                SourcePath = table.Column<string>(type: "text", nullable: false),
                ContentHash = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Parts", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Parts_Slug", table: "Parts", column: "Slug", unique: true);

        migrationBuilder.CreateTable(
            name: "Pages",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PartId = table.Column<int>(type: "integer", nullable: false),
                Slug = table.Column<string>(type: "text", nullable: false),
                Title = table.Column<string>(type: "text", nullable: false),
                Order = table.Column<int>(type: "integer", nullable: false),
                Sequence = table.Column<int>(type: "integer", nullable: false),
                Summary = table.Column<string>(type: "text", nullable: false),
                Html = table.Column<string>(type: "text", nullable: false),
                Roles = table.Column<string[]>(type: "text[]", nullable: false),
                Aliases = table.Column<string[]>(type: "text[]", nullable: false),
                SourcePath = table.Column<string>(type: "text", nullable: false),
                ContentHash = table.Column<string>(type: "text", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Pages", x => x.Id);
                table.ForeignKey("FK_Pages_Parts_PartId", x => x.PartId, "Parts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Pages_PartId", table: "Pages", column: "PartId");
        migrationBuilder.CreateIndex(name: "IX_Pages_Sequence", table: "Pages", column: "Sequence");
        migrationBuilder.CreateIndex(name: "IX_Pages_Slug", table: "Pages", column: "Slug", unique: true);

        migrationBuilder.CreateTable(
            name: "PageHeadings",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PageId = table.Column<int>(type: "integer", nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
                Level = table.Column<int>(type: "integer", nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                Anchor = table.Column<string>(type: "text", nullable: false),
                SectionMarkdown = table.Column<string>(type: "text", nullable: false),
                Excerpt = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PageHeadings", x => x.Id);
                table.ForeignKey("FK_PageHeadings_Pages_PageId", x => x.PageId, "Pages", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PageHeadings_PageId", table: "PageHeadings", column: "PageId");

        migrationBuilder.CreateTable(
            name: "ReadingItems",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PageId = table.Column<int>(type: "integer", nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
                List = table.Column<string>(type: "text", nullable: false),
                Title = table.Column<string>(type: "text", nullable: false),
                Author = table.Column<string>(type: "text", nullable: true),
                Url = table.Column<string>(type: "text", nullable: false),
                Kind = table.Column<string>(type: "text", nullable: false),
                Note = table.Column<string>(type: "text", nullable: true),
                IsDead = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReadingItems", x => x.Id);
                table.ForeignKey("FK_ReadingItems_Pages_PageId", x => x.PageId, "Pages", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ReadingItems_PageId", table: "ReadingItems", column: "PageId");
    }

    private static void CreatePathwayTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Roles",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Slug = table.Column<string>(type: "text", nullable: false),
                Title = table.Column<string>(type: "text", nullable: false),
                Order = table.Column<int>(type: "integer", nullable: false),
                Stage = table.Column<string>(type: "text", nullable: false),
                Summary = table.Column<string>(type: "text", nullable: false),
                Html = table.Column<string>(type: "text", nullable: false),
                Areas = table.Column<string[]>(type: "text[]", nullable: false),
                ChapterSlugs = table.Column<string[]>(type: "text[]", nullable: false),
                SourcePath = table.Column<string>(type: "text", nullable: false),
                ContentHash = table.Column<string>(type: "text", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                Headings = table.Column<string>(type: "jsonb", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Roles", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Roles_Slug", table: "Roles", column: "Slug", unique: true);

        migrationBuilder.CreateTable(
            name: "Skills",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Slug = table.Column<string>(type: "text", nullable: false),
                Title = table.Column<string>(type: "text", nullable: false),
                Order = table.Column<int>(type: "integer", nullable: false),
                Group = table.Column<string>(type: "text", nullable: false),
                Summary = table.Column<string>(type: "text", nullable: false),
                Html = table.Column<string>(type: "text", nullable: false),
                LevelsAreHandbooksChoice = table.Column<bool>(type: "boolean", nullable: false),
                ChapterSlugs = table.Column<string[]>(type: "text[]", nullable: false),
                SourcePath = table.Column<string>(type: "text", nullable: false),
                ContentHash = table.Column<string>(type: "text", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Skills", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Skills_Slug", table: "Skills", column: "Slug", unique: true);

        migrationBuilder.CreateTable(
            name: "SkillLevels",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SkillId = table.Column<int>(type: "integer", nullable: false),
                Level = table.Column<string>(type: "text", nullable: false),
                Meaning = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SkillLevels", x => x.Id);
                table.ForeignKey("FK_SkillLevels_Skills_SkillId", x => x.SkillId, "Skills", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_SkillLevels_SkillId", table: "SkillLevels", column: "SkillId");

        migrationBuilder.CreateTable(
            name: "RoleSkills",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleId = table.Column<int>(type: "integer", nullable: false),
                SkillId = table.Column<int>(type: "integer", nullable: false),
                Level = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoleSkills", x => x.Id);
                table.ForeignKey("FK_RoleSkills_Roles_RoleId", x => x.RoleId, "Roles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_RoleSkills_Skills_SkillId", x => x.SkillId, "Skills", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_RoleSkills_RoleId_SkillId", table: "RoleSkills", columns: ["RoleId", "SkillId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_RoleSkills_SkillId", table: "RoleSkills", column: "SkillId");
    }

    private static void CreateReaderTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Suggestions",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Reference = table.Column<string>(type: "text", nullable: false),
                PagePath = table.Column<string>(type: "text", nullable: false),
                PageTitle = table.Column<string>(type: "text", nullable: false),
                SectionAnchor = table.Column<string>(type: "text", nullable: true),
                SectionTitle = table.Column<string>(type: "text", nullable: true),
                ContentHash = table.Column<string>(type: "text", nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                Name = table.Column<string>(type: "text", nullable: true),
                Email = table.Column<string>(type: "text", nullable: true),
                Status = table.Column<string>(type: "text", nullable: false),
                ModeratorNote = table.Column<string>(type: "text", nullable: true),
                ReviewedBy = table.Column<string>(type: "text", nullable: true),
                ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Suggestions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Suggestions_Reference", table: "Suggestions", column: "Reference", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Suggestions_Status_PagePath", table: "Suggestions", columns: ["Status", "PagePath"]);

        migrationBuilder.CreateTable(
            name: "Moderators",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Email = table.Column<string>(type: "text", nullable: false),
                PasswordHash = table.Column<string>(type: "text", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Moderators", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Moderators_Email", table: "Moderators", column: "Email", unique: true);

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation(Identity, NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = table.Column<string>(type: "text", nullable: true),
                Xml = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "SearchEntries", "DataProtectionKeys", "Moderators", "Suggestions", "RoleSkills", "SkillLevels", "Skills", "Roles",
                     "ReadingItems", "PageHeadings", "Pages", "Parts", "PageChanges", "ContentStates", "ContentIssues",
                 })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
