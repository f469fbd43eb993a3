using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Facilitation.Methods;

namespace Facilitation.Samples.Web;

/// <summary>
/// A room's events as server-sent events. Each SSE event is one event of the room's log: its id is the event's
/// version (unique: one command, one event), its type the event's type and its data
/// <c>{"version","type","event","tables"}</c> — the event as the log keeps it (anonymous notes and ideas carry no author) and,
/// for a café's events that change the seating, who sits at which table in the round shown now. A brainstorm's ballots reach
/// the facilitator only: a participant's stream says a ballot was cast, not whose or what. The first event, <c>hello</c>,
/// names the room's method and every event type its stream may carry. A client that reconnects
/// with <c>Last-Event-ID</c> (browsers do so by themselves) gets exactly the events after that version: the stream is
/// read from the log, so there are no gaps and no duplicates, and a slow client only falls behind, never loses an event.
/// </summary>
internal static class EventStream
{
    private static readonly HashSet<string> SeatingEvents = new(StringComparer.Ordinal) { "cafePhaseChanged", "participantJoined", "participantLeft", "hostChosen" };

    private static readonly HashSet<string> Ballots = new(StringComparer.Ordinal) { "dotsCast", "rankingCast" };

    public static async IAsyncEnumerable<SseItem<string>> Follow(Room room, Caller caller, long after, JsonSerializerOptions json, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var types = (room.Method switch
        {
            Room.WorldCafeMethod => typeof(Facilitation.Methods.WorldCafe.WorldCafeEvent),
            Room.OpenSpaceMethod => typeof(Facilitation.Methods.OpenSpace.OpenSpaceEvent),
            _ => typeof(Facilitation.Methods.Brainstorm.BrainstormEvent),
        }).GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute), false)
            .Cast<System.Text.Json.Serialization.JsonDerivedTypeAttribute>().Select(a => a.TypeDiscriminator as string).OfType<string>().ToArray();

        var news = NewsChannel();
        using var subscription = room.OnNews(() => news.Writer.TryWrite(true));
        var session = room.Session; // in Orleans mode a replica, replaced as the grain's log grows: read it again each time round
        var sent = Math.Clamp(after, 0, session.Version);
        yield return new SseItem<string>(JsonSerializer.Serialize(new { session.Version, session.Phase, room.Method, Types = types }, json), "hello") { ReconnectionInterval = TimeSpan.FromSeconds(2) };
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var record in room.Session.GetEventRecords(sent))
            {
                var tables = room.Method == Room.WorldCafeMethod && SeatingEvents.Contains(record.Type) ? SeatingNow(room) : null;
                var shown = caller.IsFacilitator || !Ballots.Contains(record.Type) ? record.Json : "null";
                var data = "{\"version\":" + record.Version.ToString(CultureInfo.InvariantCulture)
                    + ",\"type\":" + JsonSerializer.Serialize(record.Type, json)
                    + ",\"event\":" + shown
                    + ",\"tables\":" + (tables is null ? "null" : JsonSerializer.Serialize(tables, json)) + "}";
                yield return new SseItem<string>(data, record.Type) { EventId = record.Version.ToString(CultureInfo.InvariantCulture) };
                sent = record.Version;
            }

            if (!await NewsAsync(news.Reader, cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// A workshop's news as server-sent events: <c>hello</c> with the version and phase now, then an event <c>version</c>
    /// (<c>{"version"}</c>, its id the version) each time the workshop's log has grown past what the stream said last (a client that
    /// reconnects with <c>Last-Event-ID</c> older than the version now gets the version now at once). The workshop
    /// page reads the view again when it sees a version newer than the one it shows, so every screen on a workshop (a projected
    /// inventory, a co-facilitator's laptop, the console on another server) follows the others' steps without polling.
    /// </summary>
    public static async IAsyncEnumerable<SseItem<string>> FollowWorkshop(WorkshopRoom workshop, long? after, JsonSerializerOptions json, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var news = NewsChannel();
        using var subscription = workshop.OnNews(() => news.Writer.TryWrite(true));
        // Without Last-Event-ID the client knows nothing yet: hello says the version now, and the next event is the next version.
        var now = workshop.Workshop.Version;
        var sent = after is { } seen ? Math.Clamp(seen, 0, now) : now;
        yield return new SseItem<string>(JsonSerializer.Serialize(new { Version = now, workshop.Workshop.Phase }, json), "hello") { ReconnectionInterval = TimeSpan.FromSeconds(2) };
        while (!cancellationToken.IsCancellationRequested)
        {
            var version = workshop.Workshop.Version; // in Orleans mode a replica, replaced as the grain's log grows: read it each time round
            if (version > sent)
            {
                var text = version.ToString(CultureInfo.InvariantCulture);
                yield return new SseItem<string>("{\"version\":" + text + "}", "version") { EventId = text };
                sent = version;
            }

            if (!await NewsAsync(news.Reader, cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    /// <summary>Reads the id of the last event a reconnecting client saw: null when it sent none, false when it is not a version number.</summary>
    public static bool TryLastEventId(string last, out long? after)
    {
        after = null;
        if (last.Length == 0)
        {
            return true;
        }

        if (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var seen))
        {
            return false;
        }

        after = seen;
        return true;
    }

    /// <summary>The refusal of a <c>Last-Event-ID</c> that <see cref="TryLastEventId"/> does not read.</summary>
    public static IResult BadLastEventId() =>
        Results.Problem("Last-Event-ID must be the id of an event this stream sent (a version number).", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>
    /// Serves a stream that ends when the client goes or the app stops, so stopping never waits for a connected browser; never cached.
    /// </summary>
    public static IResult Serve(HttpContext http, IHostApplicationLifetime lifetime, Func<CancellationToken, IAsyncEnumerable<SseItem<string>>> stream)
    {
        var ends = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        http.Response.RegisterForDispose(ends);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.ServerSentEvents(stream(ends.Token));
    }

    /// <summary>A stream's wake-up: a handler only says "there is news" (at most one wake-up waits), then the loop reads the log itself.</summary>
    private static Channel<bool> NewsChannel() =>
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Waits for news: false once the stream ends (the client went or the app stops).</summary>
    private static async Task<bool> NewsAsync(ChannelReader<bool> news, CancellationToken cancellationToken)
    {
        try
        {
            await news.ReadAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static object[]? SeatingNow(Room room)
    {
        var cafe = room.Cafe;
        var round = cafe.CurrentRound ?? (cafe.Seatings.IsEmpty ? (Round?)null : new Round(1));
        return round is { } r ? Views.Tables(cafe, r, cafe.Participants.ToDictionary(p => p.Id, p => p.DisplayName)) : null;
    }
}
