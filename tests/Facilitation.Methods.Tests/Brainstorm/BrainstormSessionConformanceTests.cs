using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Tests.Sessions.Conformance;

namespace Facilitation.Methods.Tests.Brainstorm;

/// <summary>
/// The brainstorm behind the one session contract, in a named open round: a contribution is an idea. Anonymity is set per round in a
/// brainstorm, so an anonymous sender is refused here; <see cref="BrainstormAnonymousRoundConformanceTests"/> runs the suite in an anonymous round.
/// </summary>
public sealed class BrainstormSessionConformanceTests : SessionConformanceTests<BrainstormSession>
{
    protected override string ContributeCommand => nameof(BrainstormCommand.AddIdea);

    protected override bool TakesAnonymousContributions => false;

    protected override BrainstormSession CreateContributing(SessionOptions options) => Contributing(anonymous: false, options);

    protected override BrainstormSession Restore(string document, SessionOptions options) => BrainstormSession.Restore(document, options);

    protected override BrainstormSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions options) =>
        BrainstormSession.Restore(designJson, records, options);

    protected override Actor Participant(int number) => Actor.ForParticipant($"p{number}");

    protected override void Contribute(BrainstormSession session, Actor actor, string text, CommandOptions? options) => session.AddIdea(actor, text, options: options);

    // In a named round nobody writes unidentified: Actor.Anonymous is refused.
    protected override void ContributeAnonymously(BrainstormSession session, int number, string text, CommandOptions? options) =>
        session.AddIdea(Actor.Anonymous, text, options: options);

    protected override void Finish(BrainstormSession session) => session.EndRound(Actor.Facilitator);

    /// <summary>Creates a brainstorm of six people in its first generation round (open, three hours, ended by the timer).</summary>
    internal static BrainstormSession Contributing(bool anonymous, SessionOptions options)
    {
        var session = BrainstormSession.Create(
            new BrainstormDesign
            {
                Title = "Conformance",
                Participants = [.. Enumerable.Range(1, 6).Select(i => new Participant($"p{i}", $"Person {i}"))],
                Rounds = [new GenerationRound { Anonymous = anonymous, Duration = TimeSpan.FromHours(3) }],
            },
            options);
        session.StartRound(Actor.Facilitator);
        return session;
    }
}

/// <summary>The brainstorm behind the one session contract in an anonymous round: every idea is anonymous, so nothing may trace back to its writer.</summary>
public sealed class BrainstormAnonymousRoundConformanceTests : SessionConformanceTests<BrainstormSession>
{
    protected override string ContributeCommand => nameof(BrainstormCommand.AddIdea);

    protected override bool TakesAnonymousContributions => true;

    protected override BrainstormSession CreateContributing(SessionOptions options) => BrainstormSessionConformanceTests.Contributing(anonymous: true, options);

    protected override BrainstormSession Restore(string document, SessionOptions options) => BrainstormSession.Restore(document, options);

    protected override BrainstormSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions options) =>
        BrainstormSession.Restore(designJson, records, options);

    protected override Actor Participant(int number) => Actor.ForParticipant($"p{number}");

    protected override void Contribute(BrainstormSession session, Actor actor, string text, CommandOptions? options) => session.AddIdea(actor, text, options: options);

    protected override void ContributeAnonymously(BrainstormSession session, int number, string text, CommandOptions? options) =>
        session.AddIdea(Participant(number), text, options: options);

    protected override void Finish(BrainstormSession session) => session.EndRound(Actor.Facilitator);
}
