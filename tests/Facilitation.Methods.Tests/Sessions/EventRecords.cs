namespace Facilitation.Methods.Tests.Sessions;

/// <summary>Event records are classes without value equality: two logs are the same when their records hold the same values.</summary>
internal static class EventRecords
{
    public static IEnumerable<(long Version, string Type, string Json)> Held(IEnumerable<SessionEventRecord> records) => records.Select(r => (r.Version, r.Type, r.Json));

    public static bool Same(IEnumerable<SessionEventRecord> first, IEnumerable<SessionEventRecord> second) => Held(first).SequenceEqual(Held(second));
}
