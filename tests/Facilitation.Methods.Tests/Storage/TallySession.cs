using System.Collections.Immutable;
using Facilitation.Methods.Sessions;
using Facilitation.Methods.Tests.Sessions;

namespace Facilitation.Methods.Tests.Storage;

/// <summary>The engine's test method behind the public session contract, so the recorder is tested on the real engine.</summary>
internal sealed class TallySession(SessionEngine<TallyState, TallyEvent> engine) : IFacilitationSession<TallyEvent>
{
    public SessionEngine<TallyState, TallyEvent> Engine { get; } = engine;

    public string Id => Engine.Id;

    public long Version => Engine.Version;

    public string Phase => Engine.Phase;

    public ImmutableArray<string> PermittedCommands => Engine.PermittedCommands;

    public string DesignJson => Engine.DesignJson;

    public static TallySession Restore(string designJson, IReadOnlyList<SessionEventRecord> records, TimeProvider clock) =>
        new(Tally.Restore(SessionDocument.ReadHeader(designJson, "tally"), records, clock));

    public TallyEvent Execute(Actor actor, TallyEvent proposed, CommandOptions? options = null) => Engine.Execute(actor, proposed, options);

    public string? WhyRefused(string command) => Engine.WhyRefused(command);

    public IDisposable OnEvent(Action<SessionEvent> handler) => Engine.OnEvent(handler);

    public IDisposable Subscribe(IObserver<TallyEvent> observer) => Engine.Subscribe(observer);

    public ImmutableArray<SessionEventRecord> GetEventRecords(long afterVersion = 0) => Engine.GetEventRecords(afterVersion);

    public string Save() => Engine.Save();

    public string ToMermaid() => new TallyRules(new TallyDesign("tally", 1)).ToMermaid(); // the phase machine does not depend on the design

    public void Dispose() => Engine.Dispose();
}
