using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.WorldCafe;

/// <summary>The rotation planner runs outside the café's gate: reads and other commands go on while it plans, and a plan the café moved past is made again.</summary>
public class WorldCafePlannerGateTests
{
    private static readonly Actor F = Actor.Facilitator;

    // Long enough never to fire on a healthy machine; only a deadlock (a planner inside the gate) would reach it.
    private static readonly TimeSpan DeadlockGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public void Join_WhileThePlannerWorks_ReadsAndNotesFromOtherThreadsDoNotWait_AndThePlanIsKept()
    {
        var planner = new InterruptingPlanner();
        var cafe = InConversation(planner);
        var writer = cafe.CurrentSeating!.MembersOf("T2")[^1];
        planner.During = () =>
        {
            var other = Task.Run(() =>
            {
                Assert.Equal(WorldCafePhase.Conversation, cafe.Phase);
                cafe.AddNote(Actor.ForParticipant(writer), "T2", "written while the planner works");
            });
            Assert.True(other.Wait(DeadlockGuard), "a read or a note waited for the planner");
        };
        var events = new List<WorldCafeEvent>();
        using var subscription = cafe.OnEvent(events.Add);

        cafe.Join(F, new Participant("late", "迟到者"));

        Assert.Equal(2, planner.Calls); // the welcome's plan, then the join's: a note does not change the seating, so no re-plan
        Assert.Equal([typeof(NoteAdded), typeof(ParticipantJoined)], events.Select(e => e.GetType()));
        var joined = (ParticipantJoined)events[1];
        Assert.Equal(events[0].Version - 1, joined.Plan!.PlannedAt);
        Assert.Empty(CafeFixture.Problems(cafe));
    }

    [Fact]
    public void Join_WhenAnotherJoinLandsWhileThePlannerWorks_PlansAgain_AndBothAreSeated()
    {
        var planner = new InterruptingPlanner();
        var cafe = InConversation(planner);
        planner.During = () =>
        {
            planner.During = null;
            Assert.True(Task.Run(() => cafe.Join(F, new Participant("second"))).Wait(DeadlockGuard));
        };

        cafe.Join(F, new Participant("first"));

        Assert.Equal(4, planner.Calls); // welcome, first (stale), second, first again
        Assert.Contains(new ParticipantId("first"), cafe.Present);
        Assert.Contains(new ParticipantId("second"), cafe.Present);
        Assert.NotNull(cafe.Seatings[^1].GroupOf("first"));
        Assert.NotNull(cafe.Seatings[^1].GroupOf("second"));
        Assert.Empty(CafeFixture.Problems(cafe));
    }

    [Fact]
    public void Leave_WhenThePeopleChangeDuringEveryPlan_IsRefusedAsAConflict_AndChangesNothingOfItsOwn()
    {
        var planner = new InterruptingPlanner();
        var cafe = InConversation(planner);
        var next = 0;
        planner.During = () =>
        {
            var person = new Participant($"walk-in-{++next}");
            var during = planner.During;
            planner.During = null;
            Assert.True(Task.Run(() => cafe.Join(F, person)).Wait(DeadlockGuard));
            planner.During = during;
        };
        var leaver = cafe.Present[^1];

        var e = Assert.Throws<CommandRejectedException>(() => cafe.Leave(F, leaver));

        Assert.Equal(RejectionKind.Conflict, e.Kind);
        Assert.Contains(leaver, cafe.Present);
        Assert.Equal(3, next); // three attempts, each overtaken by a walk-in
        Assert.Empty(CafeFixture.Problems(cafe));
    }

    [Fact]
    public void Leave_NamesThePeopleWhoMoved_AndNobodyElseChangesTable()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.RoundClose, CafeFixture.Design(people: 14, rounds: 4));
        var before = cafe.Seatings;
        var leaver = before[1].MembersOf("T2")[^1];
        var events = new List<WorldCafeEvent>();
        using var subscription = cafe.OnEvent(events.Add);

        cafe.Leave(F, leaver);

        var plan = Assert.IsType<ParticipantLeft>(Assert.Single(events)).Plan!;
        Assert.Equal(new Round(2), plan.FromRound);
        var after = cafe.Seatings;
        var changed = Enumerable.Range(1, 3)
            .SelectMany(r => before[r].Seated.Where(p => p != leaver && after[r].GroupOf(p) != before[r].GroupOf(p)))
            .Distinct()
            .Order()
            .ToList();
        Assert.Equal(changed, plan.Moved);
        Assert.DoesNotContain(leaver, plan.Moved);
    }

    [Theory]
    [InlineData(CafeReplanning.KeepAnnouncedSeats, true)]
    [InlineData(CafeReplanning.ReoptimiseEverything, false)]
    public void Leave_KeepsTheAnnouncedSeats_OnlyWhenTheDesignSaysSo(CafeReplanning replanning, bool announced)
    {
        var planner = new RecordingPlanner();
        var design = CafeFixture.Design(people: 14, rounds: 4) with { Replanning = replanning };
        var cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = new FakeTimeProvider(CafeFixture.Start) }, planner);
        cafe.OpenCheckIn(F);
        cafe.Welcome(F);
        var leaver = cafe.Seatings[1].MembersOf("T2")[^1];

        cafe.Leave(F, leaver);

        Assert.Equal(2, planner.Problems.Count);
        Assert.Empty(planner.Problems[0].Announced);
        Assert.Equal(announced, !planner.Problems[1].Announced.IsEmpty);
        using var restored = WorldCafeSession.Restore(cafe.Save(), new SessionOptions { TimeProvider = new FakeTimeProvider(CafeFixture.Start) });
        Assert.Equal(cafe.DesignJson, restored.DesignJson);
        Assert.Contains("\"replanning\":", restored.DesignJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Design_WithAnUnknownReplanning_IsInvalid_AndSaysWhatToUse()
    {
        var design = CafeFixture.Design() with { Replanning = (CafeReplanning)7 };

        var error = Assert.Throws<InvalidDesignException>(() => WorldCafeSession.Create(design));

        Assert.Contains(error.Errors, e => e.Contains("KeepAnnouncedSeats or ReoptimiseEverything", StringComparison.Ordinal));
    }

    private static WorldCafeSession InConversation(IRotationPlanner planner)
    {
        var cafe = WorldCafeSession.Create(CafeFixture.Design(people: 12, rounds: 3), new SessionOptions { TimeProvider = new FakeTimeProvider(CafeFixture.Start) }, planner);
        cafe.OpenCheckIn(F);
        cafe.Welcome(F);
        cafe.StartRound(F);
        cafe.StartConversation(F);
        return cafe;
    }

    /// <summary>The fast planner, keeping every problem it was given.</summary>
    private sealed class RecordingPlanner : IRotationPlanner
    {
        public List<RotationProblem> Problems { get; } = [];

        public RotationPlan Plan(RotationProblem problem, CancellationToken cancellationToken = default)
        {
            lock (Problems)
            {
                Problems.Add(problem);
            }

            return CafeFixture.FastPlanner.Plan(problem, cancellationToken);
        }
    }

    /// <summary>The fast planner, which runs a callback in the middle of every plan after the first (the welcome's).</summary>
    private sealed class InterruptingPlanner : IRotationPlanner
    {
        private int _calls;

        public Action? During { get; set; }

        public int Calls => _calls;

        public RotationPlan Plan(RotationProblem problem, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _calls) > 1)
            {
                During?.Invoke();
            }

            return CafeFixture.FastPlanner.Plan(problem, cancellationToken);
        }
    }
}
