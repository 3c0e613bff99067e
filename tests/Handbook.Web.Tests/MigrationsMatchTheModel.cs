using Handbook.Web.Data;
using Handbook.Web.Data.Sqlite;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Handbook.Web.Tests;

/// <summary>
/// The SQLite migrations are written by hand, so this proves them: the schema they build must be the one EF
/// Core would create from the model, table by table, column by column, index by index.
/// </summary>
public sealed class MigrationsMatchTheModel : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("handbook-schema-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Migrated_schema_matches_the_schema_of_the_model()
    {
        var migrated = await SchemaOf("migrated.db", db => db.Database.MigrateAsync());
        var modelled = await SchemaOf("modelled.db", db => db.Database.EnsureCreatedAsync());

        Assert.Equal(modelled, migrated);
    }

    [Fact]
    public async Task Migrations_create_the_full_text_search_tables_the_model_cannot_describe()
    {
        var migrated = await SchemaOf("search.db", db => db.Database.MigrateAsync());
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "search.db")}");
        await connection.OpenAsync();

        var sql = await Query(connection, "SELECT sql FROM sqlite_master WHERE name IN ('SearchEntries', 'SearchPaths', 'SearchPages') ORDER BY rowid");

        Assert.Equal(SqliteFullTextIndex.CreateTablesSql, sql);
        Assert.DoesNotContain("table Search", migrated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_indexed_before_search_ranked_pages_are_still_found_after_the_migration()
    {
        var options = new DbContextOptionsBuilder<SqliteHandbookDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "upgrade.db")}")
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using var db = new SqliteHandbookDbContext(options);
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync("20261126000000_RoleAndSkillAliases");
        // As the sync wrote the index then: one row a section, a page's rows one after another.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO SearchEntries (path, anchor, title, heading, body) VALUES
              ('/chapters/roadmaps', '', 'Roadmaps', '', 'A roadmap shows direction.'),
              ('/chapters/roadmaps', 'themes', 'Roadmaps', 'Themes', 'Group the work into themes.'),
              ('/chapters/delivery', '', 'Delivery', '', 'Teams deliver value.'),
              ('/chapters/delivery', 'saying-no', 'Delivery', 'Saying no', 'Sometimes prioritisation means saying no.')
            """);

        await db.Database.MigrateAsync();
        await db.Database.OpenConnectionAsync();

        var byHeading = Assert.Single(await db.FullText.FindAsync(["themes"], 30, CancellationToken.None));
        var byText = Assert.Single(await db.FullText.FindAsync(["prioritisation"], 30, CancellationToken.None));
        var byTitle = Assert.Single(await db.FullText.FindAsync(["roadmaps"], 30, CancellationToken.None));
        Assert.Equal(("/chapters/roadmaps", "themes"), (byHeading.Path, byHeading.Anchor));
        Assert.Equal(("/chapters/delivery", "saying-no"), (byText.Path, byText.Anchor));
        Assert.Equal(("/chapters/roadmaps", ""), (byTitle.Path, byTitle.Anchor));
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        await SchemaOf("twice.db", db => db.Database.MigrateAsync());
        var again = await SchemaOf("twice.db", db => db.Database.MigrateAsync());

        Assert.Contains("table Pages", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_holds_every_migration_is_not_migrated_again()
    {
        await using (var first = Store("current.db"))
        {
            await first.MigrateStoreAsync();
        }
        var commands = new CommandLog();
        await using var again = Store("current.db", commands);

        await again.MigrateStoreAsync();

        // Only the journal mode is set; EF Core's migrator, which writes its history and lock tables
        // even when there is nothing to apply, is not run.
        Assert.NotEmpty(commands.Texts);
        Assert.All(commands.Texts, text => Assert.StartsWith("PRAGMA journal_mode", text, StringComparison.Ordinal));
    }

    [Fact]
    public void New_store_script_is_the_one_the_migrations_generate()
    {
        using var db = Store("script.db");
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions);
        var checkedIn = File.ReadAllText(Path.Combine(SourceFacts.RepositoryRoot, "src/Handbook.Web/Data/Sqlite/NewStore.sql"));

        Assert.True(Normalise(generated) == Normalise(checkedIn),
            "Data/Sqlite/NewStore.sql is not what the migrations generate: run `dotnet ef migrations script` as CONTRIBUTING.md says.");
    }

    [Fact]
    public async Task An_empty_store_made_by_the_script_is_the_store_the_migrations_make()
    {
        var migrated = await SchemaOf("by-migrations.db", db => db.Database.MigrateAsync());
        var scripted = await SchemaOf("by-script.db", async db => Assert.True(await db.CreateEmptyStoreAsync(CancellationToken.None)));

        Assert.Equal(migrated, scripted);
        Assert.Equal(await ObjectsOf("by-migrations.db"), await ObjectsOf("by-script.db"));
        await using var db = Store("by-script.db");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_new_store_is_made_without_the_migrator()
    {
        var commands = new CommandLog();
        await using var db = Store("new.db", commands);

        await db.MigrateStoreAsync();

        Assert.NotEmpty(commands.Texts);
        Assert.All(commands.Texts, text => Assert.StartsWith("PRAGMA journal_mode", text, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains("table Pages", await SchemaOf("new.db", _ => Task.CompletedTask), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_script_leaves_a_store_that_has_tables_to_the_migrations()
    {
        await using var db = Store("behind-script.db");
        await db.GetService<IMigrator>().MigrateAsync("20261126000000_RoleAndSkillAliases");

        Assert.False(await db.CreateEmptyStoreAsync(CancellationToken.None));
        await db.MigrateStoreAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_store_missing_a_migration_is_migrated_at_start_up()
    {
        await using var db = Store("behind.db");
        await db.GetService<IMigrator>().MigrateAsync("20261126000000_RoleAndSkillAliases");

        await db.MigrateStoreAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private SqliteHandbookDbContext Store(string file, params IInterceptor[] interceptors) => new(
        new DbContextOptionsBuilder<SqliteHandbookDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, file)}")
            .AddInterceptors(interceptors)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);

    private async Task<string> SchemaOf(string file, Func<SqliteHandbookDbContext, Task> create)
    {
        var connectionString = $"Data Source={Path.Combine(_folder, file)}";
        var options = new DbContextOptionsBuilder<SqliteHandbookDbContext>()
            .UseSqlite(connectionString)
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using (var db = new SqliteHandbookDbContext(options))
        {
            await create(db);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        var tables = await Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock') AND name NOT LIKE 'Search%' ORDER BY name");
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            lines.AddRange((await Query(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')")).Order(StringComparer.Ordinal).Select(c => "  column " + c));
            lines.AddRange((await Query(connection, $"SELECT \"table\" || '.' || \"to\" || ' from ' || \"from\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}')")).Order(StringComparer.Ordinal).Select(f => "  foreign key " + f));
            foreach (var index in (await Query(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'")).Order(StringComparer.Ordinal))
            {
                var name = index[..index.IndexOf(' ', StringComparison.Ordinal)];
                var columns = await Query(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno");
                lines.Add($"  index {index} ({string.Join(", ", columns)})");
            }
            var sql = (await Query(connection, $"SELECT sql FROM sqlite_master WHERE name = '{table}'")).Single();
            lines.Add($"  autoincrement={sql.Contains("AUTOINCREMENT", StringComparison.Ordinal)}");
        }
        return string.Join('\n', lines);
    }

    /// <summary>Every table, index and trigger as SQLite records it (EF Core's migration lock aside), and the migrations recorded.</summary>
    private async Task<List<string>> ObjectsOf(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, file)}");
        await connection.OpenAsync();
        var objects = await Query(connection, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name <> '__EFMigrationsLock' ORDER BY name");
        objects.AddRange(await Query(connection, "SELECT MigrationId || ' ' || ProductVersion FROM __EFMigrationsHistory ORDER BY MigrationId"));
        return objects;
    }

    private static string Normalise(string sql) => sql.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();

    private static async Task<List<string>> Query(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
