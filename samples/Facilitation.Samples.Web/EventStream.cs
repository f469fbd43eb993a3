using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Facilitation.Methods;

namespace Facilitation.Samples.Web;

/// <summary>
/// A café's events as server-sent events. Each SSE event is one event of the café's log: its id is the event's
/// version (unique: one command, one event), its type the event's type and its data
/// <c>{"version","type","event","tables"}</c> — the event as the log keeps it (anonymous notes carry no author) and,
/// for the events that change the seating, who sits at which table in the round shown now. A client that reconnects
/// with <c>Last-Event-ID</c> (browsers do so by themselves) gets exactly the events after that version: the stream is
/// read from the log, so there are no gaps and no duplicates, and a slow client only falls behind, never loses an event.
/// </summary>
internal static class EventStream
{
    private static readonly HashSet<string> SeatingEvents = new(StringComparer.Ordinal) { "cafePhaseChanged", "participantJoined", "participantLeft", "hostChosen" };

    public static async IAsyncEnumerable<SseItem<string>> Follow(Room room, long after, JsonSerializerOptions json, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cafe = room.Cafe;

        // The handler only says "there is news" (at most one wake-up waits), then the loop reads the log itself.
        var news = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
        using var subscription = cafe.OnEvent(_ => news.Writer.TryWrite(true));
        var sent = Math.Clamp(after, 0, cafe.Version);
        yield return new SseItem<string>(JsonSerializer.Serialize(new { cafe.Version, Phase = cafe.Phase.ToString() }, json), "hello") { ReconnectionInterval = TimeSpan.FromSeconds(2) };
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var record in cafe.GetEventRecords(sent))
            {
                var tables = SeatingEvents.Contains(record.Type) ? SeatingNow(room) : null;
                var data = "{\"version\":" + record.Version.ToString(CultureInfo.InvariantCulture)
                    + ",\"type\":" + JsonSerializer.Serialize(record.Type, json)
                    + ",\"event\":" + record.Json
                    + ",\"tables\":" + (tables is null ? "null" : JsonSerializer.Serialize(tables, json)) + "}";
                yield return new SseItem<string>(data, record.Type) { EventId = record.Version.ToString(CultureInfo.InvariantCulture) };
                sent = record.Version;
            }

            try
            {
                await news.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }

    private static object[]? SeatingNow(Room room)
    {
        var cafe = room.Cafe;
        var round = cafe.CurrentRound ?? (cafe.Seatings.IsEmpty ? (Round?)null : new Round(1));
        return round is { } r ? Views.Tables(cafe, r, cafe.Participants.ToDictionary(p => p.Id, p => p.DisplayName)) : null;
    }
}
