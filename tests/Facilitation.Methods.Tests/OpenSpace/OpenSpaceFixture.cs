using Facilitation.Methods.OpenSpace;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.OpenSpace;

/// <summary>Designs and sessions the Open Space tests share.</summary>
internal static class OpenSpaceFixture
{
    public static readonly DateTimeOffset Morning = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly Actor Host = Actor.Facilitator;

    public static Actor P(int i) => Actor.ForParticipant(Id(i));

    public static ParticipantId Id(int i) => $"p{i}";

    public static OpenSpaceDesign Design(int participants = 6, int spaces = 2, int slots = 2, int days = 1, ParticipantId? coordinator = null) => new()
    {
        Theme = "How do we mobilise resources for village self-governance?",
        Sponsor = "Township office",
        FacilitatorName = "Facilitator",
        NewsroomCoordinator = coordinator,
        Spaces = [.. Enumerable.Range(1, spaces).Select(s => new OpenSpaceSpace($"s{s}", $"Space {s}", 3 + s))],
        Slots = [.. Enumerable.Range(0, days).SelectMany(d => Enumerable.Range(0, slots).Select(s => new OpenSpaceSlot(Morning.AddDays(d).AddHours(s * 2), TimeSpan.FromMinutes(90))))],
        Participants = [.. Enumerable.Range(1, participants).Select(i => new Participant(Id(i), $"Person {i}"))],
    };

    public static (OpenSpaceSession Session, FakeTimeProvider Clock) Create(OpenSpaceDesign? design = null)
    {
        var clock = new FakeTimeProvider(Morning.AddHours(-1));
        return (OpenSpaceSession.Create(design ?? Design(), new SessionOptions { TimeProvider = clock }), clock);
    }

    /// <summary>A session in the marketplace with issues i1 (p1, slot 1/s1) and i2 (p2, slot 1/s2) and i3 (p3, unplaced).</summary>
    public static (OpenSpaceSession Session, FakeTimeProvider Clock) InMarketplace(OpenSpaceDesign? design = null)
    {
        var (session, clock) = Create(design);
        session.OpenCircle(Host);
        session.BeginAgendaSetting(Host);
        session.PostIssue(P(1), "i1", "Who owns the village fund?", cell: new AgendaCell(1, "s1"));
        session.PostIssue(P(2), "i2", "Young people leaving", cell: new AgendaCell(1, "s2"));
        session.PostIssue(P(3), "i3", "Tourism and scenery");
        session.OpenMarketplace(Host);
        return (session, clock);
    }

    /// <summary>Runs a session from the marketplace through every slot.</summary>
    public static void RunAllSlots(OpenSpaceSession session)
    {
        while (session.PermittedCommands.Contains(nameof(OpenSpaceCommand.StartNextSlot)))
        {
            session.StartNextSlot(Host);
        }
    }
}
