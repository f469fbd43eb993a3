using Facilitation.Methods.Storage;
using Facilitation.Methods.Storage.CrashWriter;
using Facilitation.Methods.Storage.Sqlite;

// Usage: CrashWriter <store-file> <session-id>
// Appends to one session for ever, in batches of CrashLog.BatchSize(version) events, and prints "acked <version>" after every
// append that returned. The crash-recovery tests kill it with SIGKILL and check that every acknowledged version is stored whole.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: CrashWriter <store-file> <session-id>");
    return 2;
}

using var store = SqliteSessionStore.Open(args[0]);
var sessionId = args[1];
await store.CreateAsync(new SessionRecord(sessionId, "crash-test", """{"design":"crash"}"""));
var version = (await store.LoadAsync(sessionId, long.MaxValue))!.Version;
Console.WriteLine($"started {version}");
while (true)
{
    var events = Enumerable.Range(1, CrashLog.BatchSize(version)).Select(i => CrashLog.Event(version + i)).ToArray();
    version = await store.AppendAsync(sessionId, version, events);
    Console.WriteLine($"acked {version}");
}
