using Facilitation.Methods.Tests.Sessions;
using System.Collections.Immutable;
using Facilitation.Methods.Brainstorm;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Brainstorm;

/// <summary>
/// Model-based test: long random command sequences (valid and invalid, from the facilitator, four participants and a stranger,
/// with clock advances and reused command ids) run against the session and against a small reference model written here;
/// after every step both must agree on phase, version, rounds, turn, pass, ideas, clusters and ballots, and every refused
/// command must leave the saved document unchanged.
/// </summary>
public class BrainstormModelTests
{
    private const int Minutes = 5;

    private static readonly BrainstormDesign ModelDesign = new()
    {
        Participants = [.. Enumerable.Range(1, 4).Select(i => new Participant($"p{i}"))],
        Rounds =
        [
            new GenerationRound { Anonymous = true, Duration = TimeSpan.FromMinutes(Minutes) },
            new GenerationRound(GenerationTechnique.RoundRobin) { Duration = TimeSpan.FromMinutes(Minutes) },
            new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 2, IdeasPerSheet = 1, Duration = TimeSpan.FromMinutes(Minutes) },
        ],
        Categories = BrainstormCategories.FiveResources,
        MaxDotsPerIdea = 2,
    };

    private enum Kind { Start, Add, Pass, PassSheets, End, BeginClarifying, Clarify, BeginClustering, AddCluster, Place, Merge, Duplicate, BeginVoting, Vote, EndVoting, Decide, Close, Advance, Next }

    [Property(MaxTest = 200)]
    public Property Session_AgreesWithReferenceModel_AfterEveryStep() =>
        Prop.ForAll(Arb.From(OperationList(), Shrink), ops => Run(ops));

    private static Gen<Op> Operation() =>
        from kind in Gen.Choose(0, 31)
        from who in Gen.Choose(0, 7)
        from a in Gen.Choose(0, 9)
        from b in Gen.Choose(0, 9)
        from c in Gen.Choose(0, 3)
        from id in Gen.Choose(0, 7)
        select new Op(kind switch
        {
            < 3 => Kind.Add,
            < 5 => Kind.Advance,
            < 22 => (Kind)(kind - 5),
            22 => Kind.Start,
            23 => Kind.End,
            24 or 25 => Kind.Place,
            26 or 27 => Kind.Vote,
            _ => Kind.Next,
        }, who switch { <= 2 => 0, 7 => 5, _ => who - 2 }, a, b, c, id < 3 ? $"k{id}" : null);

    private static Gen<List<Op>> OperationList() =>
        from length in Gen.Choose(10, 80)
        from ops in Operation().ListOf(length)
        select ops.ToList();

    private static IEnumerable<List<Op>> Shrink(List<Op> ops)
    {
        // Remove halves, then single operations: the counterexample shrinks to the few steps that matter.
        for (var size = ops.Count / 2; size >= 1; size /= 2)
        {
            for (var start = 0; start + size <= ops.Count; start += size)
            {
                yield return [.. ops.Take(start), .. ops.Skip(start + size)];
            }
        }
    }

    private static bool Run(List<Op> ops)
    {
        var clock = new FakeTimeProvider(BrainstormFixtures.Start);
        var session = BrainstormSession.Create(ModelDesign, new SessionOptions { TimeProvider = clock });
        var model = new Model(clock.GetUtcNow());
        var done = new List<Op>();
        try
        {
            foreach (var step in ops)
            {
                var op = step.Kind == Kind.Next ? step with { Kind = model.NextKind(step.A), Who = 0 } : step;
                done.Add(op);
                Step(session, clock, model, op);
            }
        }
        catch (InvalidOperationException e)
        {
            // The whole (shrunk) sequence, resolved, so the counterexample reads as a script.
            throw new InvalidOperationException($"{e.Message}{Environment.NewLine}Steps: {string.Join("; ", done)}", e);
        }

        // Wherever the sequence ends, save → restore gives the same session: the same records, the same document, the same ideas.
        using var restored = BrainstormSession.Restore(session.Save(), new SessionOptions { TimeProvider = clock });
        session.Dispose();
        return restored.Save() == session.Save() && EventRecords.Same(restored.GetEventRecords(), session.GetEventRecords())
            && ReadModels.Json(restored.Ideas) == ReadModels.Json(session.Ideas) && ReadModels.Json(restored.Clusters) == ReadModels.Json(session.Clusters) && restored.Version == session.Version;
    }

    private static void Step(BrainstormSession session, FakeTimeProvider clock, Model model, Op op)
    {
        var before = session.Save();
        var expected = model.Apply(op);
        bool accepted;
        try
        {
            Send(session, clock, op);
            accepted = true;
        }
        catch (CommandRejectedException)
        {
            accepted = false;
        }

        if (accepted != expected)
        {
            throw new InvalidOperationException($"{op}: the session {(accepted ? "accepted" : "refused")} it, the model {(expected ? "accepts" : "refuses")} it.");
        }

        if (!accepted && session.Save() != before)
        {
            throw new InvalidOperationException($"{op}: refused, but the session changed.");
        }

        model.Check(session, op);
    }

    private static void Send(BrainstormSession s, FakeTimeProvider clock, Op op)
    {
        var actor = op.Actor;
        switch (op.Kind)
        {
            case Kind.Start: s.StartRound(actor, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.Add: s.AddIdea(actor, op.C == 3 ? " " : $"idea {op.A}", op.B switch { 0 => null, 9 => "weather", _ => BrainstormCategories.FiveResources[op.B % 5] }, op.C == 2 ? Model.IdeaId(op.A) : (ContributionId?)null, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.Pass: s.PassTurn(actor, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.PassSheets: s.PassSheets(actor, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.End: s.EndRound(actor, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.BeginClarifying: s.BeginClarifying(actor, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.Clarify: s.ClarifyIdea(actor, Model.IdeaId(op.A), "what it means", BrainstormFixtures.Opt(op.Id)); break;
            case Kind.BeginClustering: s.BeginClustering(actor, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.AddCluster: s.AddCluster(actor, op.A % 2 == 0 ? null : "theme", BrainstormFixtures.Opt(op.Id)); break;
            case Kind.Place: s.PlaceIdea(actor, Model.IdeaId(op.A), $"cluster-{op.B % 4}", BrainstormFixtures.Opt(op.Id)); break;
            case Kind.Merge: s.MergeClusters(actor, $"cluster-{op.A % 4}", $"cluster-{op.B % 4}", BrainstormFixtures.Opt(op.Id)); break;
            case Kind.Duplicate: s.MarkDuplicate(actor, Model.IdeaId(op.A), Model.IdeaId(op.B), BrainstormFixtures.Opt(op.Id)); break;
            case Kind.BeginVoting: s.BeginVoting(actor, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.Vote: s.CastDots(actor, Model.Person(op.B % 6), new Dictionary<ContributionId, int> { [Model.IdeaId(op.A)] = op.C }, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.EndVoting: s.EndVoting(actor, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.Decide: s.Decide(actor, [Model.IdeaId(op.A)], null, BrainstormFixtures.Opt(op.Id)); break;
            case Kind.Close: s.Close(actor, BrainstormFixtures.Opt(op.Id)); break;
            default: clock.Advance(TimeSpan.FromMinutes(op.A + 1)); break;
        }
    }

    /// <summary>One step of a sequence. Who: 0 the facilitator, 1–4 participants, 5 a stranger.</summary>
    private sealed record Op(Kind Kind, int Who, int A, int B, int C, string? Id)
    {
        public Actor Actor => Who == 0 ? Actor.Facilitator : Actor.ForParticipant(Model.Person(Who));

        public override string ToString() => Kind == Kind.Advance
            ? $"Advance({A + 1} min)"
            : $"{Kind}(by {(Who == 0 ? "facilitator" : Model.Person(Who))}, a={A}, b={B}, c={C}{(Id is null ? string.Empty : ", id=" + Id)})";
    }

    private sealed record MIdea(string? Author, int Round, int? Team, int? Sheet, int? Pass)
    {
        public int? DuplicateOf { get; set; }
    }

    /// <summary>The reference model: the rules of the brainstorm, written as plainly as possible.</summary>
    private sealed class Model(DateTimeOffset now)
    {
        private readonly List<MIdea> _ideas = [];
        private readonly List<(int Number, List<int> Ideas)> _clusters = [];
        private readonly Dictionary<string, Dictionary<int, int>> _dots = [];
        private readonly Dictionary<string, (int Who, Kind Kind, string Payload)> _remembered = [];
        private BrainstormPhase _phase = BrainstormPhase.Setup;
        private int _rounds;
        private int _turn;
        private int _pass;
        private int _nextCluster = 1;
        private int _budget;
        private long _version;
        private DateTimeOffset _now = now;
        private DateTimeOffset _deadline;

        private GenerationTechnique Technique => ModelDesign.Rounds[_rounds - 1].Technique;

        public static string Person(int who) => who is >= 1 and <= 4 ? $"p{who}" : "p9";

        public static ContributionId IdeaId(int index) => new($"idea-{index + 1}");

        /// <summary>The facilitator's usual next move in the current phase (so random sequences reach every phase).</summary>
        public Kind NextKind(int coin) => _phase switch
        {
            BrainstormPhase.Setup => Kind.Start,
            BrainstormPhase.Generating => Kind.End,
            BrainstormPhase.BetweenRounds => _rounds < 3 && coin < 6 ? Kind.Start : Kind.BeginClarifying,
            BrainstormPhase.Clarifying => Kind.BeginClustering,
            BrainstormPhase.Clustering => coin < 5 ? Kind.AddCluster : Kind.BeginVoting,
            BrainstormPhase.Voting => coin < 5 ? Kind.Vote : Kind.EndVoting,
            _ => coin < 5 ? Kind.Decide : Kind.Close,
        };

        public bool Apply(Op op)
        {
            if (op.Kind == Kind.Advance)
            {
                _now += TimeSpan.FromMinutes(op.A + 1);
                while (_phase == BrainstormPhase.Generating && _deadline <= _now)
                {
                    _version++;
                    if (Technique == GenerationTechnique.Brainwriting && _pass < 2)
                    {
                        _pass++;
                        _deadline += TimeSpan.FromMinutes(Minutes);
                    }
                    else
                    {
                        _phase = BrainstormPhase.BetweenRounds;
                    }
                }

                return true;
            }

            // A command id belongs to the actor who used it first (issue 11): the same actor, command and payload is a retry that
            // returns the first result and records nothing; another actor, command or payload is refused (Conflict). The old rule
            // (any sender, same command kind = retry) handed one person's result to another.
            if (op.Id is not null && _remembered.TryGetValue(op.Id, out var earlier))
            {
                return earlier == (op.Who, op.Kind, Payload(op));
            }

            if (!Accept(op))
            {
                return false;
            }

            _version++;
            if (op.Id is not null)
            {
                _remembered[op.Id] = (op.Who, op.Kind, Payload(op));
            }

            return true;
        }

        public void Check(BrainstormSession s, Op op)
        {
            void Agree(bool same, string what)
            {
                if (!same)
                {
                    throw new InvalidOperationException($"After {op}: the session and the model disagree on {what}.");
                }
            }

            Agree(s.Phase == _phase, $"the phase ({s.Phase} vs {_phase})");
            Agree(s.Version == _version, $"the version ({s.Version} vs {_version})");
            Agree(s.RoundsStarted == _rounds, "the rounds started");
            var current = s.CurrentRound;
            Agree((current is null) == (_phase != BrainstormPhase.Generating), "whether a round runs");
            if (current is not null)
            {
                Agree(current.TurnOf is null || current.TurnOf == new ParticipantId(Person(_turn + 1)), "whose turn it is");
                Agree(current.Pass is null || current.Pass == _pass, "the brainwriting pass");
                Agree(current.Timebox.EndsAt == _deadline, "the round's deadline");
            }

            var ideas = s.Ideas;
            Agree(ideas.Length == _ideas.Count, $"the number of ideas ({ideas.Length} vs {_ideas.Count})");
            for (var i = 0; i < ideas.Length; i++)
            {
                var m = _ideas[i];
                Agree(ideas[i].Id == IdeaId(i) && ideas[i].Author?.Value == m.Author && ideas[i].Round.Number == m.Round, $"idea {i + 1}");
                Agree(ideas[i].Sheet == m.Sheet && ideas[i].Pass == m.Pass && ideas[i].DuplicateOf == (m.DuplicateOf is { } d ? IdeaId(d) : (ContributionId?)null), $"idea {i + 1}'s sheet or duplicate mark");
            }

            Agree(s.Clusters.Select(c => c.Id).SequenceEqual(_clusters.Select(c => $"cluster-{c.Number}")), "the clusters");
            Agree(s.Clusters.Zip(_clusters).All(x => x.First.Ideas.SequenceEqual(x.Second.Ideas.Select(IdeaId))), "the clusters' ideas");
            Agree(s.DotBallots.Count == _dots.Count && _dots.All(d => s.DotBallots.TryGetValue(d.Key, out var b) && b.Count == d.Value.Count && d.Value.All(x => b.GetValueOrDefault(IdeaId(x.Key)) == x.Value)), "the ballots");
        }

        private bool Accept(Op op)
        {
            var facilitator = op.Who == 0;
            var person = Person(op.Who);
            var known = op.Who is >= 1 and <= 4;
            switch (op.Kind)
            {
                case Kind.Start:
                    if (_phase is not (BrainstormPhase.Setup or BrainstormPhase.BetweenRounds) || _rounds == 3 || !facilitator)
                    {
                        return false;
                    }

                    _rounds++;
                    _phase = BrainstormPhase.Generating;
                    (_turn, _pass, _deadline) = (0, 1, _now + TimeSpan.FromMinutes(Minutes)); // passes are 1-based
                    return true;

                case Kind.Add:
                    return _phase == BrainstormPhase.Generating && AddIdea(op, facilitator, person, known);

                case Kind.Pass:
                    if (_phase != BrainstormPhase.Generating || Technique != GenerationTechnique.RoundRobin || !(facilitator || (known && person == Person(_turn + 1))))
                    {
                        return false;
                    }

                    _turn = (_turn + 1) % 4;
                    return true;

                case Kind.PassSheets:
                    if (_phase != BrainstormPhase.Generating || Technique != GenerationTechnique.Brainwriting || _pass >= 2 || !facilitator)
                    {
                        return false;
                    }

                    _pass++;
                    _deadline = _now + TimeSpan.FromMinutes(Minutes);
                    return true;

                case Kind.End:
                    return Move(BrainstormPhase.Generating, BrainstormPhase.BetweenRounds, facilitator);
                case Kind.BeginClarifying:
                    return Move(BrainstormPhase.BetweenRounds, BrainstormPhase.Clarifying, facilitator);
                case Kind.Clarify:
                    return _phase == BrainstormPhase.Clarifying && facilitator && op.A < _ideas.Count;
                case Kind.BeginClustering:
                    return Move(BrainstormPhase.Clarifying, BrainstormPhase.Clustering, facilitator);

                case Kind.AddCluster:
                    if (_phase != BrainstormPhase.Clustering || !facilitator)
                    {
                        return false;
                    }

                    _clusters.Add((_nextCluster++, []));
                    return true;

                case Kind.Place:
                {
                    var k = _clusters.FindIndex(c => c.Number == op.B % 4);
                    if (_phase != BrainstormPhase.Clustering || !facilitator || op.A >= _ideas.Count || k < 0 || _clusters[k].Ideas.Contains(op.A))
                    {
                        return false;
                    }

                    _clusters[k].Ideas.Add(op.A);
                    return true;
                }

                case Kind.Merge:
                {
                    var into = _clusters.FindIndex(c => c.Number == op.A % 4);
                    var from = _clusters.FindIndex(c => c.Number == op.B % 4);
                    if (_phase != BrainstormPhase.Clustering || !facilitator || into < 0 || from < 0 || into == from)
                    {
                        return false;
                    }

                    _clusters[into].Ideas.AddRange(_clusters[from].Ideas.Where(i => !_clusters[into].Ideas.Contains(i)).ToList());
                    _clusters.RemoveAt(from);
                    return true;
                }

                case Kind.Duplicate:
                    if (_phase != BrainstormPhase.Clustering || !facilitator || op.A >= _ideas.Count || op.B >= _ideas.Count || op.A == op.B
                        || _ideas[op.A].DuplicateOf is not null || _ideas[op.B].DuplicateOf is not null || _ideas.Exists(i => i.DuplicateOf == op.A))
                    {
                        return false;
                    }

                    _ideas[op.A].DuplicateOf = op.B;
                    return true;

                case Kind.BeginVoting:
                {
                    var ballot = _ideas.Count(i => i.DuplicateOf is null);
                    if (_phase != BrainstormPhase.Clustering || ballot == 0 || !facilitator)
                    {
                        return false;
                    }

                    _phase = BrainstormPhase.Voting;
                    _budget = Math.Clamp((int)Math.Round(ballot / 3.0, MidpointRounding.AwayFromZero), 1, 10);
                    return true;
                }

                case Kind.Vote:
                {
                    var voter = Person(op.B % 6);
                    var votersKnown = op.B % 6 is >= 1 and <= 4;
                    if (_phase != BrainstormPhase.Voting || (!facilitator && (!known || person != voter)) || !votersKnown
                        || op.A >= _ideas.Count || _ideas[op.A].DuplicateOf is not null || op.C > 2 || op.C > _budget)
                    {
                        return false;
                    }

                    _dots[voter] = op.C == 0 ? [] : new Dictionary<int, int> { [op.A] = op.C };
                    return true;
                }

                case Kind.EndVoting:
                    return Move(BrainstormPhase.Voting, BrainstormPhase.Deciding, facilitator);
                case Kind.Decide:
                    return _phase == BrainstormPhase.Deciding && facilitator && op.A < _ideas.Count && _ideas[op.A].DuplicateOf is null;
                case Kind.Close:
                    return Move(BrainstormPhase.Deciding, BrainstormPhase.Closed, facilitator);
                default:
                    return false;
            }
        }

        private bool Move(BrainstormPhase from, BrainstormPhase to, bool facilitator)
        {
            if (_phase != from || !facilitator)
            {
                return false;
            }

            _phase = to;
            return true;
        }

        /// <summary>What the command carries besides its actor, as the session fingerprints it: the same id with another payload is not a retry.</summary>
        private static string Payload(Op op) => op.Kind switch
        {
            Kind.Add => $"{(op.C == 3 ? " " : $"idea {op.A}")}|{op.B switch { 0 => "-", 9 => "weather", _ => BrainstormCategories.FiveResources[op.B % 5] }}|{(op.C == 2 ? op.A : -1)}",
            Kind.Clarify or Kind.Decide => $"{op.A}",
            Kind.AddCluster => $"{op.A % 2}",
            Kind.Place => $"{op.A}|{op.B % 4}",
            Kind.Merge => $"{op.A % 4}|{op.B % 4}",
            Kind.Duplicate => $"{op.A}|{op.B}",
            Kind.Vote => $"{op.A}|{op.B % 6}|{op.C}",
            _ => string.Empty,
        };

        private bool AddIdea(Op op, bool facilitator, string person, bool known)
        {
            var technique = Technique;
            string? author = null;
            int? team = null, sheet = null, pass = null;
            if (!facilitator && !known)
            {
                return false;
            }

            if (technique == GenerationTechnique.RoundRobin)
            {
                if (!facilitator && person != Person(_turn + 1))
                {
                    return false;
                }

                author = Person(_turn + 1);
            }
            else if (technique == GenerationTechnique.Brainwriting)
            {
                if (facilitator)
                {
                    return false;
                }

                var index = op.Who - 1;
                team = (index / 2) + 1;
                sheet = ((((index % 2) - (_pass - 1)) % 2) + 2) % 2 + 1;
                pass = _pass;
                if (_ideas.Exists(i => i.Round == _rounds && i.Team == team && i.Sheet == sheet && i.Pass == pass))
                {
                    return false;
                }

                author = person;
            }
            else
            {
                author = facilitator ? null : person;
            }

            if (op.C == 3 || op.B == 9)
            {
                return false;
            }

            if (op.C == 2)
            {
                if (op.A >= _ideas.Count)
                {
                    return false;
                }

                var basis = _ideas[op.A];
                if (technique == GenerationTechnique.Brainwriting && (basis.Round != _rounds || basis.Team != team || basis.Sheet != sheet))
                {
                    return false;
                }
            }

            var anonymous = ModelDesign.Rounds[_rounds - 1].Anonymous;
            _ideas.Add(new MIdea(anonymous ? null : author, _rounds, team, sheet, pass));
            if (technique == GenerationTechnique.RoundRobin)
            {
                _turn = (_turn + 1) % 4;
            }

            return true;
        }
    }
}
