using Handbook.Testing;
using Handbook.Web.Tests.Infrastructure;
using Npgsql;

namespace Handbook.Web.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: the connection string in HANDBOOK_TEST_POSTGRES, to a user
/// who may create databases. <c>eval "$(.ci/postgres start)"</c> starts a throw-away one and sets it.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "HANDBOOK_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);

    /// <summary>A new, empty database of its own for one test class; dropped when disposed.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync()
    {
        var server = ConnectionString
            ?? throw new InvalidOperationException($"{Variable} is not set: start a server with eval \"$(.ci/postgres start)\".");
        var name = "handbook_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new TestDatabase(server, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, name);
    }

    /// <summary>An app instance on the given database, as a load balancer would see it: the same settings as its peers.</summary>
    public static HandbookFactory Instance(ContentBuilder content, TestDatabase database) =>
        new HandbookFactory(content)
            .WithSetting("Handbook:Database", "Postgres")
            .WithSetting("ConnectionStrings:Handbook", database.ConnectionString);
}

public sealed class TestDatabase(string server, string connectionString, string name) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A test that needs PostgreSQL: skipped on a machine without one, never skipped in CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.ConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true"
        ? $"No PostgreSQL server: set {PostgresServer.Variable}, or run eval \"$(.ci/postgres start)\", to run the PostgreSQL tests."
        : null;
}

/// <summary>A theory that needs PostgreSQL, skipped as <see cref="PostgresFactAttribute"/> is.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = new PostgresFactAttribute().Skip;
}
