using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Benchmarks.Hosting;

/// <summary>Cafés of a given size, driven along the usual path, for the hosting benchmarks.</summary>
internal static class HostingCafes
{
    public static readonly IRotationPlanner Planner = new RotationPlanner();

    public static readonly Actor F = Actor.Facilitator;

    /// <summary>A café of <paramref name="people"/> people at tables of <paramref name="perTable"/>, each table with a host.</summary>
    public static WorldCafeDesign Design(int people, int perTable, int rounds, TimeSpan plannerTime) => new()
    {
        Title = $"Hosting benchmark café ({people} people)",
        Participants = [.. Enumerable.Range(1, people).Select(i => new Participant($"p{i:000}", $"Person {i:000}", [new("village", $"v{i % 7}")]))],
        Tables = [.. Enumerable.Range(1, people / perTable).Select(t => new Group($"T{t:00}", perTable + 1, $"p{t:000}"))],
        Questions = [.. Enumerable.Range(1, rounds).Select(q => new Prompt($"Question {q}: what matters most to our village?"))],
        QuestionMode = QuestionMode.PerRound,
        Rounds = rounds,
        RoundDuration = TimeSpan.FromMinutes(20),
        HostSelection = HostSelection.PreAssigned,
        PlannerTimeLimit = plannerTime,
    };

    /// <summary>Opens the café and runs it into round 1's conversation.</summary>
    public static WorldCafeSession InFirstConversation(WorldCafeDesign design)
    {
        var cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = TimeProvider.System }, Planner);
        cafe.OpenCheckIn(F);
        cafe.Welcome(F);
        cafe.StartRound(F);
        cafe.StartConversation(F);
        return cafe;
    }

    /// <summary>Closes the running round and runs the café into the next round's conversation (with the host briefing when the café has one).</summary>
    public static void MoveToNextRound(WorldCafeSession cafe)
    {
        cafe.CloseRound(F);
        cafe.StartRound(F);
        if (cafe.PermittedCommands.Contains(nameof(WorldCafeSession.BeginBriefing)))
        {
            cafe.BeginBriefing(F);
        }

        cafe.StartConversation(F);
    }

    /// <summary>Everyone seated this round writes <paramref name="notesEach"/> notes on their table's tablecloth.</summary>
    public static void EveryoneWrites(WorldCafeSession cafe, int notesEach)
    {
        var seating = cafe.CurrentSeating!;
        foreach (var table in seating.Groups)
        {
            foreach (var person in seating.MembersOf(table))
            {
                for (var n = 0; n < notesEach; n++)
                {
                    cafe.AddNote(Actor.ForParticipant(person), table, $"Round {seating.Round.Number}, {person}: an idea worth keeping, number {n + 1}.");
                }
            }
        }
    }

    /// <summary>A café after <paramref name="rounds"/> rounds in which everyone wrote <paramref name="notesEach"/> notes per round, closed after the last round.</summary>
    public static WorldCafeSession AfterRounds(int people, int perTable, int rounds, int notesEach, TimeSpan plannerTime)
    {
        var cafe = InFirstConversation(Design(people, perTable, rounds, plannerTime));
        EveryoneWrites(cafe, notesEach);
        for (var r = 2; r <= rounds; r++)
        {
            MoveToNextRound(cafe);
            EveryoneWrites(cafe, notesEach);
        }

        cafe.CloseRound(F);
        return cafe;
    }
}
