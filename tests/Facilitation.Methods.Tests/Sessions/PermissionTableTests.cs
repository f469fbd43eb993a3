using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Sessions;
using Facilitation.Methods.Tests.Brainstorm;
using Facilitation.Methods.Tests.WorldCafe;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.Sessions;

/// <summary>
/// docs/permissions.md shows, for each method, who may send which command in which phase, written from the code: the rule book's
/// permission table (which the engine enforces on every accepted command) and its phase machine. Set FACILITATION_UPDATE_SNAPSHOTS=1 to
/// rewrite the tables in the page after changing either.
/// </summary>
public class PermissionTableTests
{
    private static readonly string Page = Path.Combine(Repository.Root, "docs", "permissions.md");

    public static TheoryData<string> Methods => ["worldCafe", "brainstorm", "openSpace"];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Docs_PermissionTable_IsTheOneTheCodeWrites(string method)
    {
        var table = method switch
        {
            "worldCafe" => new WorldCafeRules(CafeFixture.Design()).PermissionTable(),
            "brainstorm" => new BrainstormRules(BrainstormFixtures.Design()).PermissionTable(),
            _ => new OpenSpaceRules().PermissionTable(),
        };
        var (begin, end) = ($"<!-- permissions:{method}:begin -->\n", $"<!-- permissions:{method}:end -->");
        var text = File.ReadAllText(Page).ReplaceLineEndings("\n");
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"docs/permissions.md has no '{begin.Trim()}' … '{end}' block.");
        if (Environment.GetEnvironmentVariable("FACILITATION_UPDATE_SNAPSHOTS") == "1")
        {
            text = string.Concat(text.AsSpan(0, from + begin.Length), table, text.AsSpan(to));
            File.WriteAllText(Page, text);
            to = text.IndexOf(end, StringComparison.Ordinal);
        }

        Assert.Equal(table, text[(from + begin.Length)..to]);
    }

    [Fact]
    public void Table_WithoutARowForEveryCommand_IsRefusedWhenBuilt()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new PermissionTable<WorldCafePhase>((WorldCafePhase.Design, Senders.Facilitator, "")));
        Assert.Contains("no row for CheckIn", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allows_ReadsTheRolesOfTheRow_AndRefusesUnknownCommandsAndNoActor()
    {
        var cafe = WorldCafeRules.Permissions;
        Assert.True(cafe.Allows(nameof(WorldCafeCommand.AddNote), ActorRole.Participant));
        Assert.False(cafe.Allows(nameof(WorldCafeCommand.AddHarvestItem), ActorRole.CoFacilitator));
        Assert.True(cafe.Allows(nameof(WorldCafeCommand.StartRound), ActorRole.CoFacilitator));
        Assert.False(cafe.Allows(nameof(WorldCafeCommand.StartRound), ActorRole.Participant));
        Assert.False(cafe.Allows(nameof(WorldCafeCommand.TimeUp), ActorRole.Facilitator));
        Assert.False(cafe.Allows("NoSuchCommand", ActorRole.Facilitator));
        Assert.False(cafe.Allows(nameof(WorldCafeCommand.StartRound), ActorRole.None));
        Assert.False(OpenSpaceRules.Permissions.Allows(nameof(OpenSpaceCommand.PostIssue), ActorRole.Anonymous));
        Assert.True(BrainstormRules.Permissions.Allows(nameof(BrainstormCommand.EndRound), ActorRole.System));
    }

    [Fact]
    public void Markdown_HasOneRowPerCommand_WithItsPhasesFromTheMachine()
    {
        var table = new WorldCafeRules(CafeFixture.Design()).PermissionTable();
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enum.GetValues<WorldCafeCommand>().Length + 2, rows.Length);
        Assert.Contains("| `AddNote` | Conversation | ✓ | ✓ | ✓ | ✓ | – |", table, StringComparison.Ordinal);
        Assert.Contains("| `Join` | CheckIn, Welcome, Seating, HostBriefing, Conversation, RoundClose, Plenary | ✓ | ✓ | – | – | – |", table, StringComparison.Ordinal);
    }
}
