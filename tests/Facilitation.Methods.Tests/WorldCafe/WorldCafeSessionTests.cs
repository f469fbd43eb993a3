using Facilitation.Methods.WorldCafe;
using C = Facilitation.Methods.WorldCafe.WorldCafeCommand;
using P = Facilitation.Methods.WorldCafe.WorldCafePhase;

namespace Facilitation.Methods.Tests.WorldCafe;

public class WorldCafeSessionTests
{
    private static readonly Actor F = Actor.Facilitator;

    public static TheoryData<P, string, P> Transitions => new()
    {
        { P.Design, nameof(C.OpenCheckIn), P.CheckIn },
        { P.CheckIn, nameof(C.Welcome), P.Welcome },
        { P.Welcome, nameof(C.StartRound), P.Seating },
        { P.Seating, nameof(C.StartConversation), P.Conversation },
        { P.Conversation, nameof(C.CloseRound), P.RoundClose },
        { P.RoundClose, nameof(C.StartPlenary), P.Plenary },
        { P.RoundClose, nameof(C.StartRound), P.Seating },
        { P.Plenary, nameof(C.StartRound), P.Seating },
        { P.Harvest, nameof(C.Close), P.Closed },
    };

    public static TheoryData<P, string> EveryPhaseAndCommand()
    {
        var data = new TheoryData<P, string>();
        foreach (var phase in Enum.GetValues<P>())
        {
            foreach (var command in Enum.GetValues<C>().Where(c => c is not (C.TimeWarning or C.TimeUp)))
            {
                data.Add(phase, command.ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Command_InItsPhase_MovesToTheNextPhaseAndRaisesOneVersion(P from, string name, P to)
    {
        var command = Enum.Parse<C>(name);
        var (cafe, _) = CafeFixture.At(from);
        var version = cafe.Version;
        var events = new List<WorldCafeEvent>();
        using var _ = cafe.OnEvent(events.Add);
        Assert.Contains(name, cafe.PermittedCommands);
        CafeFixture.Send(cafe, command, F);
        Assert.Equal(to, cafe.Phase);
        Assert.Equal(version + 1, cafe.Version);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(version + 1, e.Version));
    }

    [Fact]
    public void SecondRound_WithHosts_GoesThroughHostBriefing_AndLastRoundGoesToHarvest()
    {
        var (cafe, _) = CafeFixture.At(P.HostBriefing);
        Assert.Equal(2, cafe.CurrentRound!.Value.Number);
        cafe.StartConversation(F);
        cafe.CloseRound(F);
        Assert.DoesNotContain(nameof(C.StartRound), cafe.PermittedCommands);
        Assert.DoesNotContain(nameof(C.StartPlenary), cafe.PermittedCommands);
        cafe.BeginHarvest(F);
        Assert.Equal(P.Harvest, cafe.Phase);
    }

    [Theory]
    [MemberData(nameof(EveryPhaseAndCommand))]
    public void Command_OutsideItsPhase_IsRefusedNamingPhaseCommandAndAllowed_AndChangesNothing(P phase, string name)
    {
        var command = Enum.Parse<C>(name);
        var (cafe, _) = CafeFixture.At(phase);
        if (cafe.PermittedCommands.Contains(name))
        {
            Assert.Contains(name, cafe.PermittedCommands); // legal here: covered by the transition and command tests
            return;
        }

        var before = cafe.Save();
        var e = Assert.Throws<CommandRejectedException>(() => CafeFixture.Send(cafe, command, F));
        Assert.Equal(RejectionKind.WrongPhase, e.Kind);
        Assert.Equal(phase.ToString(), e.Phase);
        Assert.Equal(command.ToString(), e.Command);
        Assert.Equal(cafe.PermittedCommands.Select(c => c.ToString()), e.PermittedCommands);
        Assert.Contains($"{command} was refused in phase {phase}", e.Message, StringComparison.Ordinal);
        Assert.Contains("Allowed now:", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, cafe.Save());
    }

    [Theory]
    [InlineData(nameof(C.OpenCheckIn), P.Design)]
    [InlineData(nameof(C.Welcome), P.CheckIn)]
    [InlineData(nameof(C.StartRound), P.Welcome)]
    [InlineData(nameof(C.StartConversation), P.Seating)]
    [InlineData(nameof(C.ChangeRoundTime), P.Conversation)]
    [InlineData(nameof(C.CloseRound), P.Conversation)]
    [InlineData(nameof(C.StartPlenary), P.RoundClose)]
    [InlineData(nameof(C.BeginHarvest), P.RoundClose)]
    [InlineData(nameof(C.Join), P.CheckIn)]
    [InlineData(nameof(C.Close), P.Harvest)]
    public void FacilitatorCommand_FromAParticipant_IsNotPermitted_AndChangesNothing(string name, P phase)
    {
        var command = Enum.Parse<C>(name);
        var (cafe, _) = CafeFixture.At(phase);
        if (command == C.BeginHarvest)
        {
            (cafe, _) = CafeFixture.At(P.RoundClose, CafeFixture.Design(rounds: 1));
        }

        var before = cafe.Save();
        var e = Assert.Throws<CommandRejectedException>(() => CafeFixture.Send(cafe, command, Actor.ForParticipant("p05")));
        Assert.Equal(RejectionKind.NotPermitted, e.Kind);
        Assert.Contains("Only the facilitator", e.Reason, StringComparison.Ordinal);
        Assert.Equal(before, cafe.Save());
    }

    [Fact]
    public void AddNote_ByParticipantAtTheirTable_IsTaggedWithTableRoundQuestionAndAuthor()
    {
        var (cafe, _) = CafeFixture.At(P.Conversation);
        var seating = cafe.CurrentSeating!;
        var writer = seating.MembersOf("T2")[^1];
        var note = cafe.AddNote(Actor.ForParticipant(writer), "T2", "村民参与");
        Assert.Equal(writer, note.Author);
        Assert.Equal(new GroupId("T2"), note.Group);
        Assert.Equal(Round.First, note.Round);
        Assert.Equal(cafe.QuestionFor("T2", Round.First), note.Prompt);
        Assert.Equal(ContributionKind.Note, note.Kind);
        Assert.Contains(note, cafe.NotesFor("T2", Round.First));
    }

    [Fact]
    public void AddNote_AtAnotherTable_IsNotPermitted()
    {
        var (cafe, _) = CafeFixture.At(P.Conversation);
        var writer = cafe.CurrentSeating!.MembersOf("T2")[^1];
        var before = cafe.Save();
        var e = Assert.Throws<CommandRejectedException>(() => cafe.AddNote(Actor.ForParticipant(writer), "T1", "x"));
        Assert.Equal(RejectionKind.NotPermitted, e.Kind);
        Assert.Contains("sits at 'T2'", e.Reason, StringComparison.Ordinal);
        Assert.Equal(before, cafe.Save());
    }

    [Fact]
    public void AddNote_FromSystemOrUnknownPerson_IsNotPermitted()
    {
        var (cafe, _) = CafeFixture.At(P.Conversation);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.AddNote(Actor.System, "T1", "x")).Kind);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.AddNote(Actor.ForParticipant("stranger"), "T1", "x")).Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bell\u0007")]
    public void AddNote_WithBadText_IsInvalidInput(string text)
    {
        var (cafe, _) = CafeFixture.At(P.Conversation);
        var before = cafe.Save();
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => cafe.AddNote(F, "T1", text)).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => cafe.AddNote(F, "T1", new string('x', Limits.MaxTextLength + 1))).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => cafe.AddNote(F, "T9", "x")).Kind);
        Assert.Equal(before, cafe.Save());
    }

    [Fact]
    public void AnonymousNote_NeverRevealsItsAuthor_InNoteEventHarvestOrDocument()
    {
        var (cafe, _) = CafeFixture.At(P.Conversation);
        var writer = cafe.CurrentSeating!.MembersOf("T3")[^1];
        var events = new List<WorldCafeEvent>();
        using var _ = cafe.OnEvent(events.Add);
        var note = cafe.AddNote(Actor.ForParticipant(writer), "T3", "secret idea", anonymous: true, CommandOptions.WithId("my-secret-note"));
        Assert.Null(note.Author);
        var e = Assert.IsType<NoteAdded>(Assert.Single(events));
        Assert.Equal(Actor.Anonymous, e.Actor);
        Assert.Null(e.CommandId);
        Assert.Null(e.Note.Author);
        var saved = cafe.Save();
        Assert.DoesNotContain("my-secret-note", saved, StringComparison.Ordinal);
        Assert.DoesNotContain(writer.Value, saved[saved.IndexOf("\"events\"", StringComparison.Ordinal)..][..saved[saved.IndexOf("\"events\"", StringComparison.Ordinal)..].IndexOf("secret idea", StringComparison.Ordinal)][^200..], StringComparison.Ordinal);
        var noteJson = saved[saved.IndexOf("secret idea", StringComparison.Ordinal)..];
        Assert.DoesNotContain("\"author\"", noteJson[..noteJson.IndexOf('}')], StringComparison.Ordinal);
        Assert.DoesNotContain(writer.Value, Facilitation.Methods.Harvesting.HarvestExport.ToCsv(cafe.ToHarvest()).Split('\n').Single(l => l.Contains("secret idea", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_FreezeWhenTheRoundCloses()
    {
        var (cafe, _) = CafeFixture.At(P.Conversation);
        cafe.AddNote(F, "T1", "before");
        cafe.CloseRound(F);
        var e = Assert.Throws<CommandRejectedException>(() => cafe.AddNote(F, "T1", "after"));
        Assert.Equal(RejectionKind.WrongPhase, e.Kind);
        Assert.Single(cafe.Contributions);
    }

    [Fact]
    public void AddBriefing_ByTheTablesHost_IsRecorded_ByAnotherParticipant_IsNotPermitted()
    {
        var (cafe, _) = CafeFixture.At(P.HostBriefing);
        var host = cafe.HostOf("T1", new Round(2))!.Value;
        var briefing = cafe.AddBriefing(Actor.ForParticipant(host), "T1", "We talked about roads.");
        Assert.Equal(ContributionKind.Briefing, briefing.Kind);
        Assert.Equal(host, briefing.Author);
        var other = cafe.CurrentSeating!.MembersOf("T1").First(p => p != host);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.AddBriefing(Actor.ForParticipant(other), "T1", "x")).Kind);
    }

    [Fact]
    public void AddHarvestItem_ActionItemNeedsOwnerAndNextStep_OtherKindsAreRefused()
    {
        var (cafe, _) = CafeFixture.At(P.Harvest);
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => cafe.AddHarvestItem(F, ContributionKind.ActionItem, "Fix the road")).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => cafe.AddHarvestItem(F, ContributionKind.Note, "x")).Kind);
        var item = cafe.AddHarvestItem(Actor.ForParticipant("p04"), ContributionKind.ActionItem, "Fix the road", owner: "王主任", nextStep: "Ask the township");
        Assert.Equal("王主任", item.Owner);
        Assert.Equal("Ask the township", item.NextStep);
        Assert.Equal(new ParticipantId("p04"), item.Author);
        Assert.Contains(item, cafe.ToHarvest().TownHall);
    }

    [Fact]
    public void CommandId_RetriedTwice_IsAppliedOnce_AndReturnsTheSameNote()
    {
        var (cafe, _) = CafeFixture.At(P.Conversation);
        var version = cafe.Version;
        var first = cafe.AddNote(F, "T1", "once", options: CommandOptions.WithId("note-1"));
        var again = cafe.AddNote(F, "T1", "once", options: CommandOptions.WithId("note-1"));
        Assert.Same(first, again);
        Assert.Single(cafe.Contributions);
        Assert.Equal(version + 1, cafe.Version);
        cafe.CloseRound(F, CommandOptions.WithId("close-1"));
        cafe.CloseRound(F, CommandOptions.WithId("close-1"));
        Assert.Equal(P.RoundClose, cafe.Phase);
        Assert.Equal(version + 2, cafe.Version);
    }

    [Fact]
    public void CommandId_RetriedAfterRestore_ReturnsTheOriginalNote()
    {
        var (cafe, clock) = CafeFixture.At(P.Conversation);
        var first = cafe.AddNote(F, "T1", "once", options: CommandOptions.WithId("note-1"));
        var restored = WorldCafeSession.Restore(cafe.Save(), new SessionOptions { TimeProvider = clock }, CafeFixture.FastPlanner);
        var again = restored.AddNote(F, "T1", "once", options: CommandOptions.WithId("note-1"));
        Assert.Equivalent(first, again, strict: true);
        Assert.Single(restored.Contributions);
    }

    [Fact]
    public void ExpectedVersion_Stale_IsAConflict_Current_IsApplied()
    {
        var (cafe, _) = CafeFixture.At(P.Conversation);
        var seen = cafe.Version;
        cafe.AddNote(F, "T1", "someone else's");
        var before = cafe.Save();
        var e = Assert.Throws<CommandRejectedException>(() => cafe.AddNote(F, "T1", "mine", options: new CommandOptions { ExpectedVersion = seen }));
        Assert.Equal(RejectionKind.Conflict, e.Kind);
        Assert.Equal(before, cafe.Save());
        cafe.AddNote(F, "T1", "mine", options: new CommandOptions { ExpectedVersion = cafe.Version });
        Assert.Equal(2, cafe.Contributions.Length);
    }

    [Fact]
    public void Leave_ByAnotherParticipant_IsNotPermitted_ByThemselves_IsAccepted()
    {
        var (cafe, _) = CafeFixture.At(P.Welcome);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.Leave(Actor.ForParticipant("p08"), "p09")).Kind);
        cafe.Leave(Actor.ForParticipant("p09"), "p09");
        Assert.DoesNotContain(new ParticipantId("p09"), cafe.Present);
        Assert.All(cafe.Seatings, s => Assert.False(s.IsSeated("p09")));
    }

    [Fact]
    public void Join_WhenEverySeatIsTaken_IsAConflict()
    {
        var (cafe, _) = CafeFixture.At(P.CheckIn, CafeFixture.Design(people: 12, tables: 3, capacity: 4));
        var e = Assert.Throws<CommandRejectedException>(() => cafe.Join(F, new Participant("p99")));
        Assert.Equal(RejectionKind.Conflict, e.Kind);
        Assert.Contains("seats are taken", e.Reason, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.Conflict, Assert.Throws<CommandRejectedException>(() => cafe.Join(F, CafeFixture.Person(3))).Kind);
    }

    [Fact]
    public void Subscriber_ThatThrows_DoesNotAffectTheSession()
    {
        var (cafe, _) = CafeFixture.At(P.Conversation);
        using var _ = cafe.OnEvent(_ => throw new InvalidOperationException("bad handler"));
        cafe.AddNote(F, "T1", "still recorded");
        Assert.Single(cafe.Contributions);
    }

    [Fact]
    public void Constructor_WithInvalidDesign_ThrowsListingEveryError()
    {
        var design = CafeFixture.Design() with { Rounds = 0, Tables = [] };
        var e = Assert.Throws<InvalidDesignException>(() => WorldCafeSession.Create(design));
        Assert.Contains(e.Errors, m => m.Contains("at least one round", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("at least one table", StringComparison.Ordinal));
    }

    [Fact]
    public void Design_IsCopied_AndWarningsAreExposed()
    {
        var (cafe, _) = CafeFixture.CreateSut(CafeFixture.Design(people: 8, tables: 2));
        Assert.Contains(cafe.DesignWarnings, w => w.Contains("Only 8 people", StringComparison.Ordinal));
        Assert.Equal(8, cafe.Participants.Length);
    }
}
