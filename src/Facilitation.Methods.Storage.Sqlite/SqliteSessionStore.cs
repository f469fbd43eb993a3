using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Facilitation.Methods.Storage.Sqlite;

/// <summary>
/// A session store in one SQLite file: every session's record and event log, for a host on one machine.
/// </summary>
/// <remarks>
/// <para>The file runs in WAL mode with <c>synchronous = FULL</c>: an append that returned is on disk and survives a crash of the
/// process or the machine. Each append is one transaction, and (session, version) is the primary key of the event table, so
/// two writers — threads or processes — can never both store the same version: one wins, the other gets a
/// <see cref="SessionConflictException"/>.</para>
/// <para><see cref="Open"/> creates the schema in a new file, upgrades an older one, and refuses (with a
/// <see cref="SessionStoreException"/>) a file that is not a SQLite database, belongs to another application, was written by a
/// newer version of this package, or fails SQLite's <c>quick_check</c>.</para>
/// <para>Thread-safe. Connections are pooled; <see cref="Dispose"/> closes them.</para>
/// </remarks>
public sealed class SqliteSessionStore : ISessionStore, IDisposable
{
    private readonly string connectionString;

    // Writers in this process take turns here instead of spinning on SQLite's file lock; other processes still meet at the lock (busy_timeout).
    private readonly SemaphoreSlim writeTurn = new(1, 1);
    private bool disposed;

    private SqliteSessionStore(string path, string connectionString)
    {
        Path = path;
        this.connectionString = connectionString;
    }

    /// <summary>Gets the full path of the store's file.</summary>
    public string Path { get; }

    /// <summary>Opens the store in a file, creating the file and its schema when missing and upgrading an older schema.</summary>
    /// <param name="path">The file, absolute or relative to the current directory, for example <c>workshops.db</c>. Its folder must exist.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="SessionStoreException">The file cannot be opened, is not a SQLite database, is another application's database, has a newer schema, or is damaged. The message names the file and the cause; the file is left as it was.</exception>
    public static SqliteSessionStore Open(string path) => OpenAtSchema(path, SqliteSchema.CurrentVersion);

    /// <summary>Opens the store and brings its schema to <paramref name="schemaVersion"/> (tests make older files with it).</summary>
    internal static SqliteSessionStore OpenAtSchema(string path, int schemaVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var store = new SqliteSessionStore(fullPath, connectionString);
        try
        {
            using var connection = store.Connect();
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                wal.ExecuteNonQuery();
            }

            SqliteSchema.CreateOrUpgrade(connection, fullPath, schemaVersion);
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check;";
            var result = (string?)check.ExecuteScalar();
            if (result != "ok")
            {
                throw new SessionStoreException($"'{fullPath}' is damaged: SQLite's quick_check reports \"{result}\". Restore it from a backup (see BackupAsync).");
            }

            return store;
        }
        catch (SqliteException e)
        {
            store.Dispose();
            throw new SessionStoreException($"'{fullPath}' cannot be opened as a session store: {Describe(e)}", e);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> CreateAsync(SessionRecord session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return await Run(session.SessionId, write: true, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO sessions (id, method, workshop, owner, design, version) VALUES ($id, $method, $workshop, $owner, $design, 0) ON CONFLICT (id) DO NOTHING;";
            command.Parameters.AddWithValue("$id", session.SessionId);
            command.Parameters.AddWithValue("$method", session.Method);
            command.Parameters.AddWithValue("$workshop", (object?)session.WorkshopId ?? DBNull.Value);
            command.Parameters.AddWithValue("$owner", (object?)session.Owner ?? DBNull.Value);
            command.Parameters.AddWithValue("$design", session.DesignJson);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        SessionStoreLimits.CheckAppend(sessionId, expectedVersion, events);
        return await Run(sessionId, write: true, async connection =>
        {
            // BEGIN IMMEDIATE: the write lock is taken before the version is read, so the check and the insert are one step.
            using var transaction = connection.BeginTransaction(deferred: false);
            var actual = await ReadVersion(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false) ?? throw new SessionNotFoundException(sessionId);
            if (actual != expectedVersion)
            {
                throw new SessionConflictException(sessionId, expectedVersion, actual);
            }

            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO events (session, version, type, json, time) VALUES ($session, $version, $type, $json, $time);";
                var session = insert.Parameters.AddWithValue("$session", sessionId);
                var version = insert.Parameters.Add("$version", SqliteType.Integer);
                var type = insert.Parameters.Add("$type", SqliteType.Text);
                var json = insert.Parameters.Add("$json", SqliteType.Text);
                var time = insert.Parameters.Add("$time", SqliteType.Text);
                foreach (var e in events)
                {
                    version.Value = e.Version;
                    type.Value = e.Type;
                    json.Value = e.Json;
                    time.Value = e.Time.ToString("O", CultureInfo.InvariantCulture);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            var newVersion = expectedVersion + events.Count;
            await using (var update = connection.CreateCommand())
            {
                update.Transaction = transaction;
                update.CommandText = "UPDATE sessions SET version = $new WHERE id = $id AND version = $expected;";
                update.Parameters.AddWithValue("$new", newVersion);
                update.Parameters.AddWithValue("$id", sessionId);
                update.Parameters.AddWithValue("$expected", expectedVersion);
                if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                {
                    throw new SessionStoreException($"Session '{sessionId}' changed during an append that held the write lock; nothing was stored. The file may be written by a program that ignores SQLite locking.");
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return newVersion;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<StoredSession?> LoadAsync(string sessionId, long afterVersion = 0, CancellationToken cancellationToken = default)
    {
        SessionStoreLimits.CheckId(sessionId);
        ArgumentOutOfRangeException.ThrowIfNegative(afterVersion);
        return await Run(sessionId, write: false, async connection =>
        {
            // One read transaction: the record and the events come from the same snapshot of the file.
            using var transaction = connection.BeginTransaction(deferred: true);
            SessionRecord record;
            long version;
            await using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT method, workshop, owner, design, version FROM sessions WHERE id = $id;";
                read.Parameters.AddWithValue("$id", sessionId);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                record = Stored(sessionId, () => new SessionRecord(sessionId, reader.GetString(0), reader.GetString(3), NullableString(reader, 1), NullableString(reader, 2)));
                version = reader.GetInt64(4);
            }

            var events = new List<StoredEvent>((int)Math.Clamp(version - afterVersion, 0, 1024));
            await using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT version, type, json, time FROM events WHERE session = $id AND version > $after ORDER BY version;";
                read.Parameters.AddWithValue("$id", sessionId);
                read.Parameters.AddWithValue("$after", afterVersion);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    events.Add(Stored(sessionId, () => new StoredEvent(
                        reader.GetInt64(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        DateTimeOffset.ParseExact(reader.GetString(3), "O", CultureInfo.InvariantCulture, DateTimeStyles.None))));
                }
            }

            // Versions must run on one by one up to the session's version: anything else is a damaged log, never returned as if whole.
            var expected = Math.Min(afterVersion, version);
            foreach (var e in events)
            {
                if (e.Version != ++expected)
                {
                    throw new SessionStoreException($"Session '{sessionId}' in '{Path}' has a damaged log: event version {e.Version} where {expected} was expected. Restore the file from a backup.");
                }
            }

            if (expected != version)
            {
                throw new SessionStoreException($"Session '{sessionId}' in '{Path}' has a damaged log: it is at version {version} but its events end at {expected}. Restore the file from a backup.");
            }

            return new StoredSession(record, version, events);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<SessionInfo>> ListByWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        SessionStoreLimits.CheckId(workshopId);
        return List("workshop", workshopId, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<SessionInfo>> ListByOwnerAsync(string owner, CancellationToken cancellationToken = default)
    {
        SessionStoreLimits.CheckId(owner);
        return List("owner", owner, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        SessionStoreLimits.CheckId(sessionId);
        return await Run(sessionId, write: true, async connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM events WHERE session = $id; DELETE FROM sessions WHERE id = $id;";
            command.Parameters.AddWithValue("$id", sessionId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using var changes = connection.CreateCommand();
            changes.Transaction = transaction;
            changes.CommandText = "SELECT changes();";
            var deleted = (long)(await changes.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 1;
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return deleted;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a consistent copy of the whole store to a new file, while the store stays in use (SQLite's <c>VACUUM INTO</c>).</summary>
    /// <param name="destinationPath">The copy's file; it must not exist yet, and its folder must.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the copy is written.</returns>
    /// <remarks>The copy holds every append that had returned when the backup began, and is compacted. Open it with <see cref="Open"/>, or copy it over the store's file while no process has the store open to restore it.</remarks>
    /// <exception cref="SessionStoreException">The copy could not be written (the file exists, or the folder is missing or read-only).</exception>
    public async Task BackupAsync(string destinationPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        var target = System.IO.Path.GetFullPath(destinationPath);
        if (File.Exists(target))
        {
            throw new SessionStoreException($"The backup file '{target}' already exists; choose a new file so no earlier backup is overwritten.");
        }

        await Run(target, write: false, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target;";
            command.Parameters.AddWithValue("$target", target);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the store's pooled connections. Operations after this throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        26 => "it is not a SQLite database (SQLITE_NOTADB). Point the store at its own file.",
        11 => "the database disk image is malformed (SQLITE_CORRUPT). Restore it from a backup.",
        14 => "the file cannot be opened (SQLITE_CANTOPEN): check that its folder exists and is writable.",
        _ => e.Message,
    };

    private static async Task<long?> ReadVersion(SqliteConnection connection, SqliteTransaction transaction, string sessionId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM sessions WHERE id = $id;";
        command.Parameters.AddWithValue("$id", sessionId);
        return (long?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private T Stored<T>(string sessionId, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw new SessionStoreException($"Session '{sessionId}' in '{Path}' holds a value this store would never write: {e.Message} Restore the file from a backup.", e);
        }
    }

    private async ValueTask<IReadOnlyList<SessionInfo>> List(string column, string value, CancellationToken cancellationToken) =>
        await Run(value, write: false, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT id, method, workshop, owner, version FROM sessions WHERE {column} = $value ORDER BY id;";
            command.Parameters.AddWithValue("$value", value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var found = new List<SessionInfo>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found.Add(new SessionInfo(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3), reader.GetInt64(4)));
            }

            return (IReadOnlyList<SessionInfo>)found;
        }, cancellationToken).ConfigureAwait(false);

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private async Task<T> Run<T>(string subject, bool write, Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (write)
        {
            await writeTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var connection = Connect();
            return await work(connection).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw new SessionStoreException($"The session store '{Path}' failed on '{subject}': {Describe(e)}", e);
        }
        finally
        {
            if (write)
            {
                writeTurn.Release();
            }
        }
    }
}
