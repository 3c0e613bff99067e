namespace Handbook.Web.Data;

/// <summary>Which database holds the store, set by <c>Handbook:Database</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, for one app instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database that several app instances share.</summary>
    Postgres,
}

/// <summary>What an instance waits for when another instance sharing the store is doing the same.</summary>
public enum StoreLock
{
    /// <summary>Importing the content folder.</summary>
    ContentImport,

    /// <summary>Making the first data-protection key.</summary>
    KeyRing,

    /// <summary>Applying migrations.</summary>
    Migrations,
}
