using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.WorldCafe;
using Facilitation.Methods.Workshops;

namespace Facilitation.Methods.Tests.Workshops;

/// <summary>A small, valid two-day programme the workshop tests vary.</summary>
internal static class WorkshopFixture
{
    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static DateTimeOffset At(int day, int hour, int minute = 0) => new(2018, 12, 4 + day, hour, minute, 0, Shanghai);

    public static Participant Person(int i) => new($"d{i:00}", $"主任{i:00}", [new("village", $"村{i % 4}")]);

    public static IReadOnlyList<Participant> Roster(int n = 12) => [.. Enumerable.Range(1, n).Select(Person)];

    public static WorldCafeDesign Cafe(int rounds = 3, int minutes = 20) => new()
    {
        Title = "Café",
        Participants = [.. Roster()],
        Tables = [.. Enumerable.Range(1, 3).Select(t => new Group($"T{t}", 5, Person(t).Id))],
        Questions = [.. Enumerable.Range(1, 3).Select(q => new Prompt($"Question {q}?"))],
        Rounds = rounds,
        RoundDuration = TimeSpan.FromMinutes(minutes),
    };

    public static OpenSpaceDesign OpenSpaceDesign(params OpenSpaceSlot[] slots) => new()
    {
        Theme = new Prompt("How do we mobilise the resources self-governance needs?"),
        Spaces = [new OpenSpaceSpace("A", "Room A", 12), new OpenSpaceSpace("B", "Room B", 12)],
        Slots = slots.Length > 0 ? [.. slots] : [new OpenSpaceSlot(At(2, 14), TimeSpan.FromMinutes(45)), new OpenSpaceSlot(At(2, 15), TimeSpan.FromMinutes(45))],
        Participants = [.. Roster()],
    };

    public static BrainstormDesign BrainstormDesign(int rounds = 2, int minutes = 10) => new()
    {
        Title = "Brainstorm",
        Participants = [.. Roster()],
        Rounds = [.. Enumerable.Range(1, rounds).Select(_ => new GenerationRound(GenerationTechnique.Open) { Duration = TimeSpan.FromMinutes(minutes) })],
    };

    public static WorkshopDesign Design() => new()
    {
        Title = "社区自治成长工作坊",
        Organisers = [new Organiser("社区事务办", "主办"), new Organiser("社区公益组织", "承办")],
        Facilitators = [new Facilitator("王老师", FacilitatorRole.Lead), new Facilitator("李老师")],
        Participants = [.. Roster()],
        Days = [new WorkshopDay(At(1, 8, 30), At(1, 21)), new WorkshopDay(At(2, 8, 30), At(2, 17))],
        Blocks =
        [
            new WorkshopBlock("lecture", BlockKind.Lecture, "Rural governance today", At(1, 9), TimeSpan.FromHours(2)) { Speaker = "Professor Zhou", Place = "Hall" },
            WorkshopBlock.WorldCafe("cafe", "World Café", At(1, 19), TimeSpan.FromMinutes(80), Cafe()) with { Facilitator = "王老师" },
            WorkshopBlock.OpenSpace("open-space", "Open Space", At(2, 13, 30), TimeSpan.FromHours(2.5), OpenSpaceDesign()) with { Facilitator = "李老师" },
            WorkshopBlock.Brainstorm("brainstorm", "Brainstorm", At(2, 16), TimeSpan.FromMinutes(30), BrainstormDesign()) with { Facilitator = "李老师" },
        ],
        Resources = ResourceCategories.FiveResources,
    };

    public static WorkshopDesign WithBlocks(params WorkshopBlock[] blocks) => Design() with { Blocks = [.. blocks] };

    public static WorkshopBlock Plain(string id, DateTimeOffset start, int minutes) => new(id, BlockKind.Lecture, id, start, TimeSpan.FromMinutes(minutes));
}
