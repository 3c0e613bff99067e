using Handbook.Web.Search;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Data;

/// <summary>
/// The store: one model, two providers (<see cref="Sqlite.SqliteHandbookDbContext"/> embedded,
/// <see cref="Postgres.PostgresHandbookDbContext"/> shared by several instances), each with its own
/// migrations and its own full-text engine.
/// </summary>
public abstract class HandbookDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Part> Parts => Set<Part>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<ReadingItem> ReadingItems => Set<ReadingItem>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<SkillLevel> SkillLevels => Set<SkillLevel>();
    public DbSet<RoleSkill> RoleSkills => Set<RoleSkill>();
    public DbSet<FrameworkSource> FrameworkSources => Set<FrameworkSource>();
    public DbSet<Glossary> Glossaries => Set<Glossary>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<Moderator> Moderators => Set<Moderator>();
    public DbSet<ModeratorSession> ModeratorSessions => Set<ModeratorSession>();
    public DbSet<ContentIssue> ContentIssues => Set<ContentIssue>();
    public DbSet<ContentState> ContentStates => Set<ContentState>();

    /// <summary>The data-protection key ring, shared by every instance so that each accepts the others' cookies and form tokens.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The provider's full-text index of every page's sections.</summary>
    public abstract FullTextIndex FullText { get; }

    /// <summary>
    /// Waits until no other app instance holds the same lock on this store, and holds it until
    /// disposed. Imports take it so that they run one at a time and the second finds nothing left
    /// to change.
    /// </summary>
    public abstract Task<IAsyncDisposable> LockAsync(StoreLock name, CancellationToken cancellationToken);

    /// <summary>
    /// Makes every table of an empty store at once, with the migrations already recorded, and says
    /// whether it did; false leaves the store to the migrations.
    /// </summary>
    public virtual Task<bool> CreateEmptyStoreAsync(CancellationToken cancellationToken) => Task.FromResult(false);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HandbookDbContext).Assembly);
}
