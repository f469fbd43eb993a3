using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Benchmarks.Reliability;

/// <summary>What one stress run sent, what the sessions accepted, and every broken guarantee it found.</summary>
internal sealed record StressReport(
    string Name,
    int Sessions,
    int Threads,
    int CommandsPerThread,
    long Sent,
    long Accepted,
    long Refused,
    long Retried,
    long Versions,
    long AtCapacity,
    TimeSpan Elapsed,
    IReadOnlyList<string> Violations)
{
    public string Row() =>
        $"| {Name} | {Sessions} | {Threads} | {CommandsPerThread:N0} | {Sent:N0} | {Accepted:N0} | {Refused:N0} | {Retried:N0} | {Versions:N0} | {AtCapacity:N0} | {Elapsed.TotalSeconds:F1} s | {Violations.Count} |";
}

/// <summary>
/// Many threads sending seeded random commands (valid, retried, impersonating, at the wrong table, over budget) to one or many
/// sessions; afterwards every accepted contribution and vote must be present exactly once, every refused one absent, and each
/// session's event versions gap-free and delivered in order. Shared by the CI stress tests (small counts) and the soak (large).
/// </summary>
internal static class StressDriver
{
    /// <summary>A clock that never moves, so no round ends during a run and the run is the same on every machine.</summary>
    private sealed class FrozenClock : TimeProvider
    {
        private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly Actor F = Actor.Facilitator;

    /// <summary>The documented most contributions one café keeps, and ideas one brainstorm holds.</summary>
    private const int CafeLimit = WorldCafeConstants.MaxContributions;
    private const int IdeaLimit = BrainstormDefaults.MaxIdeas;

    /// <summary>One café, every thread a seated participant writing at their table.</summary>
    public static StressReport OneCafe(int threads, int commandsPerThread, int seed)
    {
        var run = new Run("one café", 1, threads, commandsPerThread);
        var cafe = new CafeUnderStress(run, threads, 0);
        run.Go(seed, (_, t, i, random) => cafe.Send(t, i, random));
        cafe.Check();
        cafe.Dispose();
        return run.Report();
    }

    /// <summary>
    /// Several sessions of every kind (cafés taking notes, brainstorms taking ideas, brainstorms taking dot ballots, open spaces
    /// taking sign-ups and open spaces taking dots); each command goes to a random session.
    /// </summary>
    public static StressReport ManySessions(int sessionsPerKind, int threads, int commandsPerThread, int seed)
    {
        var run = new Run("many sessions", sessionsPerKind * 5, threads, commandsPerThread);
        var targets = new List<ITarget>();
        for (var k = 0; k < sessionsPerKind; k++)
        {
            targets.Add(new CafeUnderStress(run, threads, k));
            targets.Add(new IdeasUnderStress(run, threads, k));
            targets.Add(new DotsUnderStress(run, threads, k));
            targets.Add(new InterestUnderStress(run, threads, k));
            targets.Add(new OpenSpaceDotsUnderStress(run, threads, k));
        }

        run.Go(seed, (_, t, i, random) => targets[random.Next(targets.Count)].Send(t, i, random));
        foreach (var target in targets)
        {
            target.Check();
            target.Dispose();
        }

        return run.Report();
    }

    private interface ITarget : IDisposable
    {
        void Send(int thread, int index, Random random);

        void Check();
    }

    /// <summary>Counters and violations of one run.</summary>
    private sealed class Run(string name, int sessions, int threads, int commandsPerThread)
    {
        private readonly ConcurrentQueue<string> _violations = new();
        private long _sent;
        private long _accepted;
        private long _refused;
        private long _retried;
        private long _events;
        private long _full;
        private TimeSpan _elapsed;

        public int Threads => threads;

        public void Go(int seed, Action<Run, int, int, Random> send)
        {
            var watch = Stopwatch.StartNew();
            using var ready = new Barrier(threads);
            var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                var random = new Random(HashCode.Combine(seed, t));
                ready.SignalAndWait();
                for (var i = 0; i < commandsPerThread; i++)
                {
                    Interlocked.Increment(ref _sent);
                    try
                    {
                        send(this, t, i, random);
                    }
                    catch (Exception e)
                    {
                        // A refusal of a command that must be accepted, or any other exception, breaks a guarantee.
                        Violation($"thread {t} command {i}: unexpected {e.GetType().Name}: {e.Message}");
                    }
                }
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
            _elapsed = watch.Elapsed;
        }

        public void Accepted() => Interlocked.Increment(ref _accepted);

        public void Retried() => Interlocked.Increment(ref _retried);

        /// <summary>A valid command refused only because the session holds the documented most contributions.</summary>
        public void AtCapacity()
        {
            Interlocked.Increment(ref _refused);
            Interlocked.Increment(ref _full);
        }

        public void Events(long count) => Interlocked.Add(ref _events, count);

        /// <summary>Sends a command that must be refused with the given kind.</summary>
        public void MustRefuse(string what, RejectionKind kind, Action command)
        {
            try
            {
                command();
                Violation($"{what}: accepted, but must be refused ({kind}).");
            }
            catch (CommandRejectedException e)
            {
                Interlocked.Increment(ref _refused);
                if (e.Kind != kind)
                {
                    Violation($"{what}: refused as {e.Kind}, expected {kind}: {e.Message}");
                }
            }
        }

        /// <summary>Sends a command that may be accepted or refused (with the given kind); returns whether it was accepted.</summary>
        public bool May(string what, RejectionKind kind, Action command)
        {
            try
            {
                command();
                Accepted();
                return true;
            }
            catch (CommandRejectedException e)
            {
                Interlocked.Increment(ref _refused);
                if (e.Kind != kind)
                {
                    Violation($"{what}: refused as {e.Kind}, expected {kind}: {e.Message}");
                }

                return false;
            }
        }

        public void Violation(string text) => _violations.Enqueue(text);

        public void Expect(bool condition, string text)
        {
            if (!condition)
            {
                Violation(text);
            }
        }

        public StressReport Report() =>
            new(name, sessions, threads, commandsPerThread, _sent, _accepted, _refused, _retried, _events, _full, _elapsed, [.. _violations.Take(50)]);
    }

    /// <summary>
    /// Whether a refusal is because the session is full, not any other: a <see cref="RejectionKind.Conflict"/> when the session holds
    /// (nearly, with one command in flight per thread) the most contributions its method documents, or the refusal that names
    /// <see cref="Limits.MaxDocumentLength"/> (every language's text names the constant), which the café reaches first with the soak's notes.
    /// </summary>
    private static bool Full(CommandRejectedException e, int held, int most, int threads) =>
        e.Kind == RejectionKind.Conflict && (held >= most - threads || e.Reason.Contains(nameof(Limits.MaxDocumentLength), StringComparison.Ordinal));

    /// <summary>Collects each event's version as it is delivered and checks the versions are gap-free and in order.</summary>
    private sealed class VersionWatch
    {
        private readonly ConcurrentQueue<long> _delivered = new();
        private readonly long _start;

        public VersionWatch(long start) => _start = start;

        public void Add(long version) => _delivered.Enqueue(version);

        public void Check(Run run, string session, long version)
        {
            var delivered = _delivered.ToArray();
            for (var k = 1; k < delivered.Length; k++)
            {
                if (delivered[k] < delivered[k - 1])
                {
                    run.Violation($"{session}: event {delivered[k]} delivered after {delivered[k - 1]}.");
                    break;
                }
            }

            var distinct = delivered.Distinct().Order().ToArray();
            run.Events(distinct.Length);
            var expected = Enumerable.Range(0, (int)(version - _start)).Select(k => _start + 1 + k).ToArray();
            run.Expect(distinct.SequenceEqual(expected), $"{session}: versions {_start + 1}..{version} expected gap-free, {distinct.Length} distinct delivered.");
        }
    }

    private static Participant Person(int i) => new($"p{i:00}", $"人{i:00}", [new("village", $"v{i % 4}")]);

    private static string Text(string kind, int session, int thread, int index) => $"{kind} s{session} t{thread} #{index}";

    /// <summary>A café in its first conversation; thread t writes as seated participant t (modulo the people seated).</summary>
    private sealed class CafeUnderStress : ITarget
    {
        private readonly Run _run;
        private readonly int _k;
        private readonly WorldCafeSession _cafe;
        private readonly ParticipantId[] _writers;
        private readonly VersionWatch _versions;
        private readonly IDisposable _subscription;
        private readonly ConcurrentDictionary<string, (ParticipantId Author, bool Anonymous)> _accepted = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, byte> _refused = new(StringComparer.Ordinal);
        private readonly (string Id, string Text, bool Anonymous)?[] _lastId;
        private readonly long _start;
        private long _commands;

        public CafeUnderStress(Run run, int threads, int k)
        {
            _run = run;
            _k = k;
            var people = Math.Max(threads, 4) + 4;
            var tables = (people + 4) / 5 + 1;
            var design = new WorldCafeDesign
            {
                Title = "Stress café",
                Participants = [.. Enumerable.Range(1, people).Select(Person)],
                Tables = [.. Enumerable.Range(1, tables).Select(t => new Group($"T{t}", 5, Person(t).Id))],
                Questions = [.. Enumerable.Range(1, tables).Select(q => new Prompt($"Question {q}?"))],
                Rounds = 2,
                PlenaryBetweenRounds = true,
                PlannerTimeLimit = TimeSpan.FromMilliseconds(100),
            };
            _cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = new FrozenClock() }, new RotationPlanner { StepLimit = 300, Workers = 1 });
            _cafe.OpenCheckIn(F);
            _cafe.Welcome(F);
            _cafe.StartRound(F);
            _cafe.StartConversation(F);
            _writers = [.. _cafe.CurrentSeating!.Seated];
            _lastId = new (string, string, bool)?[threads];
            _start = _cafe.Version;
            _versions = new VersionWatch(_start);
            _subscription = _cafe.OnEvent(e => _versions.Add(e.Version));
        }

        public void Send(int thread, int index, Random random)
        {
            var writer = _writers[thread % _writers.Length];
            var seating = _cafe.CurrentSeating!;
            var table = seating.GroupOf(writer)!.Value;
            var me = Actor.ForParticipant(writer);
            var text = Text("note", _k, thread, index);
            var roll = random.Next(100);
            if (roll < 70)
            {
                var anonymous = random.Next(5) == 0;
                var id = $"n{thread}-{index}";
                Contribution note;
                try
                {
                    note = _cafe.AddNote(me, table, text, anonymous, CommandOptions.WithId(id));
                }
                catch (CommandRejectedException e) when (Full(e, _accepted.Count, CafeLimit, _run.Threads))
                {
                    _run.AtCapacity();
                    return;
                }

                _run.Accepted();
                Interlocked.Increment(ref _commands);
                _accepted[text] = (writer, anonymous);
                _run.Expect(note.Text == text, $"café {_k}: AddNote returned '{note.Text}' for '{text}'.");
                _lastId[thread] = (id, text, anonymous);
            }
            else if (roll < 80 && _lastId[thread] is { } retry)
            {
                // A client retrying after a timeout: same actor, same id, same note; applied once, the first note comes back, also
                // once the café is full (a retry adds nothing, so the size cap never refuses it).
                var note = _cafe.AddNote(me, table, retry.Text, retry.Anonymous, CommandOptions.WithId(retry.Id));
                _run.Retried();
                _run.Expect(note.Text == retry.Text, $"café {_k}: the retry of {retry.Id} returned '{note.Text}'.");
                _run.Expect(_cafe.Contributions.Count(c => c.Text == retry.Text) == 1, $"café {_k}: the retry of {retry.Id} was applied twice.");
            }
            else if (roll < 90)
            {
                var elsewhere = seating.Groups.First(g => g != table);
                _refused[text] = 0;
                _run.MustRefuse($"café {_k}: note at another table", RejectionKind.NotPermitted, () => _cafe.AddNote(me, elsewhere, text));
            }
            else if (roll < 95)
            {
                var hostile = random.Next(3) switch { 0 => "   ", 1 => new string('x', Limits.MaxTextLength + 1), _ => "bell\u0007" };
                _run.MustRefuse($"café {_k}: hostile text", RejectionKind.InvalidInput, () => _cafe.AddNote(me, table, hostile));
            }
            else
            {
                _run.MustRefuse($"café {_k}: participant closing the round", RejectionKind.NotPermitted, () => _cafe.CloseRound(me));
            }
        }

        public void Check()
        {
            var name = $"café {_k}";
            var notes = _cafe.Contributions;
            _run.Expect(notes.Length == _accepted.Count, $"{name}: {notes.Length} notes stored, {_accepted.Count} accepted.");
            foreach (var group in notes.GroupBy(n => n.Text, StringComparer.Ordinal))
            {
                _run.Expect(group.Count() == 1, $"{name}: '{group.Key}' stored {group.Count()} times.");
                _run.Expect(!_refused.ContainsKey(group.Key), $"{name}: refused '{group.Key}' was stored.");
                if (_accepted.TryGetValue(group.Key, out var sent))
                {
                    var author = group.First().Author;
                    _run.Expect(sent.Anonymous ? author is null : author == sent.Author, $"{name}: '{group.Key}' has author {author}.");
                }
                else
                {
                    _run.Violation($"{name}: '{group.Key}' stored but never accepted.");
                }
            }

            _run.Expect(_cafe.Version - _start == Interlocked.Read(ref _commands), $"{name}: version {_cafe.Version} after {_commands} accepted notes.");
            _versions.Check(_run, name, _cafe.Version);
        }

        public void Dispose()
        {
            _subscription.Dispose();
            _cafe.Dispose();
        }
    }

    private static BrainstormDesign BrainstormDesign(int threads) => new()
    {
        Title = "Stress brainstorm",
        Participants = [.. Enumerable.Range(1, Math.Max(threads, 2)).Select(Person)],
        Rounds = [new GenerationRound(GenerationTechnique.Open)],
        Prompt = new Prompt("What could make our village thrive?"),
        DotsPerPerson = 5,
        MaxDotsPerIdea = 3,
    };

    /// <summary>A brainstorm in an open round; thread t adds ideas as participant t.</summary>
    private sealed class IdeasUnderStress : ITarget
    {
        private readonly Run _run;
        private readonly int _k;
        private readonly BrainstormSession _session;
        private readonly VersionWatch _versions;
        private readonly IDisposable _subscription;
        private readonly ConcurrentDictionary<string, ParticipantId> _accepted = new(StringComparer.Ordinal);
        private readonly (string Id, string Text, ContributionId Idea)?[] _last;

        public IdeasUnderStress(Run run, int threads, int k)
        {
            _run = run;
            _k = k;
            _session = BrainstormSession.Create(BrainstormDesign(threads), new SessionOptions { TimeProvider = new FrozenClock() });
            _session.StartRound(F);
            _last = new (string, string, ContributionId)?[threads];
            _versions = new VersionWatch(_session.Version);
            _subscription = _session.OnEvent(e => _versions.Add(e.Version));
        }

        public void Send(int thread, int index, Random random)
        {
            var me = Person(thread + 1).Id;
            var text = Text("idea", _k, thread, index);
            var roll = random.Next(100);
            if (roll < 75)
            {
                var id = $"i{thread}-{index}";
                ContributionId idea;
                try
                {
                    idea = _session.AddIdea(Actor.ForParticipant(me), text, options: new CommandOptions { CommandId = id });
                }
                catch (CommandRejectedException e) when (Full(e, _accepted.Count, IdeaLimit, _run.Threads))
                {
                    _run.AtCapacity();
                    return;
                }

                _run.Accepted();
                _accepted[text] = me;
                _last[thread] = (id, text, idea);
            }
            else if (roll < 85 && _last[thread] is { } retry)
            {
                // Command ids belong to their actor and are kept exactly in the log (issue 11): the same id and text returns the
                // first idea, however long ago; the same id with other text, or from another person, is refused and never applied.
                var again = _session.AddIdea(Actor.ForParticipant(me), retry.Text, options: new CommandOptions { CommandId = retry.Id });
                _run.Retried();
                _run.Expect(again == retry.Idea, $"brainstorm {_k}: the retry of {retry.Id} returned {again}, not {retry.Idea}.");
                _run.MustRefuse($"brainstorm {_k}: {retry.Id} reused for other text", RejectionKind.Conflict, () => _session.AddIdea(Actor.ForParticipant(me), $"other text for {retry.Id}", options: new CommandOptions { CommandId = retry.Id }));
                var other = Person(((thread + 1) % _run.Threads) + 1).Id;
                if (other != me)
                {
                    _run.MustRefuse($"brainstorm {_k}: {retry.Id} reused by {other}", RejectionKind.Conflict, () => _session.AddIdea(Actor.ForParticipant(other), retry.Text, options: new CommandOptions { CommandId = retry.Id }));
                }
            }
            else if (roll < 95)
            {
                _run.MustRefuse($"brainstorm {_k}: blank idea", RejectionKind.InvalidInput, () => _session.AddIdea(Actor.ForParticipant(me), " \t "));
            }
            else
            {
                _run.MustRefuse($"brainstorm {_k}: participant ending the round", RejectionKind.NotPermitted, () => _session.EndRound(Actor.ForParticipant(me)));
            }
        }

        public void Check()
        {
            var name = $"brainstorm {_k} (ideas)";
            var ideas = _session.Ideas;
            _run.Expect(ideas.Length == _accepted.Count, $"{name}: {ideas.Length} ideas stored, {_accepted.Count} accepted.");
            _run.Expect(ideas.Select(i => i.Id).Distinct().Count() == ideas.Length, $"{name}: an idea id is stored twice.");
            foreach (var idea in ideas)
            {
                _run.Expect(_accepted.TryGetValue(idea.Text, out var author) && author == idea.Author, $"{name}: '{idea.Text}' stored but not accepted as its author's.");
            }

            _run.Expect(ideas.Select(i => i.Text).Distinct(StringComparer.Ordinal).Count() == ideas.Length, $"{name}: an idea is stored twice.");
            CheckLog(_run, name, _session.Events, _session.Version);
            _versions.Check(_run, name, _session.Version);
        }

        public void Dispose()
        {
            _subscription.Dispose();
            _session.Dispose();
        }
    }

    private static void CheckLog<TEvent>(Run run, string name, ImmutableArray<TEvent> log, long version)
        where TEvent : SessionEvent
    {
        var versions = log.Select(e => e.Version).Distinct().ToArray();
        run.Expect(versions.SequenceEqual(Enumerable.Range(1, (int)version).Select(v => (long)v)), $"{name}: the event log's versions are not 1..{version} in order.");
    }

    /// <summary>A brainstorm in dot voting; thread t casts (and replaces) the ballot of participant t, sometimes over budget.</summary>
    private sealed class DotsUnderStress : ITarget
    {
        private readonly Run _run;
        private readonly int _k;
        private readonly BrainstormSession _session;
        private readonly VersionWatch _versions;
        private readonly IDisposable _subscription;
        private readonly ImmutableArray<ContributionId> _ballot;
        private readonly int _budget;
        private readonly Dictionary<ContributionId, int>?[] _lastBallot;
        private readonly long[] _casts;

        public DotsUnderStress(Run run, int threads, int k)
        {
            _run = run;
            _k = k;
            _session = BrainstormSession.Create(BrainstormDesign(threads), new SessionOptions { TimeProvider = new FrozenClock() });
            _session.StartRound(F);
            for (var i = 0; i < 12; i++)
            {
                _session.AddIdea(Actor.ForParticipant(Person(i % Math.Max(threads, 2) + 1).Id), $"idea {i}");
            }

            _session.EndRound(F);
            _session.BeginClarifying(F);
            _session.BeginClustering(F);
            _budget = _session.BeginVoting(F);
            _ballot = _session.Ballot;
            _lastBallot = new Dictionary<ContributionId, int>?[threads];
            _casts = new long[threads];
            _versions = new VersionWatch(_session.Version);
            _subscription = _session.OnEvent(e => _versions.Add(e.Version));
        }

        public void Send(int thread, int index, Random random)
        {
            var me = Person(thread + 1).Id;
            var ballot = new Dictionary<ContributionId, int>();
            for (var spent = random.Next(_budget + 3); spent > 0; spent--)
            {
                var idea = _ballot[random.Next(_ballot.Length)];
                ballot[idea] = Math.Min(ballot.GetValueOrDefault(idea) + 1, 3);
            }

            if (random.Next(10) == 0)
            {
                var someoneElse = Person((thread + 1) % _run.Threads + 1).Id;
                if (someoneElse != me)
                {
                    _run.MustRefuse($"brainstorm {_k}: voting for someone else", RejectionKind.NotPermitted, () => _session.CastDots(Actor.ForParticipant(me), someoneElse, ballot));
                }

                return;
            }

            var within = ballot.Values.Sum() <= _budget;
            if (_run.May($"brainstorm {_k}: ballot of {ballot.Values.Sum()} dots", RejectionKind.Conflict, () => _session.CastDots(Actor.ForParticipant(me), me, ballot)))
            {
                _lastBallot[thread] = ballot;
                _casts[thread]++;
                _run.Expect(within, $"brainstorm {_k}: a ballot over the budget of {_budget} was accepted.");
            }
            else
            {
                _run.Expect(!within, $"brainstorm {_k}: a ballot within the budget was refused.");
            }
        }

        public void Check()
        {
            var name = $"brainstorm {_k} (dots)";
            var ballots = _session.DotBallots;
            var log = _session.Events;
            for (var t = 0; t < _lastBallot.Length; t++)
            {
                var voter = Person(t + 1).Id;
                var expected = (_lastBallot[t] ?? new Dictionary<ContributionId, int>()).Where(kv => kv.Value > 0).OrderBy(kv => kv.Key).ToList();
                var stored = ballots.TryGetValue(voter, out var b) ? b.ToList() : [];
                _run.Expect(expected.SequenceEqual(stored), $"{name}: {voter}'s ballot is not the last one accepted.");
                _run.Expect(log.OfType<DotsCast>().LongCount(d => d.Voter == voter) == _casts[t], $"{name}: {voter} cast {_casts[t]} ballots but the log differs.");
                _run.Expect(stored.Sum(kv => kv.Value) <= _budget, $"{name}: {voter} holds more than {_budget} dots.");
            }

            CheckLog(_run, name, log, _session.Version);
            _versions.Check(_run, name, _session.Version);
        }

        public void Dispose()
        {
            _subscription.Dispose();
            _session.Dispose();
        }
    }

    private static OpenSpaceSession OpenSpaceInMarketplace(int threads, int issues)
    {
        var people = Math.Max(threads, issues) + 1;
        var start = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
        var design = new OpenSpaceDesign
        {
            Theme = "Stress open space",
            Sponsor = "Reliability",
            FacilitatorName = "Facilitator",
            Spaces = [new OpenSpaceSpace("s1", "Space 1", 100), new OpenSpaceSpace("s2", "Space 2", 100)],
            Slots = [new OpenSpaceSlot(start, TimeSpan.FromMinutes(90))],
            Participants = [.. Enumerable.Range(1, people).Select(Person)],
            DotsPerParticipant = 4,
        };
        var session = OpenSpaceSession.Create(design, new SessionOptions { TimeProvider = new FrozenClock() });
        session.OpenCircle(F);
        session.BeginAgendaSetting(F);
        for (var i = 0; i < issues; i++)
        {
            session.PostIssue(F, $"issue{i}", $"Issue {i}", Person(i + 1).Id);
        }

        session.OpenMarketplace(F);
        return session;
    }

    /// <summary>An open space in its marketplace; thread t signs participant t up for random issues (a second sign-up is refused).</summary>
    private sealed class InterestUnderStress : ITarget
    {
        private const int IssueCount = 6;
        private readonly Run _run;
        private readonly int _k;
        private readonly OpenSpaceSession _session;
        private readonly VersionWatch _versions;
        private readonly IDisposable _subscription;
        private readonly ConcurrentDictionary<(int Issue, ParticipantId Who), int> _accepted = new();

        public InterestUnderStress(Run run, int threads, int k)
        {
            _run = run;
            _k = k;
            _session = OpenSpaceInMarketplace(threads, IssueCount);
            _versions = new VersionWatch(_session.Version);
            _subscription = _session.OnEvent(e => _versions.Add(e.Version));
        }

        public void Send(int thread, int index, Random random)
        {
            var me = Person(thread + 1).Id;
            var issue = random.Next(IssueCount);
            if (random.Next(10) == 0)
            {
                var someoneElse = Person(thread + 2).Id;
                _run.MustRefuse($"open space {_k}: signing up someone else", RejectionKind.NotPermitted, () => _session.ExpressInterest(Actor.ForParticipant(me), $"issue{issue}", someoneElse));
                return;
            }

            if (_run.May($"open space {_k}: sign-up", RejectionKind.Conflict, () => _session.ExpressInterest(Actor.ForParticipant(me), $"issue{issue}", me)))
            {
                _accepted.AddOrUpdate((issue, me), 1, (_, n) => n + 1);
            }
        }

        public void Check()
        {
            var name = $"open space {_k} (sign-ups)";
            _run.Expect(_accepted.Values.All(n => n == 1), $"{name}: a sign-up was accepted twice.");
            var issues = _session.Issues;
            for (var i = 0; i < IssueCount; i++)
            {
                var convener = Person(i + 1).Id;
                var expected = _accepted.Keys.Where(a => a.Issue == i).Select(a => a.Who).Append(convener).Distinct().Order().ToList();
                _run.Expect(expected.SequenceEqual(issues[i].Interested.Order()), $"{name}: issue{i} lists {issues[i].Interested.Length} people, {expected.Count} expected.");
            }

            CheckLog(_run, name, _session.Events, _session.Version);
            _versions.Check(_run, name, _session.Version);
        }

        public void Dispose() => _subscription.Dispose();
    }

    /// <summary>An open space in convergence; thread t spends participant t's dots one at a time, past the budget.</summary>
    private sealed class OpenSpaceDotsUnderStress : ITarget
    {
        private const int IssueCount = 6;
        private readonly Run _run;
        private readonly int _k;
        private readonly OpenSpaceSession _session;
        private readonly VersionWatch _versions;
        private readonly IDisposable _subscription;
        private readonly long[,] _dots;

        public OpenSpaceDotsUnderStress(Run run, int threads, int k)
        {
            _run = run;
            _k = k;
            _session = OpenSpaceInMarketplace(threads, IssueCount);
            _session.StartNextSlot(F);
            _session.BeginConvergence(F);
            _dots = new long[threads, IssueCount];
            _versions = new VersionWatch(_session.Version);
            _subscription = _session.OnEvent(e => _versions.Add(e.Version));
        }

        public void Send(int thread, int index, Random random)
        {
            var me = Person(thread + 1).Id;
            var issue = random.Next(IssueCount);
            if (random.Next(10) == 0)
            {
                var someoneElse = Person(thread + 2).Id;
                _run.MustRefuse($"open space {_k}: a dot for someone else", RejectionKind.NotPermitted, () => _session.CastDot(Actor.ForParticipant(me), $"issue{issue}", someoneElse));
                return;
            }

            var spent = Enumerable.Range(0, IssueCount).Sum(i => _dots[thread, i]);
            var accepted = _run.May($"open space {_k}: dot", RejectionKind.Conflict, () => _session.CastDot(Actor.ForParticipant(me), $"issue{issue}", me));
            _run.Expect(accepted == (spent < _session.Design.DotsPerParticipant), $"open space {_k}: {me} with {spent} dots spent was {(accepted ? "accepted" : "refused")}.");
            if (accepted)
            {
                _dots[thread, issue]++;
            }
        }

        public void Check()
        {
            var name = $"open space {_k} (dots)";
            var issues = _session.Issues;
            for (var i = 0; i < IssueCount; i++)
            {
                var expected = Enumerable.Range(0, _dots.GetLength(0)).Sum(t => _dots[t, i]);
                _run.Expect(issues[i].Dots == expected, $"{name}: issue{i} has {issues[i].Dots} dots, {expected} accepted.");
            }

            CheckLog(_run, name, _session.Events, _session.Version);
            _versions.Check(_run, name, _session.Version);
        }

        public void Dispose() => _subscription.Dispose();
    }
}
