using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Orleans.Tests;

/// <summary>The shipped command tables, run on a local session (no cluster): every public command by name, arguments by name.</summary>
public sealed class SessionMethodsTests
{
    private static readonly WorldCafeDesign Design = new()
    {
        Title = "Table test",
        Participants = [.. Enumerable.Range(1, 6).Select(i => new Participant(new ParticipantId($"p{i}")))],
        Tables = [new Group(new GroupId("T1"), 4, new ParticipantId("p1")), new Group(new GroupId("T2"), 4, new ParticipantId("p2"))],
        Questions = [new Prompt("What grows here?"), new Prompt("Who tends it?")],
        Rounds = 2,
    };

    [Fact]
    public void TheTables_HoldEveryCommandOfTheirSession_AndNothingElse()
    {
        var cafe = SessionMethods.WorldCafe().Commands;
        Assert.Subset(cafe.ToHashSet(), new HashSet<string> { "OpenCheckIn", "Join", "Leave", "Welcome", "StartRound", "AddNote", "ChooseHost", "AddHarvestItem", "Close" });
        Assert.DoesNotContain("Save", cafe);
        Assert.DoesNotContain("Dispose", cafe);
        Assert.DoesNotContain("WhyRefused", cafe);
        Assert.Subset(SessionMethods.Brainstorm().Commands.ToHashSet(), new HashSet<string> { "StartRound", "AddIdea", "CastDots", "CastRanking", "Decide", "Join", "Leave" });
        Assert.Subset(SessionMethods.OpenSpace().Commands.ToHashSet(), new HashSet<string> { "PostIssue", "ExpressInterest", "SubmitReport", "RecordAction" });
        Assert.Equal("openSpace", SessionMethods.OpenSpace().Name);
    }

    [Fact]
    public void TheWorkshopTable_HoldsTheWorkshopsCommands_AndTheRunningBlocksByMethodPrefix()
    {
        var workshop = SessionMethods.Workshop();

        Assert.Equal("workshop", workshop.Name);
        Assert.Subset(workshop.Commands.ToHashSet(), new HashSet<string> { "OpenDay", "StartBlock", "CloseBlock", "CheckIn", "Depart", "CarryItems", "Close", "WorldCafe.AddNote", "OpenSpace.PostIssue", "Brainstorm.AddIdea" });
        Assert.DoesNotContain("Save", workshop.Commands);
    }

    [Fact]
    public void ACafe_RunsByName_WithNamedArguments_AndOptionalOnesLeftOut()
    {
        using var session = WorldCafeSession.Create(Design);
        ISessionMethod table = SessionMethods.WorldCafe();
        foreach (var command in new[] { "OpenCheckIn", "Welcome", "StartRound", "StartConversation" })
        {
            Assert.Null(table.Run(session, new SessionCommand(command, Actor.Facilitator)));
        }

        var seat = session.CurrentSeating!.GroupOf(new ParticipantId("p3"))!.Value;
        var json = table.Run(session, SessionCommand.WithPayload("AddNote", Actor.ForParticipant(new ParticipantId("p3")), new { table = seat.Value, text = "a seed bank", anonymous = true }));
        Assert.Contains("a seed bank", json, StringComparison.Ordinal);
        table.Run(session, SessionCommand.WithPayload("AddNote", Actor.ForParticipant(new ParticipantId("p3")), new { Table = seat.Value, Text = "named" }));

        var notes = session.Contributions.Where(c => c.Kind == ContributionKind.Note).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Null(notes[0].Author);
        Assert.Equal(new ParticipantId("p3"), notes[1].Author);
    }

    [Fact]
    public void Join_ByName_TakesTheParticipantAsJson_WithNameAttributesAndLanguages()
    {
        using var session = WorldCafeSession.Create(Design);
        var table = SessionMethods.WorldCafe();
        table.Send(session, new SessionCommand("OpenCheckIn", Actor.Facilitator)).ThrowIfRefused();
        var newcomer = new Participant(new ParticipantId("p7"), "Mei", [new("village", "v3")], ["zh"]);

        var reply = table.Send(session, SessionCommand.WithPayload("Join", Actor.Facilitator, new { participant = newcomer }));

        Assert.True(reply.Accepted, reply.Refusal?.Reason);
        Assert.Equal(newcomer, session.Participants.Single(p => p.Id == newcomer.Id));
        var nameless = table.Send(session, new SessionCommand("Join", Actor.Facilitator, "{\"participant\":{\"displayName\":\"No id\"}}"));
        Assert.Equal(RejectionKind.InvalidInput, nameless.Refusal?.Kind);
        Assert.Contains("needs an id", nameless.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Send_InProcess_ReturnsARefusalAsData_AndChangesNothing()
    {
        using var session = WorldCafeSession.Create(Design);
        var table = SessionMethods.WorldCafe();

        var refused = table.Send(session, new SessionCommand("StartRound", Actor.Facilitator));
        var unknown = table.Send(session, new SessionCommand("Dance", Actor.Facilitator));

        Assert.Equal(RejectionKind.WrongPhase, refused.Refusal?.Kind);
        Assert.Equal(RejectionKind.InvalidInput, unknown.Refusal?.Kind);
        Assert.Contains("not in the worldCafe command table", unknown.Refusal!.Reason, StringComparison.Ordinal);
        Assert.Equal(0, session.Version);
        Assert.Throws<CommandRejectedException>(refused.ThrowIfRefused);
    }

    [Theory]
    [InlineData("{\"table\":\"T1\",\"txt\":\"x\"}", "'txt'")]
    [InlineData("{\"table\":\"T1\"}", "'text'")]
    [InlineData("\"just text\"", "JSON object")]
    [InlineData("{\"table\":7,\"text\":\"x\"}", "'table'")]
    [InlineData("{\"table\":\"T1\",\"text\":\"x\",\"TEXT\":\"y\"}", "twice")]
    [InlineData("{not json", "not JSON")]
    public void BadArguments_AreRefusedNamingWhat_AndChangeNothing(string payload, string named)
    {
        using var session = WorldCafeSession.Create(Design);
        ISessionMethod table = SessionMethods.WorldCafe();
        table.Run(session, new SessionCommand("OpenCheckIn", Actor.Facilitator));
        var version = session.Version;

        var e = Assert.Throws<ArgumentException>(() => table.Run(session, new SessionCommand("AddNote", Actor.Facilitator, payload)));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
        Assert.Equal(version, session.Version);
    }

    [Fact]
    public void ARefusedCommand_ThrowsTheSessionsOwnRefusal_NotAReflectionWrapper()
    {
        using var session = WorldCafeSession.Create(Design);
        ISessionMethod table = SessionMethods.WorldCafe();
        var e = Assert.Throws<CommandRejectedException>(() => table.Run(session, new SessionCommand("StartRound", Actor.Facilitator)));
        Assert.Equal("StartRound", e.Command);
        Assert.Equal(0, session.Version);
    }

    [Fact]
    public void ABrainstorm_TakesDictionaryAndListArguments_KeyedByIds()
    {
        var design = new BrainstormDesign
        {
            Participants = [new Participant(new ParticipantId("p1")), new Participant(new ParticipantId("p2"))],
            Rounds = [new GenerationRound { Duration = TimeSpan.FromMinutes(10) }],
        };
        using var session = BrainstormSession.Create(design);
        ISessionMethod table = SessionMethods.Brainstorm();
        table.Run(session, new SessionCommand("StartRound", Actor.Facilitator));
        var first = table.Run(session, SessionCommand.WithPayload("AddIdea", Actor.ForParticipant(new ParticipantId("p1")), new { text = "seed bank" }))!.Trim('"');
        table.Run(session, SessionCommand.WithPayload("AddIdea", Actor.ForParticipant(new ParticipantId("p2")), new { text = "tea trail", buildsOn = first }));
        Assert.Equal(2, session.Ideas.Length);
        Assert.Equal(new ContributionId(first), session.Ideas[1].BuildsOn);
    }
}
