using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The café moved from one phase to another: the one event of every phase change (check-in opened, welcome, a round's seating, briefing, conversation, round close, plenary, harvest, close).</summary>
public sealed class CafePhaseChanged : WorldCafeEvent, IPhaseChange<WorldCafePhase>
{
    internal CafePhaseChanged(WorldCafeCommand command, WorldCafePhase from, WorldCafePhase to, Round? round = null, SeatingPlan? plan = null) => (Trigger, From, To, Round, Plan) = (command, from, to, round, plan);

    [JsonConstructor]
    internal CafePhaseChanged(string command, WorldCafePhase from, WorldCafePhase to, Round? round = null, SeatingPlan? plan = null)
        : this(CommandName.Parse<WorldCafeCommand>(command), from, to, round, plan)
    {
    }

    /// <summary>The name of the command that moved it (<c>"TimeUp"</c> when the round timer closes the round with auto-advance).</summary>
    public string Command => Trigger.ToString();

    /// <summary>The phase the café left.</summary>
    public WorldCafePhase From { get; internal set; }

    /// <summary>The phase the café entered.</summary>
    public WorldCafePhase To { get; internal set; }

    /// <summary>The round the café is in after the change; null before round 1.</summary>
    public Round? Round { get; internal set; }

    /// <summary>The seating planned at the welcome, or re-planned when round 2 starts with volunteer hosts chosen automatically; null otherwise.</summary>
    public SeatingPlan? Plan { get; internal set; }

    /// <summary>Gets or sets the command that moved it, as the rules know it.</summary>
    [JsonIgnore]
    internal WorldCafeCommand Trigger { get; set; }
}
