using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.WorldCafe;

/// <summary>Designs, sessions and a command dispatcher shared by the café tests.</summary>
internal static class CafeFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A fast, deterministic planner (a fixed step budget, one worker) so properties can re-plan hundreds of times.</summary>
    public static IRotationPlanner FastPlanner { get; } = new RotationPlanner { StepLimit = 300, Workers = 1 };

    public static Participant Person(int i) => new($"p{i:00}", $"人{i:00}", [new("village", $"v{i % 4}")]);

    public static WorldCafeDesign Design(int people = 12, int tables = 3, int rounds = 2, int capacity = 5, HostSelection hosts = HostSelection.PreAssigned) => new()
    {
        Title = "Test café",
        Participants = [.. Enumerable.Range(1, people).Select(Person)],
        Tables = [.. Enumerable.Range(1, tables).Select(t => new Group($"T{t}", capacity, hosts == HostSelection.PreAssigned ? Person(t).Id : (ParticipantId?)null))],
        Questions = [.. Enumerable.Range(1, Math.Max(tables, rounds)).Select(q => new Prompt($"Question {q}?"))],
        Rounds = rounds,
        HostSelection = hosts,
        PlenaryBetweenRounds = true,
        PlannerTimeLimit = TimeSpan.FromMilliseconds(100),
    };

    public static (WorldCafeSession Session, FakeTimeProvider Clock) CreateSut(WorldCafeDesign? design = null, IRotationPlanner? planner = null)
    {
        var clock = new FakeTimeProvider(Start);
        return (WorldCafeSession.Create(design ?? Design(), new SessionOptions { TimeProvider = clock }, planner ?? FastPlanner), clock);
    }

    /// <summary>Drives a new café (2 rounds, plenary) to the given phase along the usual path.</summary>
    public static (WorldCafeSession Session, FakeTimeProvider Clock) At(WorldCafePhase phase, WorldCafeDesign? design = null)
    {
        var (cafe, clock) = CreateSut(design);
        var f = Actor.Facilitator;
        var path = new (WorldCafePhase Reached, Action Step)[]
        {
            (WorldCafePhase.CheckIn, () => cafe.OpenCheckIn(f)),
            (WorldCafePhase.Welcome, () => cafe.Welcome(f)),
            (WorldCafePhase.Seating, () => cafe.StartRound(f)),
            (WorldCafePhase.Conversation, () => cafe.StartConversation(f)),
            (WorldCafePhase.RoundClose, () => cafe.CloseRound(f)),
            (WorldCafePhase.Plenary, () => cafe.StartPlenary(f)),
            (WorldCafePhase.Seating, () => cafe.StartRound(f)),
            (WorldCafePhase.HostBriefing, () => cafe.BeginBriefing(f)),
            (WorldCafePhase.Conversation, () => cafe.StartConversation(f)),
            (WorldCafePhase.RoundClose, () => cafe.CloseRound(f)),
            (WorldCafePhase.Harvest, () => cafe.BeginHarvest(f)),
            (WorldCafePhase.Closed, () => cafe.Close(f)),
        };
        foreach (var (reached, step) in path)
        {
            if (cafe.Phase == phase)
            {
                break;
            }

            step();
            Assert.Equal(reached, cafe.Phase);
        }

        Assert.Equal(phase, cafe.Phase);
        return (cafe, clock);
    }

    /// <summary>Sends any command with plausible arguments from the given actor.</summary>
    public static void Send(WorldCafeSession cafe, WorldCafeCommand command, Actor actor, CommandOptions? options = null)
    {
        var table = cafe.Design.Tables[0].Id;
        var seated = cafe.CurrentSeating?.MembersOf(table).LastOrDefault() ?? cafe.Design.Participants[0].Id;
        switch (command)
        {
            case WorldCafeCommand.OpenCheckIn: cafe.OpenCheckIn(actor, options); break;
            case WorldCafeCommand.Join: cafe.Join(actor, new Participant("walk-in"), options); break;
            case WorldCafeCommand.Leave: cafe.Leave(actor, cafe.Present[^1], options); break;
            case WorldCafeCommand.Welcome: cafe.Welcome(actor, options); break;
            case WorldCafeCommand.StartRound: cafe.StartRound(actor, options); break;
            case WorldCafeCommand.BeginBriefing: cafe.BeginBriefing(actor, options); break;
            case WorldCafeCommand.AddBriefing: cafe.AddBriefing(actor, table, "Last round we said…", options); break;
            case WorldCafeCommand.StartConversation: cafe.StartConversation(actor, options); break;
            case WorldCafeCommand.AddNote: cafe.AddNote(actor, table, "A note", options: options); break;
            case WorldCafeCommand.ChangeRoundTime: cafe.ChangeRoundTime(actor, TimeSpan.FromMinutes(5), options); break;
            case WorldCafeCommand.TimeWarning:
            case WorldCafeCommand.TimeUp: throw new InvalidOperationException("Timer signals come from the clock.");
            case WorldCafeCommand.CloseRound: cafe.CloseRound(actor, options); break;
            case WorldCafeCommand.StartPlenary: cafe.StartPlenary(actor, options); break;
            case WorldCafeCommand.ChooseHost: cafe.ChooseHost(actor, table, seated, options); break;
            case WorldCafeCommand.BeginHarvest: cafe.BeginHarvest(actor, options); break;
            case WorldCafeCommand.AddHarvestItem: cafe.AddHarvestItem(actor, ContributionKind.Insight, "An insight", options: options); break;
            case WorldCafeCommand.Close: cafe.Close(actor, options); break;
            case WorldCafeCommand.PauseRound: cafe.PauseRound(actor, options); break;
            case WorldCafeCommand.ResumeRound: cafe.ResumeRound(actor, options); break;
            default: throw new ArgumentOutOfRangeException(nameof(command));
        }
    }

    public static IEnumerable<string> Problems(WorldCafeSession cafe)
    {
        var present = cafe.Present;
        var seatings = cafe.Seatings;
        var round = cafe.CurrentRound?.Number ?? 0;
        var held = cafe.Phase is WorldCafePhase.Seating or WorldCafePhase.HostBriefing ? round - 1 : round;
        var groups = cafe.Design.Tables.Select(t => new Group(t.Id, t.Capacity, t.Host is { } h && present.Contains(h) && cafe.Design.HostSelection == HostSelection.PreAssigned ? h : (ParticipantId?)null));
        return seatings.Skip(held).SelectMany(s => s.FindProblems(groups, present));
    }
}
