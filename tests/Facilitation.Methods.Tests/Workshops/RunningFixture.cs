using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.WorldCafe;
using Facilitation.Methods.Workshops;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Workshops;

/// <summary>A one-day programme for the running workshop: opening, inventory, café, Open Space, brainstorm, closing — and helpers that run each method block to its end.</summary>
internal static class RunningFixture
{
    public static readonly Actor F = Actor.Facilitator;

    public static DateTimeOffset At(int hour, int minute = 0) => WorkshopFixture.At(1, hour, minute);

    public static WorkshopDesign Design(int people = 12) => new()
    {
        Title = "社区自治成长工作坊",
        Facilitators = [new Facilitator("王老师", FacilitatorRole.Lead)],
        Participants = [.. WorkshopFixture.Roster(people)],
        Days = [new WorkshopDay(At(8), At(14))],
        Resources = ResourceCategories.FiveResources,
        Blocks =
        [
            new WorkshopBlock("opening", BlockKind.Opening, "Opening", At(8, 30), TimeSpan.FromMinutes(30)) { Facilitator = "王老师" },
            new WorkshopBlock("inventory", BlockKind.ResourceInventory, "Five resources", At(9), TimeSpan.FromMinutes(30)) { Facilitator = "王老师" },
            WorkshopBlock.WorldCafe("cafe", "World Café", At(9, 30), TimeSpan.FromMinutes(45), WorkshopFixture.Cafe(rounds: 2, minutes: 15) with
            {
                Participants = [.. WorkshopFixture.Roster(people)],
                PlannerTimeLimit = TimeSpan.FromMilliseconds(100),
            }) with { Facilitator = "王老师" },
            WorkshopBlock.OpenSpace("open-space", "Open Space", At(10, 30), TimeSpan.FromMinutes(60), WorkshopFixture.OpenSpaceDesign(new OpenSpaceSlot(At(10, 40), TimeSpan.FromMinutes(40))) with
            {
                Participants = [.. WorkshopFixture.Roster(people)],
            }) with { Facilitator = "王老师" },
            WorkshopBlock.Brainstorm("brainstorm", "Brainstorm", At(11, 45), TimeSpan.FromMinutes(30), WorkshopFixture.BrainstormDesign(rounds: 1) with
            {
                Participants = [.. WorkshopFixture.Roster(people)],
            }) with { Facilitator = "王老师" },
            new WorkshopBlock("closing", BlockKind.Closing, "Closing", At(12, 30), TimeSpan.FromMinutes(15)) { Facilitator = "王老师" },
        ],
    };

    public static (WorkshopSession Workshop, FakeTimeProvider Clock) Create(WorkshopDesign? design = null, string id = "ws-1")
    {
        var clock = new FakeTimeProvider(At(8));
        return (WorkshopSession.Create(design ?? Design(), new SessionOptions { Id = id, TimeProvider = clock }), clock);
    }

    public static SessionOptions Options(FakeTimeProvider clock) => new() { TimeProvider = clock };

    public static Actor P(int i) => Actor.ForParticipant(WorkshopFixture.Person(i).Id);

    public static ParticipantId Id(int i) => WorkshopFixture.Person(i).Id;

    /// <summary>Runs a started café block's two rounds (each table's host writes a note) to its close.</summary>
    public static void RunCafe(WorldCafeSession cafe, FakeTimeProvider clock)
    {
        cafe.OpenCheckIn(F);
        RunCafeFromCheckIn(cafe, clock);
    }

    /// <summary>Runs a started Open Space block: the carried items and one issue per person given are posted, one slot, a report each, to its close.</summary>
    public static void RunOpenSpace(OpenSpaceSession openSpace, FakeTimeProvider clock, IEnumerable<CarriedItem> carried, params ParticipantId[] conveners)
    {
        openSpace.OpenCircle(F);
        openSpace.BeginAgendaSetting(F);
        var convener = openSpace.Participants[0].Id;
        foreach (var item in carried)
        {
            openSpace.PostIssue(Actor.ForParticipant(convener), item.Id, item.Text, convener);
        }

        foreach (var person in conveners)
        {
            openSpace.PostIssue(Actor.ForParticipant(person), $"issue-{person}", $"Issue of {person}", person);
        }

        openSpace.OpenMarketplace(F);
        clock.SetUtcNow(openSpace.Slots[0].Start);
        openSpace.StartNextSlot(F);
        foreach (var issue in openSpace.Issues.Where(i => i.Cell is not null))
        {
            openSpace.SubmitReport(Actor.ForParticipant(issue.Convener), new SessionReport(issue.Id, $"We talked about {issue.Title}.", [issue.Convener], ["Try it in one village"], ["Tell the next meeting"]));
        }

        openSpace.BeginClosingCircle(F);
        openSpace.Close(F);
    }

    /// <summary>Runs a started brainstorm block: one idea per person given, dots on the first idea, to its close.</summary>
    public static void RunBrainstorm(BrainstormSession storm, params ParticipantId[] writers)
    {
        storm.StartRound(F);
        foreach (var writer in writers)
        {
            storm.AddIdea(Actor.ForParticipant(writer), $"Idea of {writer}");
        }

        storm.EndRound(F);
        storm.BeginClarifying(F);
        storm.BeginClustering(F);
        storm.BeginVoting(F);
        var first = storm.Ballot[0];
        storm.CastDots(Actor.ForParticipant(writers[0]), writers[0], new Dictionary<ContributionId, int> { [first] = 1 });
        storm.EndVoting(F);
        storm.Close(F);
    }

    /// <summary>Runs the whole day: everyone but the last person checks in, the last arrives during the café, person 5 leaves after it.</summary>
    public static void RunDay(WorkshopSession workshop, FakeTimeProvider clock, bool close = true)
    {
        var people = workshop.Design.Participants;
        workshop.OpenDay(F);
        foreach (var p in people.Take(people.Length - 1))
        {
            workshop.CheckIn(F, p.Id);
        }

        workshop.StartBlock(F, "opening");
        workshop.CloseBlock(F, "opening");
        clock.SetUtcNow(At(9));
        workshop.StartBlock(F, "inventory");
        workshop.ListResource(P(1), "村1", "人", "Retired teachers");
        workshop.ListResource(P(2), "村2", "scenery", "Old water-town streets");
        workshop.CloseBlock(F, "inventory");
        clock.SetUtcNow(At(9, 30));
        workshop.StartBlock(F, "cafe");
        var cafe = workshop.Cafe("cafe")!;
        cafe.OpenCheckIn(F);
        workshop.CheckIn(F, people[^1].Id);
        RunCafeFromCheckIn(cafe, clock);
        var cafeRecord = workshop.CloseBlock(F, "cafe");
        workshop.Depart(F, Id(5));
        var issues = Bridges.SuggestOpenSpaceIssues(cafeRecord).Select(i => i.InCategory(ResourceCategories.FiveResources, "人")).ToList();
        workshop.CarryItems(F, "open-space", issues);
        clock.SetUtcNow(At(10, 30));
        workshop.StartBlock(F, "open-space");
        RunOpenSpace(workshop.OpenSpace("open-space")!, clock, issues, Id(2));
        var openSpaceRecord = workshop.CloseBlock(F, "open-space");
        workshop.CarryItems(F, "brainstorm", [.. Bridges.SuggestBrainstormPrompts(openSpaceRecord, [issues[0].Id])]);
        clock.SetUtcNow(At(11, 45));
        workshop.StartBlock(F, "brainstorm");
        RunBrainstorm(workshop.Brainstorm("brainstorm")!, Id(1), Id(2), Id(3));
        var stormRecord = workshop.CloseBlock(F, "brainstorm");
        workshop.AddToActionPlan(F, [.. Bridges.ToActionPlan(openSpaceRecord, workshop.Design.Participants, topIdeas: 0), .. Bridges.ToActionPlan(stormRecord, workshop.Design.Participants, topIdeas: 1)]);
        clock.SetUtcNow(At(12, 30));
        workshop.StartBlock(F, "closing");
        workshop.CloseBlock(F, "closing");
        workshop.CloseDay(F);
        if (close)
        {
            workshop.Close(F);
        }
    }

    public static void RunCafeFromCheckIn(WorldCafeSession cafe, FakeTimeProvider clock)
    {
        cafe.Welcome(F);
        RunRounds(cafe, clock, notes: true);
        cafe.AddHarvestItem(Actor.ForParticipant(cafe.Present[0]), ContributionKind.Theme, "Young people leave the villages");
        cafe.AddHarvestItem(F, ContributionKind.Question, "Who looks after the courtyards?");
        cafe.Close(F);
    }

    /// <summary>Runs a welcomed café's rounds (each table's first member writes a note when <paramref name="notes"/>) and begins its harvest.</summary>
    public static void RunRounds(WorldCafeSession cafe, FakeTimeProvider clock, bool notes)
    {
        for (var r = 1; r <= cafe.Design.Rounds; r++)
        {
            cafe.StartRound(F);
            if (r > 1)
            {
                cafe.BeginBriefing(F);
            }

            cafe.StartConversation(F);
            foreach (var table in cafe.Design.Tables.Where(_ => notes))
            {
                var writer = cafe.CurrentSeating!.MembersOf(table.Id)[0];
                cafe.AddNote(Actor.ForParticipant(writer), table.Id, $"Round {r} at {table.Id}");
            }

            clock.Advance(TimeSpan.FromMinutes(1));
            cafe.CloseRound(F);
        }

        cafe.BeginHarvest(F);
    }
}
