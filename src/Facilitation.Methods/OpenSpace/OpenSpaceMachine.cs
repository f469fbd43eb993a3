using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The Open Space phase machine: which commands each phase accepts, and where the phase-changing ones lead.</summary>
internal static class OpenSpaceMachine
{
    // The phases in which people both register and depart (OpeningCircle to MorningAnnouncements), as one superphase: OpenSpacePhase does
    // not declare it, and no command leads to it, so no session is ever in it (the diagram draws it as DoorsOpen around its phases).
    private const OpenSpacePhase DoorsOpen = (OpenSpacePhase)100;

    /// <summary>Configures the machine; <paramref name="state"/> returns the state being asked about, for the guards.</summary>
    public static void Configure(PhaseSetup<OpenSpacePhase, OpenSpaceCommand> m, Func<OpenSpaceState> state)
    {
        bool HasNextSlot() => state().StartedSlots < state().Slots.Count;
        bool NextSlotIsSameDay() => HasNextSlot() && state().Slots[state().StartedSlots].Day == state().Slots[state().StartedSlots - 1].Day;
        bool NextSlotIsLaterDay() => HasNextSlot() && state().Slots[state().StartedSlots].Day != state().Slots[state().StartedSlots - 1].Day;
        bool AllSlotsStarted() => state().StartedSlots == state().Slots.Count;

        const string nextSlot = "a slot remains";
        const string sameDay = "the next slot is today";
        const string laterDay = "the next slot is on a later day";
        const string allStarted = "every slot has started";
        bool SlotRuns() => state().SlotTime is { IsPaused: false };
        OpenSpaceCommand[] wall =
        [
            OpenSpaceCommand.PostIssue, OpenSpaceCommand.ExpressInterest, OpenSpaceCommand.MergeIssues,
            OpenSpaceCommand.MoveIssue, OpenSpaceCommand.AddSpace, OpenSpaceCommand.AddSlot, OpenSpaceCommand.AdoptAgenda, OpenSpaceCommand.AppointScribe,
        ];

        // From the opening circle to the last morning's announcements people register and depart: configured once, on a superphase no
        // session is ever in. People register before (in the design) too, and depart after (at convergence and action planning).
        m.Superphase(DoorsOpen, nameof(DoorsOpen))
            .InternalTransition(OpenSpaceCommand.RegisterParticipant, _ => { })
            .InternalTransition(OpenSpaceCommand.Depart, _ => { });

        Stay(m.Configure(OpenSpacePhase.Design)
            .Permit(OpenSpaceCommand.OpenCircle, OpenSpacePhase.OpeningCircle),
            OpenSpaceCommand.RegisterParticipant, OpenSpaceCommand.AddSpace, OpenSpaceCommand.AddSlot);

        m.Configure(OpenSpacePhase.OpeningCircle).SubstateOf(DoorsOpen)
            .Permit(OpenSpaceCommand.BeginAgendaSetting, OpenSpacePhase.AgendaSetting);

        Stay(m.Configure(OpenSpacePhase.AgendaSetting).SubstateOf(DoorsOpen)
            .Permit(OpenSpaceCommand.OpenMarketplace, OpenSpacePhase.Marketplace),
            OpenSpaceCommand.PostIssue, OpenSpaceCommand.AddSpace, OpenSpaceCommand.AddSlot);

        Stay(m.Configure(OpenSpacePhase.Marketplace).SubstateOf(DoorsOpen)
            .PermitIf(OpenSpaceCommand.StartNextSlot, OpenSpacePhase.SessionsRunning, HasNextSlot, nextSlot),
            wall);

        Stay(m.Configure(OpenSpacePhase.SessionsRunning).SubstateOf(DoorsOpen)
            .PermitReentryIf(OpenSpaceCommand.StartNextSlot, NextSlotIsSameDay, sameDay)
            .PermitIf(OpenSpaceCommand.BeginEveningNews, OpenSpacePhase.EveningNews, NextSlotIsLaterDay, laterDay)
            .PermitIf(OpenSpaceCommand.BeginConvergence, OpenSpacePhase.Convergence, AllSlotsStarted, allStarted)
            .PermitIf(OpenSpaceCommand.BeginActionPlanning, OpenSpacePhase.ActionPlanning, AllSlotsStarted, allStarted)
            .PermitIf(OpenSpaceCommand.BeginClosingCircle, OpenSpacePhase.ClosingCircle, AllSlotsStarted, allStarted)
            .InternalTransitionIf(OpenSpaceCommand.PauseSlot, _ => SlotRuns(), _ => { }, "the slot's timebox runs")
            .InternalTransitionIf(OpenSpaceCommand.ResumeSlot, _ => state().SlotTime is { IsPaused: true }, _ => { }, "the slot's timebox is paused")
            .InternalTransition(OpenSpaceCommand.ChangeSlotTime, _ => { })
            .InternalTransitionIf(OpenSpaceCommand.SlotTimeWarning, _ => SlotRuns() && !state().SlotWarningGiven, _ => { }, "the slot's timebox runs, no warning given yet")
            .InternalTransitionIf(OpenSpaceCommand.SlotTimeUp, _ => SlotRuns() && !state().SlotTimeUpGiven, _ => { }, "the slot's timebox runs, time is not up yet"),
            OpenSpaceCommand.ExpressInterest, OpenSpaceCommand.MoveIssue, OpenSpaceCommand.AddSpace,
            OpenSpaceCommand.AddSlot, OpenSpaceCommand.AdoptAgenda, OpenSpaceCommand.AppointScribe, OpenSpaceCommand.JoinSession,
            OpenSpaceCommand.LeaveSession, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews);

        Stay(m.Configure(OpenSpacePhase.EveningNews).SubstateOf(DoorsOpen)
            .Permit(OpenSpaceCommand.BeginMorningAnnouncements, OpenSpacePhase.MorningAnnouncements),
            OpenSpaceCommand.PostIssue, OpenSpaceCommand.ExpressInterest, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews);

        Stay(m.Configure(OpenSpacePhase.MorningAnnouncements).SubstateOf(DoorsOpen)
            .PermitIf(OpenSpaceCommand.StartNextSlot, OpenSpacePhase.SessionsRunning, HasNextSlot, nextSlot),
            [.. wall, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews]);

        Stay(m.Configure(OpenSpacePhase.Convergence)
            .Permit(OpenSpaceCommand.BeginActionPlanning, OpenSpacePhase.ActionPlanning)
            .Permit(OpenSpaceCommand.BeginClosingCircle, OpenSpacePhase.ClosingCircle),
            OpenSpaceCommand.CastDot, OpenSpaceCommand.ClusterIssues, OpenSpaceCommand.AppointInitiator, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews, OpenSpaceCommand.Depart);

        Stay(m.Configure(OpenSpacePhase.ActionPlanning)
            .Permit(OpenSpaceCommand.BeginClosingCircle, OpenSpacePhase.ClosingCircle),
            OpenSpaceCommand.RecordAction, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews, OpenSpaceCommand.Depart);

        Stay(m.Configure(OpenSpacePhase.ClosingCircle)
            .Permit(OpenSpaceCommand.Close, OpenSpacePhase.Closed),
            OpenSpaceCommand.Speak);
    }

    /// <summary>Configures commands that keep the phase. They are unguarded (the rules check their payload), so the diagram shows them without a guard label; the phase has no entry or exit actions, so re-entering it does nothing.</summary>
    private static void Stay(PhaseSetup<OpenSpacePhase, OpenSpaceCommand>.Phase phase, params OpenSpaceCommand[] commands)
    {
        foreach (var command in commands)
        {
            phase.PermitReentry(command);
        }
    }
}
