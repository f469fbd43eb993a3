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
public abstract record WorkshopEvent : SessionEvent;

/// <summary>The facilitator opened or closed a day, started or closed a block, or closed the workshop.</summary>
/// <param name="Command">The command that moved the workshop.</param>
/// <param name="From">The phase before.</param>
/// <param name="To">The phase after.</param>
public sealed record WorkshopPhaseChanged(WorkshopCommand Command, WorkshopPhase From, WorkshopPhase To) : WorkshopEvent, IPhaseChange
{
    /// <summary>Gets the day opened or closed (1-based), or the day of the block started or closed.</summary>
    public int? Day { get; init; }

    /// <summary>Gets the block started or closed.</summary>
    public string? Block { get; init; }

    /// <summary>Gets, for a block started, who was present and on the block's list: its method session starts with them.</summary>
    public ImmutableArray<ParticipantId> Participants { get; init; } = [];

    /// <summary>Gets, for a block closed, what it left behind.</summary>
    public BlockRecord? Record { get; init; }

    /// <summary>Gets, for a method block closed, its method session's event log, so the workshop's own log restores the session.</summary>
    public ImmutableArray<SessionEventRecord> BlockLog { get; init; } = [];

    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}

/// <summary>The facilitator skipped a block of the programme.</summary>
/// <param name="Block">The block skipped.</param>
/// <param name="Reason">Why.</param>
public sealed record BlockSkipped(string Block, string Reason) : WorkshopEvent;

/// <summary>A person checked in (again, after leaving, is allowed).</summary>
/// <param name="Person">Who.</param>
public sealed record CheckedIn(ParticipantId Person) : WorkshopEvent
{
    /// <summary>Gets the running block whose method session took the person in (a café join, an Open Space registration), or null.</summary>
    public string? Block { get; init; }
}

/// <summary>A person left the workshop; they are no longer present for later blocks.</summary>
/// <param name="Person">Who.</param>
public sealed record Departed(ParticipantId Person) : WorkshopEvent
{
    /// <summary>Gets the running block whose method session let the person go (a café leave), or null.</summary>
    public string? Block { get; init; }
}

/// <summary>The facilitator recorded who took part in the running plain block.</summary>
/// <param name="Block">The block.</param>
/// <param name="People">Who took part.</param>
public sealed record AttendanceRecorded(string Block, ImmutableArray<ParticipantId> People) : WorkshopEvent;

/// <summary>The facilitator carried items from earlier blocks into a later one; each item keeps its sources.</summary>
/// <param name="Block">The block the items are carried into.</param>
/// <param name="Items">The items.</param>
public sealed record ItemsCarried(string Block, ImmutableArray<CarriedItem> Items) : WorkshopEvent;

/// <summary>A village's resource was listed in the running inventory block.</summary>
/// <param name="Village">The village.</param>
/// <param name="Category">The category's key.</param>
/// <param name="Text">The resource.</param>
public sealed record ResourceListed(string Village, string Category, string Text) : WorkshopEvent
{
    /// <summary>Gets the entry's id in the inventory.</summary>
    public ContributionId? Id { get; init; }
}

/// <summary>The facilitator added items to the action plan.</summary>
/// <param name="Items">The items.</param>
public sealed record ActionsAdded(ImmutableArray<ActionPlanItem> Items) : WorkshopEvent;

/// <summary>The facilitator changed an item of the action plan (its id and sources stay).</summary>
/// <param name="Item">The item as it is now.</param>
public sealed record ActionUpdated(ActionPlanItem Item) : WorkshopEvent;
