using Facilitation.Methods.Storage;

namespace Facilitation.Methods.Storage.CrashWriter;

/// <summary>The log the crash writer appends: every event is a pure function of its version, so a test can check each stored byte.</summary>
public static class CrashLog
{
    /// <summary>How many events the append after <paramref name="version"/> carries (1 to 4), so appends of several events are killed too.</summary>
    public static int BatchSize(long version) => (int)(version % 4) + 1;

    /// <summary>The event with this version: its payload length varies (up to about 3 KB), so a torn page would show.</summary>
    public static StoredEvent Event(long version) => new(
        version,
        version % 3 == 0 ? "NoteWritten" : "ParticipantMoved",
        $$"""{"version":{{version}},"text":"{{new string((char)('a' + (version % 26)), (int)(version * 37 % 3000))}}"}""",
        new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(1)).AddSeconds(version));

    /// <summary>True when a log may end at this version: it is the end of one of the writer's appends, not the middle of one.</summary>
    public static bool IsAppendBoundary(long version)
    {
        long v = 0;
        while (v < version)
        {
            v += BatchSize(v);
        }

        return v == version;
    }
}
