using Facilitation.Methods.WorldCafe;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using P = Facilitation.Methods.WorldCafe.WorldCafePhase;

namespace Facilitation.Methods.Tests.WorldCafe;

/// <summary>
/// Model-based tests: random command sequences (valid and invalid, from the facilitator and several participants, with clock
/// advances, retries and save/restore) run against the session and a small reference model; after every step both agree.
/// </summary>
public class WorldCafeModelTests
{
    private const int Rounds = 3;
    private static readonly TimeSpan RoundLength = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan Warning = TimeSpan.FromMinutes(2);

    public enum Kind { OpenCheckIn, Welcome, StartRound, BeginBriefing, StartConversation, CloseRound, StartPlenary, BeginHarvest, Close, Join, Leave, Note, Retry, Extend, Advance, Briefing, HarvestItem, SaveRestore, ImpostorAdvance, Step }

    public sealed record Op(Kind Kind, int A, int B, bool Flag)
    {
        public override string ToString() => Kind switch
        {
            Kind.Join or Kind.Leave => $"{Kind}(n{A:00}{(Flag ? ", self" : string.Empty)})",
            Kind.Note => $"Note(T{B + 1}, by {(A == 0 ? "facilitator" : $"n{A:00}")}{(Flag ? ", anonymous" : string.Empty)})",
            Kind.Extend or Kind.Advance => $"{Kind}({A} min)",
            _ => Kind.ToString(),
        };
    }

    private static readonly Gen<Op> OneOp = Gen.Frequency(
    [
        (6, Gen.Elements(Kind.OpenCheckIn, Kind.Welcome, Kind.StartRound, Kind.BeginBriefing, Kind.StartConversation, Kind.CloseRound, Kind.StartPlenary, Kind.BeginHarvest, Kind.Close).Select(k => new Op(k, 0, 0, false))),
        (2, Gen.Choose(4, 16).Zip(Gen.Elements(true, false)).Select(t => new Op(Kind.Join, t.Item1, 0, t.Item2))),
        (2, Gen.Choose(4, 16).Zip(Gen.Elements(true, false)).Select(t => new Op(Kind.Leave, t.Item1, 0, t.Item2))),
        (8, Gen.Choose(0, 16).SelectMany(who => Gen.Choose(0, 2).SelectMany(table => Gen.Elements(true, false, false).Select(anonymous => new Op(Kind.Note, who, table, anonymous))))),
        (1, Gen.Constant(new Op(Kind.Retry, 0, 0, false))),
        (1, Gen.Choose(-15, 10).Where(m => m != 0).Select(m => new Op(Kind.Extend, m, 0, false))),
        (3, Gen.Choose(1, 25).Select(m => new Op(Kind.Advance, m, 0, false))),
        (1, Gen.Choose(0, 2).Select(t => new Op(Kind.Briefing, 0, t, false))),
        (1, Gen.Constant(new Op(Kind.HarvestItem, 0, 0, false))),
        (1, Gen.Constant(new Op(Kind.SaveRestore, 0, 0, false))),
        (1, Gen.Constant(new Op(Kind.ImpostorAdvance, 0, 0, false))),
        (7, Gen.Elements(true, false).Select(plenary => new Op(Kind.Step, 0, 0, plenary))),
    ]);

    private static readonly Gen<Op[]> SequenceGen = Gen.Sized(size => Gen.ArrayOf(OneOp, Math.Min(size * 2, 80) + 10));
    private static Arbitrary<Op[]> Sequences { get; } = Arb.From(SequenceGen, Shrink);

    [Property(MaxTest = 60)]
    public Property RandomCommandSequences_AgreeWithTheReferenceModel_AndKeepEveryInvariant() =>
        Prop.ForAll(Sequences, ops =>
        {
            Run(ops);
            return true;
        });

    private static IEnumerable<Op[]> Shrink(Op[] ops)
    {
        // Drop halves, then single commands: a failing sequence shrinks to the few commands that matter.
        if (ops.Length > 1)
        {
            yield return ops[..(ops.Length / 2)];
            yield return ops[(ops.Length / 2)..];
        }

        for (var i = 0; i < ops.Length; i++)
        {
            yield return [.. ops[..i], .. ops[(i + 1)..]];
        }
    }

    private static Participant Person(int i) => i <= 12 ? CafeFixture.Person(i) : new Participant($"n{i:00}", $"新人{i:00}");

    private static void Run(Op[] ops)
    {
        var design = CafeFixture.Design(people: 12, tables: 3, rounds: Rounds, capacity: 5) with { AutoAdvance = true };
        var clock = new FakeTimeProvider(CafeFixture.Start);
        var cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = clock }, CafeFixture.FastPlanner);
        var model = new Model(design);
        var held = new Dictionary<int, Seating>();
        string? lastNoteId = null;
        try
        {
            foreach (var planned in ops)
            {
                var op = planned.Kind == Kind.Step ? planned with { Kind = model.Forward(planned.Flag) } : planned;
                var before = cafe.Save();
                var expected = model.Predict(op, cafe);
                var text = $"note {model.Version} {op}";
                var retried = false;
                try
                {
                    switch (op.Kind)
                    {
                        case Kind.SaveRestore:
                            cafe.Dispose();
                            cafe = WorldCafeSession.Restore(before, new SessionOptions { TimeProvider = clock }, CafeFixture.FastPlanner);
                            Assert.Equal(before, cafe.Save());
                            break;
                        case Kind.Advance:
                            clock.Advance(TimeSpan.FromMinutes(op.A));
                            break;
                        case Kind.Retry when lastNoteId is not null:
                            cafe.AddNote(Actor.Facilitator, "T1", "retry " + lastNoteId, options: CommandOptions.WithId(lastNoteId));
                            retried = true;
                            break;
                        case Kind.Retry:
                            break;
                        case Kind.Note:
                            var id = "note-" + model.Notes.Count + "-" + model.Version;
                            var actor = op.A == 0 ? Actor.Facilitator : Actor.ForParticipant(Person(op.A).Id);
                            cafe.AddNote(actor, $"T{op.B + 1}", text, op.Flag, CommandOptions.WithId(id));
                            lastNoteId = id;
                            break;
                        default:
                            Send(cafe, op);
                            break;
                    }

                    Assert.True(expected.Accepted || op.Kind == Kind.Retry, $"{op} was accepted, but the model expected a refusal.");
                    if (retried)
                    {
                        expected = new(true);
                    }
                }
                catch (CommandRejectedException e)
                {
                    Assert.False(expected.Accepted, $"{op} was refused ({e.Message}), but the model expected it to be accepted.");
                    Assert.Equal(before, cafe.Save());
                }

                model.Apply(expected, op, clock.GetUtcNow(), text);
                Assert.Equal(model.Phase, cafe.Phase);
                Assert.Equal(model.Version, cafe.Version);
                Assert.Equal(model.Notes, cafe.Contributions.Where(c => c.Kind == ContributionKind.Note).Select(c => c.Text));
                Assert.Empty(CafeFixture.Problems(cafe));
                var harvested = cafe.ToHarvest().AllContributions.Select(c => c.Id).ToHashSet();
                Assert.All(cafe.Contributions, c => Assert.Contains(c.Id, harvested));
                var round = cafe.CurrentRound?.Number ?? 0;
                if (cafe.Phase is P.Conversation or P.RoundClose or P.Plenary or P.Harvest or P.Closed)
                {
                    held.TryAdd(round, cafe.Seatings[round - 1]);
                }

                foreach (var (r, seating) in held)
                {
                    Assert.Equal(seating, cafe.Seatings[r - 1]);
                }
            }
        }
        finally
        {
            cafe.Dispose();
        }
    }

    private static void Send(WorldCafeSession cafe, Op op)
    {
        var f = Actor.Facilitator;
        switch (op.Kind)
        {
            case Kind.Join: cafe.Join(f, Person(op.A)); break;
            case Kind.Leave: cafe.Leave(op.Flag ? Actor.ForParticipant(Person(op.A).Id) : f, Person(op.A).Id); break;
            case Kind.Extend: cafe.ChangeRoundTime(f, TimeSpan.FromMinutes(op.A)); break;
            case Kind.Briefing: cafe.AddBriefing(f, $"T{op.B + 1}", "briefing"); break;
            case Kind.HarvestItem: cafe.AddHarvestItem(f, ContributionKind.Theme, "theme"); break;
            case Kind.ImpostorAdvance: cafe.StartRound(Actor.ForParticipant("p05")); break;
            default: CafeFixture.Send(cafe, Enum.Parse<WorldCafeCommand>(op.Kind.ToString()), f); break;
        }
    }

    private sealed record Outcome(bool Accepted, int Versions = 0, P? Phase = null);

    /// <summary>The reference model: a phase table, a version counter, the notes, who is here, and the round timer.</summary>
    private sealed class Model(WorldCafeDesign design)
    {
        private readonly HashSet<ParticipantId> _present = [.. design.Participants.Select(p => p.Id)];
        private DateTimeOffset _start;
        private DateTimeOffset _end;
        private bool _warned;
        private bool _up;

        public P Phase { get; private set; } = P.Design;

        public int Round { get; private set; }

        public long Version { get; private set; }

        public List<string> Notes { get; } = [];

        /// <summary>The facilitator's next move forward from the model's phase: keeps random sequences reaching late rounds and the harvest.</summary>
        public Kind Forward(bool plenary) => Phase switch
        {
            P.Design => Kind.OpenCheckIn,
            P.CheckIn => Kind.Welcome,
            P.Welcome or P.Plenary => Kind.StartRound,
            P.Seating => Round > 1 ? Kind.BeginBriefing : Kind.StartConversation,
            P.HostBriefing => Kind.StartConversation,
            P.Conversation => Kind.CloseRound,
            P.RoundClose => Round == Rounds ? Kind.BeginHarvest : plenary ? Kind.StartPlenary : Kind.StartRound,
            _ => Kind.Close,
        };

        public Outcome Predict(Op op, WorldCafeSession cafe)
        {
            var inCafe = Phase is >= P.CheckIn and <= P.Plenary;
            var table = new GroupId($"T{op.B + 1}");
            return op.Kind switch
            {
                Kind.OpenCheckIn => Move(Phase == P.Design, P.CheckIn),
                Kind.Welcome => Move(Phase == P.CheckIn && _present.Count > 0, P.Welcome),
                Kind.StartRound => Move(Phase == P.Welcome || (Phase is P.RoundClose or P.Plenary && Round < Rounds), P.Seating),
                Kind.BeginBriefing => Move(Phase == P.Seating && Round > 1, P.HostBriefing),
                Kind.StartConversation => Move(Phase is P.Seating or P.HostBriefing, P.Conversation),
                Kind.CloseRound => Move(Phase == P.Conversation, P.RoundClose),
                Kind.StartPlenary => Move(Phase == P.RoundClose && Round < Rounds, P.Plenary),
                Kind.BeginHarvest => Move(Phase == P.RoundClose && Round == Rounds, P.Harvest),
                Kind.Close => Move(Phase == P.Harvest, P.Closed),
                Kind.Join => new(inCafe && !_present.Contains(Person(op.A).Id) && _present.Count < 15, 1),
                Kind.Leave => new(inCafe && _present.Contains(Person(op.A).Id), 1),
                Kind.Note => new(Phase == P.Conversation && (op.A == 0 || (_present.Contains(Person(op.A).Id) && cafe.CurrentSeating!.GroupOf(Person(op.A).Id) == table)), 1),
                Kind.Extend => new(Phase == P.Conversation, 1),
                Kind.Briefing => new(Phase == P.HostBriefing, 1),
                Kind.HarvestItem => new(Phase == P.Harvest, 1),
                Kind.SaveRestore or Kind.Advance => new(true, 0),
                _ => new(false),
            };
        }

        public void Apply(Outcome outcome, Op op, DateTimeOffset now, string? note)
        {
            if (!outcome.Accepted)
            {
                return;
            }

            Version += outcome.Versions;
            Phase = outcome.Phase ?? Phase;
            switch (op.Kind)
            {
                case Kind.StartRound:
                    Round++;
                    break;
                case Kind.StartConversation:
                    _start = now;
                    _end = now + RoundLength;
                    _warned = _up = false;
                    break;
                case Kind.Join:
                    _present.Add(Person(op.A).Id);
                    break;
                case Kind.Leave:
                    _present.Remove(Person(op.A).Id);
                    break;
                case Kind.Note:
                    Notes.Add(note!);
                    break;
                case Kind.Extend:
                    _end = _end + TimeSpan.FromMinutes(op.A) < _start ? _start : _end + TimeSpan.FromMinutes(op.A);
                    var remaining = _end - now;
                    _warned = (_warned && remaining <= Warning) || remaining <= TimeSpan.Zero;
                    _up &= remaining <= TimeSpan.Zero;
                    if (!_warned && remaining <= Warning)
                    {
                        // The round timer gives the warning at once, as its own event.
                        _warned = true;
                        Version++;
                    }

                    if (!_up && remaining <= TimeSpan.Zero)
                    {
                        // The round timer closes the round at once (auto-advance), as its own event; a round shortened past its end gets no warning.
                        Version++;
                        TimeUpAt(now);
                    }

                    break;
                case Kind.Advance when Phase == P.Conversation:
                    if (!_warned && _end - Warning <= now)
                    {
                        _warned = true;
                        Version++;
                    }

                    if (!_up && _end <= now)
                    {
                        Version++;
                        TimeUpAt(now);
                    }

                    break;
            }
        }

        private void TimeUpAt(DateTimeOffset now)
        {
            if (!_up && _end <= now)
            {
                _up = _warned = true;
                Phase = P.RoundClose; // auto-advance
            }
        }

        private static Outcome Move(bool allowed, P to) => allowed ? new(true, 1, to) : new(false);
    }
}
