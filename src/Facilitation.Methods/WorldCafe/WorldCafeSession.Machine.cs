using Stateless;
using C = Facilitation.Methods.WorldCafe.WorldCafeCommand;
using P = Facilitation.Methods.WorldCafe.WorldCafePhase;

namespace Facilitation.Methods.WorldCafe;

/// <content>The phase machine: which command is legal in which phase. Commands that do not move the café are internal transitions, so every command is a trigger.</content>
public sealed partial class WorldCafeSession
{
    private bool RoundsRemain => _s.Round < Design.Rounds;

    private bool CanBrief => _s.Round > 1 && Design.HostSelection != HostSelection.None;

    private bool CanChooseHostNow => Design.HostSelection switch
    {
        HostSelection.RechosenEachRound => _s.Phase == P.Seating,
        HostSelection.VolunteerAfterFirstRound => _s.Round == 1 && _s.Phase is P.RoundClose or P.Plenary,
        _ => false,
    };

    private StateMachine<P, C> BuildMachine()
    {
        var m = new StateMachine<P, C>(() => _s.Phase, p => _s.Phase = p);
        static void Nothing()
        {
        }

        static bool Always(object[] arguments) => true;

        m.Configure(P.Design)
            .Permit(C.OpenCheckIn, P.CheckIn);
        m.Configure(P.CheckIn)
            .Permit(C.Welcome, P.Welcome)
            .InternalTransitionIf(C.Join, Always, Nothing, "walk-in or late arrival, later rounds re-planned")
            .InternalTransitionIf(C.Leave, Always, Nothing, "later rounds re-planned");
        m.Configure(P.Welcome)
            .Permit(C.StartRound, P.Seating)
            .InternalTransitionIf(C.Join, Always, Nothing, "walk-in or late arrival, later rounds re-planned")
            .InternalTransitionIf(C.Leave, Always, Nothing, "later rounds re-planned");
        m.Configure(P.Seating)
            .PermitIf(C.BeginBriefing, P.HostBriefing, () => CanBrief, "round 2 or later, with table hosts")
            .Permit(C.StartConversation, P.Conversation)
            .InternalTransitionIf(C.ChooseHost, _ => CanChooseHostNow, Nothing, "hosts are re-chosen each round")
            .InternalTransitionIf(C.Join, Always, Nothing, "walk-in or late arrival, later rounds re-planned")
            .InternalTransitionIf(C.Leave, Always, Nothing, "later rounds re-planned");
        m.Configure(P.HostBriefing)
            .Permit(C.StartConversation, P.Conversation)
            .InternalTransitionIf(C.AddBriefing, Always, Nothing, "the table's host")
            .InternalTransitionIf(C.Join, Always, Nothing, "walk-in or late arrival, later rounds re-planned")
            .InternalTransitionIf(C.Leave, Always, Nothing, "later rounds re-planned");
        m.Configure(P.Conversation)
            .Permit(C.CloseRound, P.RoundClose)
            .InternalTransitionIf(C.AddNote, Always, Nothing, "at the writer's own table")
            .InternalTransitionIf(C.ChangeRoundTime, Always, Nothing, "extend or shorten")
            .InternalTransitionIf(C.TimeWarning, Always, Nothing, "round timer")
            .InternalTransitionIf(C.TimeUp, Always, Nothing, "round timer, closes the round with auto-advance")
            .InternalTransitionIf(C.Join, Always, Nothing, "walk-in or late arrival, later rounds re-planned")
            .InternalTransitionIf(C.Leave, Always, Nothing, "later rounds re-planned");
        m.Configure(P.RoundClose)
            .PermitIf(C.StartRound, P.Seating, () => RoundsRemain, "another round remains")
            .PermitIf(C.StartPlenary, P.Plenary, () => Design.PlenaryBetweenRounds && RoundsRemain, "plenary between rounds, another round remains")
            .PermitIf(C.BeginHarvest, P.Harvest, () => !RoundsRemain, "every round held")
            .InternalTransitionIf(C.ChooseHost, _ => CanChooseHostNow, Nothing, "volunteer hosts, after round 1")
            .InternalTransitionIf(C.Join, Always, Nothing, "walk-in or late arrival, later rounds re-planned")
            .InternalTransitionIf(C.Leave, Always, Nothing, "later rounds re-planned");
        m.Configure(P.Plenary)
            .PermitIf(C.StartRound, P.Seating, () => RoundsRemain, "another round remains")
            .InternalTransitionIf(C.ChooseHost, _ => CanChooseHostNow, Nothing, "volunteer hosts, after round 1")
            .InternalTransitionIf(C.Join, Always, Nothing, "walk-in or late arrival, later rounds re-planned")
            .InternalTransitionIf(C.Leave, Always, Nothing, "later rounds re-planned");
        m.Configure(P.Harvest)
            .Permit(C.Close, P.Closed)
            .InternalTransitionIf(C.AddHarvestItem, Always, Nothing, "insight, theme, question or action item");
        m.Configure(P.Closed);
        return m;
    }
}
