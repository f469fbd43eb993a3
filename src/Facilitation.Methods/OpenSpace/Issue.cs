using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>An issue on the agenda wall, and the session that discusses it. A snapshot: immutable.</summary>
/// <remarks>Issues are never deleted: a merged issue stays, pointing to the issue it became (<see cref="MergedInto"/>), and the merged issue lists its sources (<see cref="MergedFrom"/>).</remarks>
public sealed class Issue
{
    /// <summary>Initializes a new instance of the <see cref="Issue"/> class.</summary>
    /// <param name="Id">The issue's id.</param>
    /// <param name="Title">The issue as its convener wrote it.</param>
    /// <param name="Convener">The one person who convenes the session.</param>
    /// <param name="Cell">Where it sits on the wall, or null when it has no cell yet.</param>
    /// <param name="Scribe">The scribe the convener appointed, or null.</param>
    /// <param name="Interested">Who signed up (the convener always counts), in id order.</param>
    /// <param name="MergedFrom">The issues merged into this one, or empty.</param>
    /// <param name="MergedInto">The issue this one was merged into, or null while it is on the wall.</param>
    /// <param name="Dots">The dots it received in convergence.</param>
    [JsonConstructor]
    internal Issue(ContributionId Id, string Title, ParticipantId Convener, AgendaCell? Cell, ParticipantId? Scribe, ImmutableArray<ParticipantId> Interested, ImmutableArray<ContributionId> MergedFrom, ContributionId? MergedInto, int Dots)
    {
        this.Id = Id;
        this.Title = Title;
        this.Convener = Convener;
        this.Cell = Cell;
        this.Scribe = Scribe;
        this.Interested = Interested;
        this.MergedFrom = MergedFrom;
        this.MergedInto = MergedInto;
        this.Dots = Dots;
    }

    /// <summary>The issue's id.</summary>
    public ContributionId Id { get; }

    /// <summary>The issue as its convener wrote it.</summary>
    public string Title { get; }

    /// <summary>The one person who convenes the session.</summary>
    public ParticipantId Convener { get; }

    /// <summary>Where it sits on the wall, or null when it has no cell yet.</summary>
    public AgendaCell? Cell { get; }

    /// <summary>The scribe the convener appointed, or null.</summary>
    public ParticipantId? Scribe { get; }

    /// <summary>Who signed up (the convener always counts), in id order.</summary>
    public ImmutableArray<ParticipantId> Interested { get; }

    /// <summary>The issues merged into this one, or empty.</summary>
    public ImmutableArray<ContributionId> MergedFrom { get; }

    /// <summary>The issue this one was merged into, or null while it is on the wall.</summary>
    public ContributionId? MergedInto { get; }

    /// <summary>The dots it received in convergence.</summary>
    public int Dots { get; }

    /// <summary>Gets the resource category or theme its convener gave it (a merged issue takes the first source's, else the second's), or null.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public string? Category { get; internal init; }

    /// <summary>Gets a value indicating whether the issue is still on the wall (not merged into another).</summary>
    public bool IsActive => MergedInto is null;
}
