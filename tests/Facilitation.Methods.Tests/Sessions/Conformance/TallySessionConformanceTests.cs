using System.Collections.Immutable;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.Tests.Sessions.Conformance;

/// <summary>The engine's own test method, behind the public contract: proves the conformance suite against the engine alone.</summary>
public sealed class TallySessionConformanceTests : SessionConformanceTests<TallySession>
{
    protected override string ContributeCommand => nameof(TallyCommand.Add);

    protected override bool TakesAnonymousContributions => true;

    protected override TallySession CreateContributing(SessionOptions options)
    {
        var session = TallySession.Create(options);
        session.Start(Actor.Facilitator, TimeSpan.FromMinutes(20), null);
        return session;
    }

    protected override TallySession Restore(string document, SessionOptions options) => TallySession.Restore(document, options);

    protected override TallySession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions options) =>
        TallySession.Restore(designJson, records, options);

    protected override Actor Participant(int number) => Actor.ForParticipant("p" + number);

    protected override void Contribute(TallySession session, Actor actor, string text, CommandOptions? options) => session.Add(actor, text, anonymously: false, options);

    protected override void ContributeAnonymously(TallySession session, int number, string text, CommandOptions? options) =>
        session.Add(Participant(number), text, anonymously: true, options);

    protected override void Finish(TallySession session) => session.Close(Actor.Facilitator, null);
}

/// <summary>The tally method as a host app would see it: a thin session over the engine.</summary>
public sealed class TallySession : IFacilitationSession
{
    private readonly SessionEngine<TallyState, TallyEvent> _engine;

    private TallySession(SessionEngine<TallyState, TallyEvent> engine) => _engine = engine;

    public string Id => _engine.Id;

    public long Version => _engine.Version;

    public string Phase => _engine.Phase;

    public ImmutableArray<string> PermittedCommands => _engine.PermittedCommands;

    public string DesignJson => _engine.DesignJson;

    public static TallySession Create(SessionOptions options) => new(Tally.Create(options));

    public static TallySession Restore(string document, SessionOptions options) => new(Tally.Restore(document, options));

    public static TallySession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions options) =>
        new(Tally.Restore(SessionDocument.ReadHeader(designJson, "tally"), records, options));

    public void Start(Actor actor, TimeSpan duration, CommandOptions? options) => _engine.Execute(actor, new TallyStarted(duration), options);

    public void Add(Actor actor, string text, bool anonymously, CommandOptions? options) => _engine.Execute(actor, new TallyAdded(text, anonymously), options);

    public void Close(Actor actor, CommandOptions? options) => _engine.Execute(actor, new TallyClosed(), options);

    public string? WhyRefused(string command) => _engine.WhyRefused(command);

    public IDisposable OnEvent(Action<SessionEvent> handler) => _engine.OnEvent(handler);

    public ImmutableArray<SessionEventRecord> GetEventRecords(long afterVersion = 0) => _engine.GetEventRecords(afterVersion);

    public string Save() => _engine.Save();

    public string ToMermaid() => new TallyRules(new TallyDesign("tally", 1)).ToMermaid();

    public void Dispose() => _engine.Dispose();
}
