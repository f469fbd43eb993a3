using Microsoft.Data.Sqlite;

namespace Facilitation.Methods.Storage.Sqlite;

/// <summary>The store's tables, how a file is recognised as ours, and the upgrades from each older schema version.</summary>
internal static class SqliteSchema
{
    /// <summary>Marks the file as a Facilitation.Methods session store in the SQLite header ("FMSS").</summary>
    public const int ApplicationId = 0x464D5353;

    /// <summary>The upgrades, in order: upgrade <c>i</c> takes a file from schema version <c>i</c> to <c>i + 1</c>.</summary>
    public static readonly string[] Upgrades =
    [
        // 0 → 1: sessions and their event logs. (session, version) is the primary key, so two writers can never store the same version.
        """
        CREATE TABLE sessions (
            id TEXT NOT NULL PRIMARY KEY,
            method TEXT NOT NULL,
            workshop TEXT,
            owner TEXT,
            design TEXT NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE TABLE events (
            session TEXT NOT NULL,
            version INTEGER NOT NULL,
            type TEXT NOT NULL,
            json TEXT NOT NULL,
            time TEXT NOT NULL,
            PRIMARY KEY (session, version)
        ) WITHOUT ROWID;
        """,

        // 1 → 2: listing by workshop or owner reads an index instead of every session.
        """
        CREATE INDEX sessions_by_workshop ON sessions (workshop, id) WHERE workshop IS NOT NULL;
        CREATE INDEX sessions_by_owner ON sessions (owner, id) WHERE owner IS NOT NULL;
        """,
    ];

    /// <summary>Gets the schema version this package writes.</summary>
    public static int CurrentVersion => Upgrades.Length;

    /// <summary>Creates the schema in an empty file, or upgrades an older one; refuses a file that is not ours or is newer.</summary>
    /// <param name="connection">An open connection to the file.</param>
    /// <param name="path">The file, for error messages.</param>
    /// <param name="targetVersion">The version to bring the file to (tests pass a lower one to make an old file).</param>
    public static void CreateOrUpgrade(SqliteConnection connection, string path, int targetVersion)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var applicationId = Scalar<long>(connection, transaction, "PRAGMA application_id;");
        var tables = Scalar<long>(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table';");
        if (applicationId == 0 && tables == 0)
        {
            Execute(connection, transaction, $"PRAGMA application_id = {ApplicationId}; CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (0);");
        }
        else if (applicationId != ApplicationId)
        {
            throw new SessionStoreException($"'{path}' is a SQLite database of another application (application id {applicationId}), not a Facilitation.Methods session store; refusing to change it. Use a new file.");
        }

        var version = Scalar<long>(connection, transaction, "SELECT version FROM schema_version;");
        if (version > CurrentVersion)
        {
            throw new SessionStoreException($"'{path}' has store schema version {version}, written by a newer Facilitation.Methods.Storage.Sqlite; this one reads versions up to {CurrentVersion}. Update the package.");
        }

        for (var v = (int)version; v < targetVersion; v++)
        {
            Execute(connection, transaction, Upgrades[v]);
            Execute(connection, transaction, $"UPDATE schema_version SET version = {v + 1};");
        }

        transaction.Commit();
    }

    /// <summary>Reads the schema version a file holds.</summary>
    public static long ReadVersion(SqliteConnection connection) => Scalar<long>(connection, null, "SELECT version FROM schema_version;");

    private static T Scalar<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
