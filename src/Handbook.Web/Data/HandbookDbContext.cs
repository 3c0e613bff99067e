using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Data;

public sealed class HandbookDbContext(DbContextOptions<HandbookDbContext> options) : DbContext(options)
{
    public DbSet<Part> Parts => Set<Part>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<PageHeading> PageHeadings => Set<PageHeading>();
    public DbSet<ReadingItem> ReadingItems => Set<ReadingItem>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<SkillLevel> SkillLevels => Set<SkillLevel>();
    public DbSet<RoleSkill> RoleSkills => Set<RoleSkill>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<Moderator> Moderators => Set<Moderator>();
    public DbSet<PageChange> PageChanges => Set<PageChange>();
    public DbSet<ContentIssue> ContentIssues => Set<ContentIssue>();
    public DbSet<ContentState> ContentStates => Set<ContentState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HandbookDbContext).Assembly);
}
