using Facilitation.Methods.Tests.Workshops;
using Facilitation.Methods.Workshops;

namespace Facilitation.Methods.Tests.Sessions.Conformance;

/// <summary>The workshop behind the one contract: participants contribute by listing their village's resources in the inventory block.</summary>
public sealed class WorkshopSessionConformanceTests : SessionConformanceTests<WorkshopSession>
{
    protected override string ContributeCommand => nameof(WorkshopCommand.ListResource);

    // Every resource is listed under the name of the person present who lists it.
    protected override bool TakesAnonymousContributions => false;

    protected override WorkshopSession CreateContributing(SessionOptions options)
    {
        var session = WorkshopSession.Create(RunningFixture.Design(), options);
        session.OpenDay(Actor.Facilitator);
        foreach (var person in session.Design.Participants)
        {
            session.CheckIn(Actor.Facilitator, person.Id);
        }

        session.StartBlock(Actor.Facilitator, "opening");
        session.CloseBlock(Actor.Facilitator, "opening");
        session.StartBlock(Actor.Facilitator, "inventory");
        return session;
    }

    protected override WorkshopSession Restore(string document, SessionOptions options) => WorkshopSession.Restore(document, options);

    protected override WorkshopSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions options) =>
        WorkshopSession.Restore(designJson, records, options);

    protected override Actor Participant(int number) => RunningFixture.P(number);

    protected override void Contribute(WorkshopSession session, Actor actor, string text, CommandOptions? options) =>
        session.ListResource(actor, "村" + (actor.Participant?.Value ?? "?"), "人", text, options);

    protected override void ContributeAnonymously(WorkshopSession session, int number, string text, CommandOptions? options) =>
        session.ListResource(Actor.Anonymous, "村" + number, "人", text, options);

    protected override void Finish(WorkshopSession session) => session.CloseBlock(Actor.Facilitator, "inventory");
}
