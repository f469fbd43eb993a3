using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Workshops;

/// <summary>The base of every event a running workshop raises; subscribe with <see cref="IObservable{T}.Subscribe"/> or <c>OnEvent</c>.</summary>
/// <remarks>Immutable. Every accepted command raises exactly one event. What happens inside a block's method session is that session's own events.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(WorkshopPhaseChanged), "workshopPhaseChanged")]
[JsonDerivedType(typeof(BlockSkipped), "blockSkipped")]
[JsonDerivedType(typeof(CheckedIn), "checkedIn")]
[JsonDerivedType(typeof(Departed), "departed")]
[JsonDerivedType(typeof(AttendanceRecorded), "attendanceRecorded")]
[JsonDerivedType(typeof(ItemsCarried), "itemsCarried")]
[JsonDerivedType(typeof(ResourceListed), "resourceListed")]
[JsonDerivedType(typeof(ActionsAdded), "actionsAdded")]
[JsonDerivedType(typeof(ActionUpdated), "actionUpdated")]
public abstract class WorkshopEvent : SessionEvent
{
    /// <summary>Only this library derives events.</summary>
    private protected WorkshopEvent()
    {
    }
}

/// <summary>The facilitator opened or closed a day, started or closed a block, or closed the workshop.</summary>
public sealed class WorkshopPhaseChanged : WorkshopEvent, IPhaseChange<WorkshopPhase>
{
    internal WorkshopPhaseChanged(WorkshopCommand command, WorkshopPhase from, WorkshopPhase to) => (Trigger, From, To) = (command, from, to);

    [JsonConstructor]
    internal WorkshopPhaseChanged(string command, WorkshopPhase from, WorkshopPhase to)
        : this(CommandName.Parse<WorkshopCommand>(command), from, to)
    {
    }

    /// <summary>The name of the command that moved the workshop (the name of the session's method, such as <c>"StartBlock"</c>).</summary>
    public string Command => Trigger.ToString();

    /// <summary>Gets or sets the command that moved it, as the rules know it.</summary>
    [JsonIgnore]
    internal WorkshopCommand Trigger { get; set; }

    /// <summary>The phase before.</summary>
    public WorkshopPhase From { get; internal set; }

    /// <summary>The phase after.</summary>
    public WorkshopPhase To { get; internal set; }

    /// <summary>Gets the day opened or closed (1-based), or the day of the block started or closed.</summary>
    [JsonInclude]
    public int? Day { get; internal set; }

    /// <summary>Gets the block started or closed.</summary>
    [JsonInclude]
    public string? Block { get; internal set; }

    /// <summary>Gets, for a block started, who was present and on the block's list: its method session starts with them.</summary>
    [JsonInclude]
    public ImmutableArray<ParticipantId> Participants { get; internal set; } = [];

    /// <summary>Gets, for a block closed, what it left behind.</summary>
    [JsonInclude]
    public BlockRecord? Record { get; internal set; }

    /// <summary>Gets, for a method block closed, its method session's event log, so the workshop's own log restores the session.</summary>
    [JsonInclude]
    internal ImmutableArray<SessionEventRecord> BlockLog { get; set; } = [];
}

/// <summary>The facilitator skipped a block of the programme.</summary>
public sealed class BlockSkipped : WorkshopEvent
{
    [JsonConstructor] internal BlockSkipped(string block, string reason) => (Block, Reason) = (block, reason);

    /// <summary>The block skipped.</summary>
    public string Block { get; internal set; }

    /// <summary>Why.</summary>
    public string Reason { get; internal set; }
}

/// <summary>A person checked in (again, after leaving, is allowed).</summary>
public sealed class CheckedIn : WorkshopEvent
{
    [JsonConstructor] internal CheckedIn(ParticipantId person) => Person = person;

    /// <summary>Who.</summary>
    public ParticipantId Person { get; internal set; }

    /// <summary>Gets the running block whose method session took the person in (a café join, an Open Space registration), or null.</summary>
    [JsonInclude]
    public string? Block { get; internal set; }
}

/// <summary>A person left the workshop; they are no longer present for later blocks.</summary>
public sealed class Departed : WorkshopEvent
{
    [JsonConstructor] internal Departed(ParticipantId person) => Person = person;

    /// <summary>Who.</summary>
    public ParticipantId Person { get; internal set; }

    /// <summary>Gets the running block whose method session let the person go (a café leave), or null.</summary>
    [JsonInclude]
    public string? Block { get; internal set; }
}

/// <summary>The facilitator recorded who took part in the running plain block.</summary>
public sealed class AttendanceRecorded : WorkshopEvent
{
    [JsonConstructor] internal AttendanceRecorded(string block, ImmutableArray<ParticipantId> people) => (Block, People) = (block, people);

    /// <summary>The block.</summary>
    public string Block { get; internal set; }

    /// <summary>Who took part.</summary>
    public ImmutableArray<ParticipantId> People { get; internal set; }
}

/// <summary>The facilitator carried items from earlier blocks into a later one; each item keeps its sources.</summary>
public sealed class ItemsCarried : WorkshopEvent
{
    [JsonConstructor] internal ItemsCarried(string block, ImmutableArray<CarriedItem> items) => (Block, Items) = (block, items);

    /// <summary>The block the items are carried into.</summary>
    public string Block { get; internal set; }

    /// <summary>The items.</summary>
    public ImmutableArray<CarriedItem> Items { get; internal set; }
}

/// <summary>A village's resource was listed in the running inventory block.</summary>
public sealed class ResourceListed : WorkshopEvent
{
    [JsonConstructor] internal ResourceListed(string village, string category, string text) => (Village, Category, Text) = (village, category, text);

    /// <summary>The village.</summary>
    public string Village { get; internal set; }

    /// <summary>The category's key.</summary>
    public string Category { get; internal set; }

    /// <summary>The resource.</summary>
    public string Text { get; internal set; }

    /// <summary>Gets the entry's id in the inventory.</summary>
    [JsonInclude]
    public ContributionId? Id { get; internal set; }
}

/// <summary>The facilitator added items to the action plan.</summary>
public sealed class ActionsAdded : WorkshopEvent
{
    [JsonConstructor] internal ActionsAdded(ImmutableArray<ActionPlanItem> items) => Items = items;

    /// <summary>The items.</summary>
    public ImmutableArray<ActionPlanItem> Items { get; internal set; }
}

/// <summary>The facilitator changed an item of the action plan (its id and sources stay).</summary>
public sealed class ActionUpdated : WorkshopEvent
{
    [JsonConstructor] internal ActionUpdated(ActionPlanItem item) => Item = item;

    /// <summary>The item as it is now.</summary>
    public ActionPlanItem Item { get; internal set; }
}
