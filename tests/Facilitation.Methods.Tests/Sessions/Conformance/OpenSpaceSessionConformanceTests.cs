using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Tests.OpenSpace;

namespace Facilitation.Methods.Tests.Sessions.Conformance;

/// <summary>Open Space behind the one contract: participants contribute by posting issues in agenda setting.</summary>
public sealed class OpenSpaceSessionConformanceTests : SessionConformanceTests<OpenSpaceSession>
{
    protected override string ContributeCommand => nameof(OpenSpaceCommand.PostIssue);

    // Every issue has a convener who hosts it: Open Space takes no anonymous issues.
    protected override bool TakesAnonymousContributions => false;

    protected override OpenSpaceSession CreateContributing(SessionOptions options)
    {
        var session = OpenSpaceSession.Create(OpenSpaceFixture.Design(), options);
        session.OpenCircle(Actor.Facilitator);
        session.BeginAgendaSetting(Actor.Facilitator);
        return session;
    }

    protected override OpenSpaceSession Restore(string document, SessionOptions options) => OpenSpaceSession.Restore(document, options);

    protected override OpenSpaceSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions options) =>
        OpenSpaceSession.Restore(designJson, records, options);

    protected override Actor Participant(int number) => OpenSpaceFixture.P(number);

    // The issue id follows from the command id, so a retry proposes the same issue; without an id, from the version it is posted at.
    protected override void Contribute(OpenSpaceSession session, Actor actor, string text, CommandOptions? options) =>
        session.PostIssue(actor, IssueId(session, actor, options), text, options: options);

    protected override void ContributeAnonymously(OpenSpaceSession session, int number, string text, CommandOptions? options) =>
        session.PostIssue(Actor.Anonymous, IssueId(session, Actor.Anonymous, options), text, options: options);

    protected override void Finish(OpenSpaceSession session)
    {
        session.OpenMarketplace(Actor.Facilitator);
        session.StartNextSlot(Actor.Facilitator);
    }

    private static string IssueId(OpenSpaceSession session, Actor actor, CommandOptions? options) =>
        options?.CommandId is { } id ? $"{actor.Participant?.Value ?? "anonymous"}.{id}" : $"posted-at-{session.Version + 1}";
}
