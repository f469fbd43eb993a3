using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.WorldCafe;

public class WorldCafeConcurrencyTests
{
    [Fact]
    public async Task AddNote_FromManyThreads_LosesNothing_AndVersionsAreGapFree()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation, CafeFixture.Design(people: 15, capacity: 5));
        var start = cafe.Version;
        var versions = new System.Collections.Concurrent.ConcurrentBag<long>();
        using var _ = cafe.OnEvent(e => versions.Add(e.Version));
        var writers = cafe.CurrentSeating!.Seated.ToList();
        const int PerThread = 300;
        await Task.WhenAll(writers.Select((writer, t) => Task.Run(() =>
        {
            var table = cafe.CurrentSeating!.GroupOf(writer)!.Value;
            for (var i = 0; i < PerThread; i++)
            {
                // Every third command is retried with the same id, as a client would after a timeout.
                var options = CommandOptions.WithId($"{writer}-{i}");
                cafe.AddNote(Actor.ForParticipant(writer), table, $"note {t}-{i}", options: options);
                if (i % 3 == 0)
                {
                    cafe.AddNote(Actor.ForParticipant(writer), table, $"note {t}-{i}", options: options);
                }
            }
        })));
        var expected = writers.Count * PerThread;
        Assert.Equal(expected, cafe.Contributions.Length);
        Assert.Equal(expected, cafe.Contributions.Select(c => c.Text).Distinct().Count());
        Assert.Equal(start + expected, cafe.Version);
        Assert.Equal(Enumerable.Range((int)start + 1, expected).Select(v => (long)v), versions.Order());
    }

    [Fact]
    public async Task Commands_RacingARoundClose_EitherLandBeforeItOrAreRefused()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation);
        var accepted = 0;
        var refused = 0;
        var writers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                try
                {
                    cafe.AddNote(Actor.Facilitator, "T1", $"{t}-{i}");
                    Interlocked.Increment(ref accepted);
                }
                catch (CommandRejectedException e) when (e.Kind == RejectionKind.WrongPhase)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        })).ToList();
        cafe.CloseRound(Actor.Facilitator);
        await Task.WhenAll(writers);
        Assert.Equal(800, accepted + refused);
        Assert.Equal(accepted, cafe.Contributions.Length);
        Assert.Equal(accepted, cafe.NotesFor("T1", Round.First).Length);
        Assert.Equal(WorldCafePhase.RoundClose, cafe.Phase);
    }
}
