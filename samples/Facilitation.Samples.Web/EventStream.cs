using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Facilitation.Methods;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>Turns the café's event subscription into a stream of server-sent events for one HTTP client.</summary>
internal static class EventStream
{
    /// <summary>How many events may wait for a slow client before the oldest are dropped (the client sees a gap in the ids and reloads).</summary>
    private const int Backlog = 1_024;

    public static async IAsyncEnumerable<SseItem<string>> Follow(WorldCafeSession cafe, JsonSerializerOptions json, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<WorldCafeEvent>(new BoundedChannelOptions(Backlog)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });

        // The handler runs on the thread that sent the command, after the session's gate is released: hand the event over
        // and return at once, so a slow client never slows the café.
        using var subscription = cafe.OnEvent(e => channel.Writer.TryWrite(e));
        yield return new SseItem<string>(JsonSerializer.Serialize(new { cafe.Version, Phase = cafe.Phase.ToString() }, json), "hello");
        await foreach (var e in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new SseItem<string>(JsonSerializer.Serialize(e, e.GetType(), json), e.GetType().Name)
            {
                EventId = e.Version.ToString(CultureInfo.InvariantCulture),
            };
        }
    }
}
