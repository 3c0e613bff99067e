using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Data.Sqlite.Migrations;

/// <summary>The career pathway: roles, skills, what each level means, and the level each role expects.</summary>
[DbContext(typeof(SqliteHandbookDbContext))]
[Migration("20261124100000_RolesAndSkills")]
public sealed class RolesAndSkills : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Roles",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Slug = table.Column<string>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
                Stage = table.Column<string>(type: "TEXT", nullable: false),
                Summary = table.Column<string>(type: "TEXT", nullable: false),
                Html = table.Column<string>(type: "TEXT", nullable: false),
                Areas = table.Column<string>(type: "TEXT", nullable: false),
                ChapterSlugs = table.Column<string>(type: "TEXT", nullable: false),
                SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Roles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Skills",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Slug = table.Column<string>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
                Group = table.Column<string>(type: "TEXT", nullable: false),
                Summary = table.Column<string>(type: "TEXT", nullable: false),
                Html = table.Column<string>(type: "TEXT", nullable: false),
                LevelsAreHandbooksChoice = table.Column<bool>(type: "INTEGER", nullable: false),
                ChapterSlugs = table.Column<string>(type: "TEXT", nullable: false),
                SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Skills", x => x.Id));

        migrationBuilder.CreateTable(
            name: "RoleSkills",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                SkillId = table.Column<int>(type: "INTEGER", nullable: false),
                Level = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoleSkills", x => x.Id);
                table.ForeignKey("FK_RoleSkills_Roles_RoleId", x => x.RoleId, "Roles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_RoleSkills_Skills_SkillId", x => x.SkillId, "Skills", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SkillLevels",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                SkillId = table.Column<int>(type: "INTEGER", nullable: false),
                Level = table.Column<string>(type: "TEXT", nullable: false),
                Meaning = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SkillLevels", x => x.Id);
                table.ForeignKey("FK_SkillLevels_Skills_SkillId", x => x.SkillId, "Skills", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Roles_Slug", "Roles", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_RoleSkills_RoleId_SkillId", "RoleSkills", ["RoleId", "SkillId"], unique: true);
        migrationBuilder.CreateIndex("IX_RoleSkills_SkillId", "RoleSkills", "SkillId");
        migrationBuilder.CreateIndex("IX_SkillLevels_SkillId", "SkillLevels", "SkillId");
        migrationBuilder.CreateIndex("IX_Skills_Slug", "Skills", "Slug", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("RoleSkills");
        migrationBuilder.DropTable("SkillLevels");
        migrationBuilder.DropTable("Roles");
        migrationBuilder.DropTable("Skills");
    }
}
