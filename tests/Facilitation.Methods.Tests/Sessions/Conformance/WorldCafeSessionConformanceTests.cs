using Facilitation.Methods.Tests.WorldCafe;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.Sessions.Conformance;

/// <summary>The World Café against the one conformance suite: a café in its first conversation, where participants write notes at their own table.</summary>
public sealed class WorldCafeSessionConformanceTests : SessionConformanceTests<WorldCafeSession>
{
    protected override string ContributeCommand => nameof(WorldCafeCommand.AddNote);

    protected override bool TakesAnonymousContributions => true;

    protected override WorldCafeSession CreateContributing(SessionOptions options)
    {
        var cafe = WorldCafeSession.Create(CafeFixture.Design(), options, CafeFixture.FastPlanner);
        var f = Actor.Facilitator;
        cafe.OpenCheckIn(f);
        cafe.Welcome(f);
        cafe.StartRound(f);
        cafe.StartConversation(f);
        return cafe;
    }

    protected override WorldCafeSession Restore(string document, SessionOptions options) => WorldCafeSession.Restore(document, options, CafeFixture.FastPlanner);

    protected override WorldCafeSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions options) =>
        WorldCafeSession.Restore(designJson, records, options);

    protected override Actor Participant(int number) => Actor.ForParticipant(CafeFixture.Person(number).Id);

    protected override void Contribute(WorldCafeSession session, Actor actor, string text, CommandOptions? options) =>
        session.AddNote(actor, TableOf(session, actor), text, options: options);

    protected override void ContributeAnonymously(WorldCafeSession session, int number, string text, CommandOptions? options)
    {
        var writer = Participant(number);
        session.AddNote(writer, TableOf(session, writer), text, anonymous: true, options);
    }

    protected override void Finish(WorldCafeSession session) => session.CloseRound(Actor.Facilitator);

    private static GroupId TableOf(WorldCafeSession session, Actor actor) =>
        actor.Participant is { } writer && session.CurrentSeating?.GroupOf(writer) is { } table ? table : session.Design.Tables[0].Id;
}
