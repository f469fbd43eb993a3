using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Workshops;

/// <summary>The base of every event a running workshop raises; subscribe with <see cref="WorkshopSession.Subscribe"/> or <c>OnEvent</c>.</summary>
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
/// <param name="command">The command that moved the workshop.</param>
/// <param name="from">The phase before.</param>
/// <param name="to">The phase after.</param>
public sealed class WorkshopPhaseChanged(WorkshopCommand command, WorkshopPhase from, WorkshopPhase to) : WorkshopEvent, IPhaseChange
{
    /// <summary>The command that moved the workshop.</summary>
    public WorkshopCommand Command { get; internal set; } = command;

    /// <summary>The phase before.</summary>
    public WorkshopPhase From { get; internal set; } = from;

    /// <summary>The phase after.</summary>
    public WorkshopPhase To { get; internal set; } = to;

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
    public ImmutableArray<SessionEventRecord> BlockLog { get; internal set; } = [];

    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}

/// <summary>The facilitator skipped a block of the programme.</summary>
/// <param name="block">The block skipped.</param>
/// <param name="reason">Why.</param>
public sealed class BlockSkipped(string block, string reason) : WorkshopEvent
{
    /// <summary>The block skipped.</summary>
    public string Block { get; internal set; } = block;

    /// <summary>Why.</summary>
    public string Reason { get; internal set; } = reason;
}

/// <summary>A person checked in (again, after leaving, is allowed).</summary>
/// <param name="person">Who.</param>
public sealed class CheckedIn(ParticipantId person) : WorkshopEvent
{
    /// <summary>Who.</summary>
    public ParticipantId Person { get; internal set; } = person;

    /// <summary>Gets the running block whose method session took the person in (a café join, an Open Space registration), or null.</summary>
    [JsonInclude]
    public string? Block { get; internal set; }
}

/// <summary>A person left the workshop; they are no longer present for later blocks.</summary>
/// <param name="person">Who.</param>
public sealed class Departed(ParticipantId person) : WorkshopEvent
{
    /// <summary>Who.</summary>
    public ParticipantId Person { get; internal set; } = person;

    /// <summary>Gets the running block whose method session let the person go (a café leave), or null.</summary>
    [JsonInclude]
    public string? Block { get; internal set; }
}

/// <summary>The facilitator recorded who took part in the running plain block.</summary>
/// <param name="block">The block.</param>
/// <param name="people">Who took part.</param>
public sealed class AttendanceRecorded(string block, ImmutableArray<ParticipantId> people) : WorkshopEvent
{
    /// <summary>The block.</summary>
    public string Block { get; internal set; } = block;

    /// <summary>Who took part.</summary>
    public ImmutableArray<ParticipantId> People { get; internal set; } = people;
}

/// <summary>The facilitator carried items from earlier blocks into a later one; each item keeps its sources.</summary>
/// <param name="block">The block the items are carried into.</param>
/// <param name="items">The items.</param>
public sealed class ItemsCarried(string block, ImmutableArray<CarriedItem> items) : WorkshopEvent
{
    /// <summary>The block the items are carried into.</summary>
    public string Block { get; internal set; } = block;

    /// <summary>The items.</summary>
    public ImmutableArray<CarriedItem> Items { get; internal set; } = items;
}

/// <summary>A village's resource was listed in the running inventory block.</summary>
/// <param name="village">The village.</param>
/// <param name="category">The category's key.</param>
/// <param name="text">The resource.</param>
public sealed class ResourceListed(string village, string category, string text) : WorkshopEvent
{
    /// <summary>The village.</summary>
    public string Village { get; internal set; } = village;

    /// <summary>The category's key.</summary>
    public string Category { get; internal set; } = category;

    /// <summary>The resource.</summary>
    public string Text { get; internal set; } = text;

    /// <summary>Gets the entry's id in the inventory.</summary>
    [JsonInclude]
    public ContributionId? Id { get; internal set; }
}

/// <summary>The facilitator added items to the action plan.</summary>
/// <param name="items">The items.</param>
public sealed class ActionsAdded(ImmutableArray<ActionPlanItem> items) : WorkshopEvent
{
    /// <summary>The items.</summary>
    public ImmutableArray<ActionPlanItem> Items { get; internal set; } = items;
}

/// <summary>The facilitator changed an item of the action plan (its id and sources stay).</summary>
/// <param name="item">The item as it is now.</param>
public sealed class ActionUpdated(ActionPlanItem item) : WorkshopEvent
{
    /// <summary>The item as it is now.</summary>
    public ActionPlanItem Item { get; internal set; } = item;
}
