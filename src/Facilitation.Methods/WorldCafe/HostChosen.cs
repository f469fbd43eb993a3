using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>A table host was chosen.</summary>
public sealed class HostChosen : WorldCafeEvent
{
    [JsonConstructor] internal HostChosen(GroupId table, ParticipantId host, Round? fromRound = null, SeatingPlan? plan = null) => (Table, Host, FromRound, Plan) = (table, host, fromRound, plan);

    /// <summary>The table.</summary>
    public GroupId Table { get; internal set; }

    /// <summary>The host.</summary>
    public ParticipantId Host { get; internal set; }

    /// <summary>The first round they host (filled by the session).</summary>
    public Round? FromRound { get; internal set; }

    /// <summary>The re-planned seating when a volunteer host now stays at the table; null when hosts are re-chosen each round.</summary>
    public SeatingPlan? Plan { get; internal set; }
}
