using Handbook.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Handbook.Web.Tests.Postgres;

/// <summary>
/// The PostgreSQL migrations are written by hand too: the schema they build must be the one EF Core
/// would create from the model, column by column, constraint by constraint, index by index.
/// </summary>
public sealed class PostgresMigrationsMatchTheModel
{
    [PostgresFact]
    public async Task Migrated_schema_matches_the_schema_of_the_model()
    {
        await using var migratedDatabase = await PostgresServer.CreateDatabaseAsync();
        await using var modelledDatabase = await PostgresServer.CreateDatabaseAsync();

        var migrated = await SchemaOf(migratedDatabase.ConnectionString, db => db.Database.MigrateAsync());
        var modelled = await SchemaOf(modelledDatabase.ConnectionString, db => db.Database.EnsureCreatedAsync());

        Assert.Equal(modelled, migrated);
    }

    [PostgresFact]
    public async Task Migrations_create_the_full_text_search_table_the_model_cannot_describe()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await SchemaOf(database.ConnectionString, db => db.Database.MigrateAsync());

        var columns = await Query(database.ConnectionString,
            "SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = 'SearchEntries' ORDER BY ordinal_position");
        var indexes = await Query(database.ConnectionString, "SELECT indexdef FROM pg_indexes WHERE tablename = 'SearchEntries' ORDER BY indexname");

        Assert.Equal(["id bigint", "path text", "anchor text", "title text", "heading text", "body text",
            "title_terms tsvector", "heading_terms tsvector", "body_terms tsvector", "terms tsvector"], columns);
        Assert.Contains(indexes, i => i.Contains("USING gin (terms)", StringComparison.Ordinal));
    }

    private static async Task<string> SchemaOf(string connectionString, Func<PostgresHandbookDbContext, Task> create)
    {
        var options = new DbContextOptionsBuilder<PostgresHandbookDbContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using (var db = new PostgresHandbookDbContext(options))
        {
            await create(db);
        }

        const string OurTables = "NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock', 'SearchEntries')";
        var lines = new List<string>();
        lines.AddRange(await Query(connectionString,
            "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' nullable=' || is_nullable || " +
            "' identity=' || is_identity || ' ' || coalesce(identity_generation, '') || ' default=' || coalesce(column_default, '') " +
            $"FROM information_schema.columns WHERE table_schema = 'public' AND table_name {OurTables}"));
        lines.AddRange(await Query(connectionString,
            "SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) " +
            $"FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%EFMigrations%' AND conrelid::regclass::text <> '\"SearchEntries\"'"));
        lines.AddRange(await Query(connectionString,
            $"SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename {OurTables}"));
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> Query(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
