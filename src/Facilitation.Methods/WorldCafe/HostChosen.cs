namespace Facilitation.Methods.WorldCafe;

/// <summary>A table host was chosen.</summary>
/// <param name="table">The table.</param>
/// <param name="host">The host.</param>
/// <param name="fromRound">The first round they host (filled by the session).</param>
/// <param name="plan">The re-planned seating when a volunteer host now stays at the table; null when hosts are re-chosen each round.</param>
public sealed class HostChosen(GroupId table, ParticipantId host, Round? fromRound = null, SeatingPlan? plan = null) : WorldCafeEvent
{
    /// <summary>The table.</summary>
    public GroupId Table { get; internal set; } = table;

    /// <summary>The host.</summary>
    public ParticipantId Host { get; internal set; } = host;

    /// <summary>The first round they host (filled by the session).</summary>
    public Round? FromRound { get; internal set; } = fromRound;

    /// <summary>The re-planned seating when a volunteer host now stays at the table; null when hosts are re-chosen each round.</summary>
    public SeatingPlan? Plan { get; internal set; } = plan;
}
