using Facilitation.Methods.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Facilitation.Methods.Storage.Tests;

public sealed class SqliteSessionStoreTests : SessionStoreConformanceTests, IDisposable
{
    private readonly TempFolder folder = new();
    private readonly List<SqliteSessionStore> opened = [];

    public void Dispose()
    {
        opened.ForEach(s => s.Dispose());
        folder.Dispose();
    }

    protected override ISessionStore CreateSut() => Open(folder.NewFile());

    private SqliteSessionStore Open(string path)
    {
        var store = SqliteSessionStore.Open(path);
        opened.Add(store);
        return store;
    }

    private static T Query<T>(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a closed store with one session of <paramref name="events"/> notes, for the damaged-file tests.</summary>
    private async Task<string> FilledStore(int events, int textLength)
    {
        var path = folder.NewFile();
        using (var store = SqliteSessionStore.Open(path))
        {
            await store.CreateAsync(Record("cafe-1"));
            await store.AppendAsync("cafe-1", 0, [.. Enumerable.Range(1, events).Select(v => new StoredEvent(v, "NoteWritten", $$"""{"text":"{{new string('n', textLength)}}"}""", Start))]);
        }

        SqliteConnection.ClearAllPools();
        return path;
    }

    private static void Execute(string path, string sql) => Query<long>(path, sql + "; SELECT 0;");

    [Fact]
    public void Open_NewFile_UsesWalAndTheCurrentSchema()
    {
        var path = folder.NewFile();
        Open(path).Dispose();

        Assert.Equal("wal", Query<string>(path, "PRAGMA journal_mode;"));
        Assert.Equal(SqliteSchema.CurrentVersion, Query<long>(path, "SELECT version FROM schema_version;"));
        Assert.Equal(SqliteSchema.ApplicationId, Query<long>(path, "PRAGMA application_id;"));
    }

    [Fact]
    public async Task Open_FileOfAnOlderSchema_IsUpgradedAndKeepsItsSessions()
    {
        var path = folder.NewFile();
        using (var old = SqliteSessionStore.OpenAtSchema(path, 1))
        {
            await old.CreateAsync(Record("cafe-1", "ws-1"));
            await old.AppendAsync("cafe-1", 0, Events(0, 3));
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(1, Query<long>(path, "SELECT version FROM schema_version;"));
        Assert.Equal(0, Query<long>(path, "SELECT count(*) FROM sqlite_master WHERE name = 'sessions_by_workshop';"));

        var store = Open(path);

        Assert.Equal(2, Query<long>(path, "SELECT version FROM schema_version;"));
        Assert.Equal(1, Query<long>(path, "SELECT count(*) FROM sqlite_master WHERE name = 'sessions_by_workshop';"));
        Assert.Equal(Held(Events(0, 3)), Held((await store.LoadAsync("cafe-1"))!.Events));
        Assert.Single(await store.ListByWorkshopAsync("ws-1"));
    }

    [Fact]
    public void Open_FileOfANewerSchema_IsRefusedAndLeftAsItIs()
    {
        var path = folder.NewFile();
        Open(path).Dispose();
        SqliteConnection.ClearAllPools();
        Execute(path, "UPDATE schema_version SET version = 99");

        var error = Assert.Throws<SessionStoreException>(() => Open(path));

        Assert.Contains("has store schema version 99, written by a newer Facilitation.Methods.Storage.Sqlite", error.Message, StringComparison.Ordinal);
        Assert.Equal(99, Query<long>(path, "SELECT version FROM schema_version;"));
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_IsRefusedWithAClearError_AndLeftAsItIs()
    {
        var path = folder.NewFile();
        var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray();
        File.WriteAllBytes(path, garbage);

        var error = Assert.Throws<SessionStoreException>(() => Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_AnotherApplicationsDatabase_IsRefused()
    {
        var path = folder.NewFile();
        Execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)");

        var error = Assert.Throws<SessionStoreException>(() => Open(path));

        Assert.Contains("is a SQLite database of another application", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_FileWithADamagedPage_IsRefusedWithAClearError()
    {
        var path = await FilledStore(events: 40, textLength: 2000);
        var bytes = File.ReadAllBytes(path);
        var pageSize = Query<long>(path, "PRAGMA page_size;");
        SqliteConnection.ClearAllPools();
        Assert.True(bytes.Length >= 8 * pageSize, $"the store holds {bytes.Length} bytes");
        for (var i = 0; i < pageSize; i++)
        {
            bytes[(3 * pageSize) + i] = (byte)(i * 7 % 256); // page 4: a b-tree page of the event table
        }

        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<SessionStoreException>(() => Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("Restore it from a backup", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_TruncatedFile_IsRefusedWithAClearError()
    {
        var path = await FilledStore(events: 50, textLength: 1000);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<SessionStoreException>(() => Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_TwoStoresOnOneFile_ExactlyOneWinsEachVersion()
    {
        var path = folder.NewFile();
        var first = Open(path);
        var second = Open(path);
        await first.CreateAsync(Record("cafe-1"));
        var stores = new[] { first, second };
        var wins = new int[2];
        for (var v = 0L; v < 20; v++)
        {
            var expected = v;
            var results = await Task.WhenAll(stores.Select((s, i) => Task.Run(async () =>
            {
                try
                {
                    await s.AppendAsync("cafe-1", expected, [new StoredEvent(expected + 1, "Vote", $$"""{"store":{{i}}}""", Start)]);
                    return i;
                }
                catch (SessionConflictException)
                {
                    return -1;
                }
            })));
            var winners = results.Where(r => r >= 0).ToList();
            Assert.Single(winners);
            wins[winners[0]]++;
        }

        var loaded = await second.LoadAsync("cafe-1");
        Assert.Equal(20, loaded!.Version);
        Assert.Equal(20, wins.Sum());
    }

    [Fact]
    public async Task BackupAsync_WhileInUse_WritesACopyThatOpensWithEverySession()
    {
        var store = Open(folder.NewFile());
        await store.CreateAsync(Record("cafe-1", "ws-1"));
        await store.AppendAsync("cafe-1", 0, Events(0, 4));
        var backupPath = folder.NewFile("backup");

        await store.BackupAsync(backupPath);
        await store.AppendAsync("cafe-1", 4, Events(4, 1));
        var backup = Open(backupPath);

        Assert.Equal(Held(Events(0, 4)), Held((await backup.LoadAsync("cafe-1"))!.Events));
        Assert.Single(await backup.ListByWorkshopAsync("ws-1"));
        var again = await Assert.ThrowsAsync<SessionStoreException>(() => store.BackupAsync(backupPath));
        Assert.Contains("already exists", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operations_AfterDispose_Throw()
    {
        var store = Open(folder.NewFile());
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.LoadAsync("cafe-1"));
    }

    [Fact]
    public async Task AddSqliteStore_AfterAddFacilitationMethods_ResolvesOneSqliteStoreOnThatFile()
    {
        var path = folder.NewFile();
        var services = new ServiceCollection();
        services.AddFacilitationMethods().AddSqliteStore(path).AddSqliteStore(folder.NewFile("ignored"));
        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<ISessionStore>();

            Assert.Same(provider.GetRequiredService<SqliteSessionStore>(), store);
            Assert.Equal(path, ((SqliteSessionStore)store).Path);
            await store.CreateAsync(Record("cafe-1"));
        }

        var reopened = Open(path);
        Assert.NotNull(await reopened.LoadAsync("cafe-1"));
    }

    [Fact]
    public void AddSqliteStore_AfterAnotherStore_KeepsTheStoreRegisteredFirst()
    {
        var memory = new InMemorySessionStore();
        var services = new ServiceCollection().AddSingleton<ISessionStore>(memory);
        services.AddFacilitationMethods().AddSqliteStore(folder.NewFile());
        using var provider = services.BuildServiceProvider();

        Assert.Same(memory, provider.GetRequiredService<ISessionStore>());
    }
}
