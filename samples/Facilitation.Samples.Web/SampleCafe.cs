using Facilitation.Methods;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>The café this sample serves: twelve villagers, three tables, three rounds.</summary>
internal static class SampleCafe
{
    public static WorldCafeDesign Design { get; } = new()
    {
        Title = "Our village in ten years",
        Participants = [.. Enumerable.Range(1, 12).Select(i => new Participant($"p{i:00}", $"Villager {i:00}", [new("village", $"v{i % 3}")]))],
        Tables = [new Group("T1", 5, "p01"), new Group("T2", 5, "p02"), new Group("T3", 5, "p03")],
        Questions = [new Prompt("What do we want to keep?"), new Prompt("What must change?"), new Prompt("What will we do first?")],
        QuestionMode = QuestionMode.PerRound,
        Rounds = 3,
        RoundDuration = TimeSpan.FromMinutes(20),
        HostSelection = HostSelection.PreAssigned,
        MixBy = "village",
        PlannerTimeLimit = TimeSpan.FromMilliseconds(500),
    };
}
