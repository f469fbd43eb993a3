using Facilitation.Methods.OpenSpace;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;

namespace Facilitation.Methods.Tests.OpenSpace;

/// <summary>
/// Model-based test: random command sequences (valid and invalid, from the facilitator and four participants, with clock
/// advances) run against the session and against a small reference model; after every step both must agree on phase,
/// version, the wall (issues, cells, sign-ups, merges) and dots, and a refused command must leave the saved document unchanged.
/// </summary>
public class OpenSpaceModelTests
{
    private const int People = 4;
    private const int Slots = 2;
    private const int Spaces = 2;
    private const int Dots = 2;

    public abstract record Step;

    internal sealed record ChangePhase(int Actor, OpenSpaceCommand Command) : Step;

    public sealed record Post(int Actor, int Issue, int Convener, int Slot, int Space) : Step;

    public sealed record Interest(int Actor, int Issue, int Person) : Step;

    public sealed record Merge(int Actor, int First, int Second, int Into) : Step;

    public sealed record Move(int Actor, int Issue, int Slot, int Space) : Step;

    public sealed record Dot(int Actor, int Issue, int Person) : Step;

    public sealed record Talk(int Actor, int Person) : Step;

    public sealed record Tick(int Minutes) : Step;

    private static readonly string[] IssueIds = ["i0", "i1", "i2", "i3", "i4", "m0", "m1"];

    private static Actor ActorOf(int a) => a == 0 ? Actor.Facilitator : P(a);

    private static Gen<Step> StepGen()
    {
        var actor = Gen.Choose(0, People);
        var person = Gen.Choose(1, People);
        var issue = Gen.Choose(0, IssueIds.Length - 1);
        var phases = Gen.Elements(
            OpenSpaceCommand.OpenCircle, OpenSpaceCommand.BeginAgendaSetting, OpenSpaceCommand.OpenMarketplace, OpenSpaceCommand.StartNextSlot,
            OpenSpaceCommand.BeginConvergence, OpenSpaceCommand.BeginClosingCircle, OpenSpaceCommand.Close);
        return Gen.Frequency(
            (5, from a in Gen.Frequency((6, Gen.Constant(0)), (1, actor)) from c in phases select (Step)new ChangePhase(a, c)),
            (4, from a in actor from i in Gen.Choose(0, 4) from c in person from s in Gen.Choose(0, Slots) from sp in Gen.Choose(1, Spaces) select (Step)new Post(a, i, c, s, sp)),
            (3, from a in actor from i in issue from p in person select (Step)new Interest(a, i, p)),
            (2, from a in actor from x in issue from y in issue from m in Gen.Choose(5, 6) select (Step)new Merge(a, x, y, m)),
            (2, from a in actor from i in issue from s in Gen.Choose(1, Slots) from sp in Gen.Choose(1, Spaces) select (Step)new Move(a, i, s, sp)),
            (2, from a in actor from i in issue from p in person select (Step)new Dot(a, i, p)),
            (1, from a in actor from p in person select (Step)new Talk(a, p)),
            (1, from m in Gen.Choose(1, 30) select (Step)new Tick(m)));
    }

    /// <summary>Sequences that usually open the event first (so later phases are reached), then random steps.</summary>
    private static Gen<Step[]> Sequences()
    {
        Step[] opening = [new ChangePhase(0, OpenSpaceCommand.OpenCircle), new ChangePhase(0, OpenSpaceCommand.BeginAgendaSetting), new ChangePhase(0, OpenSpaceCommand.OpenMarketplace)];
        return from k in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(1)), (3, Gen.Constant(2)), (5, Gen.Constant(3)))
               from n in Gen.Choose(10, 60)
               from steps in Gen.ArrayOf(StepGen(), n)
               select opening[..k].Concat(steps).ToArray();
    }

    private static IEnumerable<Step[]> Shrink(Step[] steps)
    {
        if (steps.Length > 1)
        {
            yield return steps[..(steps.Length / 2)];
        }

        for (var i = 0; i < steps.Length; i++)
        {
            yield return [.. steps[..i], .. steps[(i + 1)..]];
        }
    }

    [Property(MaxTest = 150)]
    public Property RandomCommands_AgreeWithReferenceModel() =>
        Prop.ForAll(Arb.From(Sequences(), Shrink), steps =>
        {
            var clock = new FakeTimeProvider(Morning);
            var session = OpenSpaceSession.Create(Design(participants: People, spaces: Spaces, slots: Slots) with { DotsPerParticipant = Dots }, new SessionOptions { TimeProvider = clock });
            var model = new Model();
            foreach (var step in steps)
            {
                if (step is Tick tick)
                {
                    clock.Advance(TimeSpan.FromMinutes(tick.Minutes));
                    model.Tick(tick.Minutes);
                    continue;
                }

                var expected = model.Apply(step);
                var before = session.Save();
                bool accepted;
                try
                {
                    Send(session, step);
                    accepted = true;
                }
                catch (CommandRejectedException)
                {
                    accepted = false;
                    if (session.Save() != before)
                    {
                        return false.Label($"{step}: refused but changed the session");
                    }
                }

                if (accepted != expected)
                {
                    return false.Label($"{step}: session {(accepted ? "accepted" : "refused")}, model {(expected ? "accepted" : "refused")}");
                }

                var difference = model.Compare(session);
                if (difference is not null)
                {
                    return false.Label($"after {step}: {difference}");
                }
            }

            return true.Label("agree");
        });

    private static void Send(OpenSpaceSession session, Step step)
    {
        switch (step)
        {
            case ChangePhase c when c.Command == OpenSpaceCommand.StartNextSlot: session.StartNextSlot(ActorOf(c.Actor)); break;
            case ChangePhase c:
                Action<Actor, CommandOptions?> send = c.Command switch
                {
                    OpenSpaceCommand.OpenCircle => session.OpenCircle,
                    OpenSpaceCommand.BeginAgendaSetting => session.BeginAgendaSetting,
                    OpenSpaceCommand.OpenMarketplace => session.OpenMarketplace,
                    OpenSpaceCommand.BeginConvergence => session.BeginConvergence,
                    OpenSpaceCommand.BeginClosingCircle => session.BeginClosingCircle,
                    _ => session.Close,
                };
                send(ActorOf(c.Actor), null);
                break;
            case Post p: session.PostIssue(ActorOf(p.Actor), IssueIds[p.Issue], $"Issue {p.Issue}", Id(p.Convener), p.Slot == 0 ? null : new AgendaCell(p.Slot, $"s{p.Space}")); break;
            case Interest i: session.ExpressInterest(ActorOf(i.Actor), IssueIds[i.Issue], Id(i.Person)); break;
            case Merge m: session.MergeIssues(ActorOf(m.Actor), IssueIds[m.First], IssueIds[m.Second], IssueIds[m.Into], "Merged", ConvenerFor(session, IssueIds[m.First])); break;
            case Move m: session.MoveIssue(ActorOf(m.Actor), IssueIds[m.Issue], new AgendaCell(m.Slot, $"s{m.Space}")); break;
            case Dot d: session.CastDot(ActorOf(d.Actor), IssueIds[d.Issue], Id(d.Person)); break;
            case Talk t: session.Speak(ActorOf(t.Actor), Id(t.Person)); break;
        }
    }

    private static ParticipantId ConvenerFor(OpenSpaceSession session, string issue) =>
        session.Issues.FirstOrDefault(i => i.Id == issue)?.Convener ?? Id(1);

    /// <summary>The reference model: the rules written as plainly as possible.</summary>
    private sealed class Model
    {
        private readonly Dictionary<string, (int Convener, (int Slot, int Space)? Cell, SortedSet<int> Interested, string? MergedInto, int Dots)> _issues = [];
        private readonly Dictionary<int, int> _dotsUsed = [];
        private readonly HashSet<int> _spoke = [];
        private OpenSpacePhase _phase = OpenSpacePhase.Design;
        private int _started;
        private long _version;
        private int? _slotMinutesLeft;
        private bool _warned;
        private bool _timeUp;

        /// <summary>Time passes: a running slot (90 minutes) gets its warning 5 minutes before its end, then its time-up, one event each.</summary>
        public void Tick(int minutes)
        {
            if (_slotMinutesLeft is not { } left)
            {
                return;
            }

            _slotMinutesLeft = left -= minutes;
            if (!_warned && left <= 5)
            {
                _warned = true;
                _version++;
            }

            if (!_timeUp && left <= 0)
            {
                _timeUp = true;
                _version++;
            }
        }

        public bool Apply(Step step)
        {
            var ok = Accepts(step);
            if (ok)
            {
                _version++;
            }

            return ok;
        }

        public string? Compare(OpenSpaceSession session)
        {
            if (session.Phase != _phase || session.Version != _version)
            {
                return $"phase {session.Phase}/{_phase}, version {session.Version}/{_version}";
            }

            var actual = session.Issues.ToDictionary(i => i.Id.Value);
            if (actual.Count != _issues.Count)
            {
                return $"{actual.Count} issues, model has {_issues.Count}";
            }

            foreach (var (id, m) in _issues)
            {
                var a = actual[id];
                var cell = a.Cell is { } c ? (c.Slot, int.Parse(c.Space.Value[1..], System.Globalization.CultureInfo.InvariantCulture)) : ((int, int)?)null;
                if (a.Convener != Id(m.Convener) || cell != m.Cell || a.MergedInto?.Value != m.MergedInto || a.Dots != m.Dots
                    || !a.Interested.SequenceEqual(m.Interested.Select(Id)))
                {
                    return $"issue {id} differs: {a} vs model {m}";
                }
            }

            return null;
        }

        private static bool Facilitator(int actor) => actor == 0;

        private bool Active(int issue, out string id)
        {
            id = IssueIds[issue];
            return _issues.TryGetValue(id, out var s) && s.MergedInto is null;
        }

        private bool Frozen(string id) => _issues[id].Cell is { } c && c.Slot <= _started;

        private bool FreeFor((int Slot, int Space) cell, int convener, params string[] ignore) =>
            cell.Slot > _started
            && !_issues.Any(kv => kv.Value.MergedInto is null && !ignore.Contains(kv.Key) && kv.Value.Cell is { } c
                && (c == cell || (c.Slot == cell.Slot && kv.Value.Convener == convener)));

        private bool Accepts(Step step)
        {
            switch (step)
            {
                case ChangePhase c:
                    var target = (_phase, c.Command) switch
                    {
                        (OpenSpacePhase.Design, OpenSpaceCommand.OpenCircle) => OpenSpacePhase.OpeningCircle,
                        (OpenSpacePhase.OpeningCircle, OpenSpaceCommand.BeginAgendaSetting) => OpenSpacePhase.AgendaSetting,
                        (OpenSpacePhase.AgendaSetting, OpenSpaceCommand.OpenMarketplace) => OpenSpacePhase.Marketplace,
                        (OpenSpacePhase.Marketplace or OpenSpacePhase.SessionsRunning, OpenSpaceCommand.StartNextSlot) when _started < Slots => OpenSpacePhase.SessionsRunning,
                        (OpenSpacePhase.SessionsRunning, OpenSpaceCommand.BeginConvergence) when _started == Slots => OpenSpacePhase.Convergence,
                        (OpenSpacePhase.SessionsRunning or OpenSpacePhase.Convergence, OpenSpaceCommand.BeginClosingCircle) when _started == Slots || _phase == OpenSpacePhase.Convergence => OpenSpacePhase.ClosingCircle,
                        (OpenSpacePhase.ClosingCircle, OpenSpaceCommand.Close) => OpenSpacePhase.Closed,
                        _ => (OpenSpacePhase?)null,
                    };
                    if (target is null || !Facilitator(c.Actor))
                    {
                        return false;
                    }

                    _started += c.Command == OpenSpaceCommand.StartNextSlot ? 1 : 0;
                    (_slotMinutesLeft, _warned, _timeUp) = c.Command == OpenSpaceCommand.StartNextSlot ? (90, false, false) : ((int?)null, false, false);
                    _phase = target.Value;
                    return true;

                case Post p:
                    var id = IssueIds[p.Issue];
                    (int, int)? cell = p.Slot == 0 ? null : (p.Slot, p.Space);
                    if (_phase is not (OpenSpacePhase.AgendaSetting or OpenSpacePhase.Marketplace) || !(Facilitator(p.Actor) || p.Actor == p.Convener)
                        || _issues.ContainsKey(id) || (cell is { } wanted && !FreeFor(wanted, p.Convener)))
                    {
                        return false;
                    }

                    _issues[id] = (p.Convener, cell, [p.Convener], null, 0);
                    return true;

                case Interest i:
                    if (_phase is not (OpenSpacePhase.Marketplace or OpenSpacePhase.SessionsRunning) || !(Facilitator(i.Actor) || i.Actor == i.Person)
                        || !Active(i.Issue, out var interestId) || _issues[interestId].Interested.Contains(i.Person))
                    {
                        return false;
                    }

                    _issues[interestId].Interested.Add(i.Person);
                    return true;

                case Merge m:
                    if (_phase != OpenSpacePhase.Marketplace || !Active(m.First, out var a) || !Active(m.Second, out var b) || a == b)
                    {
                        return false;
                    }

                    var (ca, cb) = (_issues[a].Convener, _issues[b].Convener);
                    var into = IssueIds[m.Into];
                    var mergedCell = _issues[a].Cell ?? _issues[b].Cell;
                    if (!(Facilitator(m.Actor) || m.Actor == ca || m.Actor == cb) || Frozen(a) || Frozen(b) || _issues.ContainsKey(into)
                        || (mergedCell is { } mc && !FreeFor(mc, ca, a, b)))
                    {
                        return false;
                    }

                    var interested = new SortedSet<int>(_issues[a].Interested.Concat(_issues[b].Interested));
                    _issues[a] = _issues[a] with { Cell = null, MergedInto = into };
                    _issues[b] = _issues[b] with { Cell = null, MergedInto = into };
                    _issues[into] = (ca, mergedCell, interested, null, 0);
                    return true;

                case Move mv:
                    if (_phase is not (OpenSpacePhase.Marketplace or OpenSpacePhase.SessionsRunning) || !Active(mv.Issue, out var moved)
                        || !(Facilitator(mv.Actor) || mv.Actor == _issues[moved].Convener) || Frozen(moved) || !FreeFor((mv.Slot, mv.Space), _issues[moved].Convener, moved))
                    {
                        return false;
                    }

                    _issues[moved] = _issues[moved] with { Cell = (mv.Slot, mv.Space) };
                    return true;

                case Dot d:
                    if (_phase != OpenSpacePhase.Convergence || !(Facilitator(d.Actor) || d.Actor == d.Person) || !Active(d.Issue, out var voted)
                        || _dotsUsed.GetValueOrDefault(d.Person) >= Dots)
                    {
                        return false;
                    }

                    _dotsUsed[d.Person] = _dotsUsed.GetValueOrDefault(d.Person) + 1;
                    _issues[voted] = _issues[voted] with { Dots = _issues[voted].Dots + 1 };
                    return true;

                case Talk t:
                    return _phase == OpenSpacePhase.ClosingCircle && (Facilitator(t.Actor) || t.Actor == t.Person) && _spoke.Add(t.Person);

                default:
                    return false;
            }
        }
    }
}
