using System.Diagnostics;
using Handbook.Web.Tests.Browser;
using Npgsql;

namespace Handbook.Web.Tests.Postgres;

/// <summary>
/// A PostgreSQL server of a test's own (<c>.ci/postgres</c>), for what the shared one must not go
/// through: a small max_connections, and being stopped and started again in the middle of a test.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _folder;

    private PostgresCluster(string connectionString, string folder)
    {
        ConnectionString = connectionString;
        _folder = folder;
    }

    /// <summary>A connection string to the server's <c>postgres</c> database, as its superuser.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresCluster> StartAsync(int maxConnections)
    {
        var exports = await RunAsync("start", maxConnections.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string Export(string name) => exports.Split('\n')
            .Single(line => line.StartsWith($"export {name}=", StringComparison.Ordinal))
            .Split('=', 2)[1].Trim('\'');
        return new PostgresCluster(Export(PostgresServer.Variable), Export(PostgresServer.Variable + "_DIR"));
    }

    /// <summary>Stops the server as an outage would, keeping its data.</summary>
    public Task HaltAsync() => RunAsync("halt", _folder);

    public Task ResumeAsync() => RunAsync("resume", _folder);

    /// <summary>A new, empty database on this server.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "handbook_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("stop", _folder);
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Axe.RepositoryFile(".ci/postgres"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($".ci/postgres {string.Join(' ', arguments)} failed: {await errors}");
        }
        return await output;
    }
}
