namespace Facilitation.Methods.WorldCafe;

/// <summary>A table host was chosen.</summary>
/// <param name="Table">The table.</param>
/// <param name="Host">The host.</param>
/// <param name="FromRound">The first round they host (filled by the session).</param>
/// <param name="Plan">The re-planned seating when a volunteer host now stays at the table; null when hosts are re-chosen each round.</param>
public sealed record HostChosen(GroupId Table, ParticipantId Host, Round? FromRound = null, SeatingPlan? Plan = null) : WorldCafeEvent;
