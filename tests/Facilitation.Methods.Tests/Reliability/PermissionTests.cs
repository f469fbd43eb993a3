using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Tests.WorldCafe;
using Facilitation.Methods.WorldCafe;
using static Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;

namespace Facilitation.Methods.Tests.Reliability;

/// <summary>
/// The permission rules across the session types, from every kind of non-facilitator: a seated participant, a stranger the
/// session does not know, and the system actor (the clock's own identity, which a host must not borrow to advance phases).
/// </summary>
public class PermissionTests
{
    public static TheoryData<string> NonFacilitators() => ["participant", "stranger", "system"];

    private static Actor Who(string kind, string participant = "p1") => kind switch
    {
        "participant" => Actor.ForParticipant(participant),
        "stranger" => Actor.ForParticipant("nobody-knows-me"),
        _ => Actor.System,
    };

    [Theory]
    [MemberData(nameof(NonFacilitators))]
    public void BrainstormFacilitatorCommands_FromANonFacilitator_AreNotPermitted_InEveryPhase(string kind)
    {
        var who = Who(kind);
        var (s, _) = CreateSut();
        Refused(s, RejectionKind.NotPermitted, () => s.StartRound(who));
        s.StartRound(F);
        s.AddIdea(P("p1"), "Open the village fund books");
        s.AddIdea(P("p2"), "A youth council");
        Refused(s, RejectionKind.NotPermitted, () => s.ExtendRound(who, TimeSpan.FromMinutes(5)));
        Refused(s, RejectionKind.NotPermitted, () => s.EndRound(who));
        s.EndRound(F);
        Refused(s, RejectionKind.NotPermitted, () => s.BeginClarifying(who));
        s.BeginClarifying(F);
        Refused(s, RejectionKind.NotPermitted, () => s.BeginClustering(who));
        s.BeginClustering(F);
        Refused(s, RejectionKind.NotPermitted, () => s.AddCluster(who, "Money"));
        var a = s.AddCluster(F, "Money");
        var b = s.AddCluster(F, "People");
        Refused(s, RejectionKind.NotPermitted, () => s.PlaceIdea(who, s.Ideas[0].Id, a));
        Refused(s, RejectionKind.NotPermitted, () => s.MergeClusters(who, a, b));
        Refused(s, RejectionKind.NotPermitted, () => s.MarkDuplicate(who, s.Ideas[1].Id, s.Ideas[0].Id));
        Refused(s, RejectionKind.NotPermitted, () => s.BeginVoting(who));
        s.BeginVoting(F);
        Refused(s, RejectionKind.NotPermitted, () => s.CastDots(who, "p2", new Dictionary<ContributionId, int> { [s.Ideas[0].Id] = 1 }));
        Refused(s, RejectionKind.NotPermitted, () => s.EndVoting(who));
        s.EndVoting(F);
        Refused(s, RejectionKind.NotPermitted, () => s.Decide(who, [s.Ideas[0].Id]));
        s.Decide(F, [s.Ideas[0].Id]);
        Refused(s, RejectionKind.NotPermitted, () => s.Close(who));
    }

    [Theory]
    [MemberData(nameof(NonFacilitators))]
    public void OpenSpacePhaseCommands_FromANonFacilitator_AreNotPermitted_AndChangeNothing(string kind)
    {
        var who = Who(kind);
        var (session, _) = OpenSpace.OpenSpaceFixture.Create();
        OpenSpaceRefused(session, () => session.OpenCircle(who));
        session.OpenCircle(Actor.Facilitator);
        OpenSpaceRefused(session, () => session.BeginAgendaSetting(who));
        session.BeginAgendaSetting(Actor.Facilitator);
        session.PostIssue(Actor.ForParticipant("p1"), "i1", "Who owns the village fund?");
        OpenSpaceRefused(session, () => session.OpenMarketplace(who));
        session.OpenMarketplace(Actor.Facilitator);
        OpenSpaceRefused(session, () => session.AdoptAgenda(who, session.ProposeAgenda(new AgendaSchedulingOptions { Iterations = 100 })));
        OpenSpaceRefused(session, () => session.StartNextSlot(who));
        OpenSpaceRefused(session, () => session.AddSpace(who, new OpenSpaceSpace("s9", "Courtyard", 10)));
        OpenSpace.OpenSpaceFixture.RunAllSlots(session);
        OpenSpaceRefused(session, () => session.BeginConvergence(who));
        OpenSpaceRefused(session, () => session.BeginClosingCircle(who));
        session.BeginClosingCircle(Actor.Facilitator);
        OpenSpaceRefused(session, () => session.Close(who));
    }

    [Theory]
    [MemberData(nameof(NonFacilitators))]
    public void CafeFacilitatorCommands_FromANonFacilitator_AreNotPermitted_InEveryPhaseOnThePath(string kind)
    {
        var who = Who(kind, "p05");
        var (cafe, _) = CafeFixture.CreateSut();
        var f = Actor.Facilitator;
        Action[] path =
        [
            () => cafe.OpenCheckIn(f), () => cafe.Welcome(f), () => cafe.StartRound(f), () => cafe.StartConversation(f),
            () => cafe.CloseRound(f), () => cafe.StartPlenary(f), () => cafe.StartRound(f), () => cafe.BeginBriefing(f),
            () => cafe.StartConversation(f), () => cafe.CloseRound(f), () => cafe.BeginHarvest(f),
        ];
        foreach (var step in path)
        {
            foreach (var command in cafe.PermittedCommands.Select(Enum.Parse<WorldCafeCommand>).Where(IsFacilitatorOnly))
            {
                var before = cafe.Save();
                var e = Assert.Throws<CommandRejectedException>(() => CafeFixture.Send(cafe, command, who));
                Assert.Equal(RejectionKind.NotPermitted, e.Kind);
                Assert.Equal(before, cafe.Save());
            }

            step();
        }
    }

    private static bool IsFacilitatorOnly(WorldCafeCommand command) =>
        command is not (WorldCafeCommand.AddNote or WorldCafeCommand.AddBriefing or WorldCafeCommand.Leave
            or WorldCafeCommand.TimeWarning or WorldCafeCommand.TimeUp or WorldCafeCommand.AddHarvestItem);

    private static void OpenSpaceRefused(OpenSpaceSession session, Action command)
    {
        var before = session.Save();
        var e = Assert.Throws<CommandRejectedException>(command);
        Assert.Equal(RejectionKind.NotPermitted, e.Kind);
        Assert.Equal(before, session.Save());
    }
}
