using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>An issue on the agenda wall, and the session that discusses it. A snapshot: immutable.</summary>
/// <remarks>Issues are never deleted: a merged issue stays, pointing to the issue it became (<see cref="MergedInto"/>), and the merged issue lists its sources (<see cref="MergedFrom"/>).</remarks>
public sealed class Issue
{
    /// <summary>Initializes a new instance of the <see cref="Issue"/> class.</summary>
    /// <param name="id">The issue's id.</param>
    /// <param name="title">The issue as its convener wrote it.</param>
    /// <param name="convener">The one person who convenes the session.</param>
    /// <param name="cell">Where it sits on the wall, or null when it has no cell yet.</param>
    /// <param name="scribe">The scribe the convener appointed, or null.</param>
    /// <param name="interested">Who signed up (the convener always counts), in id order.</param>
    /// <param name="mergedFrom">The issues merged into this one, or empty.</param>
    /// <param name="mergedInto">The issue this one was merged into, or null while it is on the wall.</param>
    /// <param name="dots">The dots it received in convergence.</param>
    [JsonConstructor] internal Issue(ContributionId id, string title, ParticipantId convener, AgendaCell? cell, ParticipantId? scribe, ImmutableArray<ParticipantId> interested, ImmutableArray<ContributionId> mergedFrom, ContributionId? mergedInto, int dots) =>
        (Id, Title, Convener, Cell, Scribe, Interested, MergedFrom, MergedInto, Dots) = (id, title, convener, cell, scribe, interested, mergedFrom, mergedInto, dots);

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
