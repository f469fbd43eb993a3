using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>An issue on the agenda wall, and the session that discusses it. A snapshot: immutable.</summary>
/// <remarks>Issues are never deleted: a merged issue stays, pointing to the issue it became (<see cref="MergedInto"/>), and the merged issue lists its sources (<see cref="MergedFrom"/>).</remarks>
/// <param name="Id">The issue's id.</param>
/// <param name="Title">The issue as its convener wrote it.</param>
/// <param name="Convener">The one person who convenes the session.</param>
/// <param name="Cell">Where it sits on the wall, or null when it has no cell yet.</param>
/// <param name="Scribe">The scribe the convener appointed, or null.</param>
/// <param name="Interested">Who signed up (the convener always counts), in id order.</param>
/// <param name="MergedFrom">The issues merged into this one, or empty.</param>
/// <param name="MergedInto">The issue this one was merged into, or null while it is on the wall.</param>
/// <param name="Dots">The dots it received in convergence.</param>
public sealed record Issue(
    ContributionId Id,
    string Title,
    ParticipantId Convener,
    AgendaCell? Cell,
    ParticipantId? Scribe,
    ImmutableArray<ParticipantId> Interested,
    ImmutableArray<ContributionId> MergedFrom,
    ContributionId? MergedInto,
    int Dots)
{
    /// <summary>Gets the resource category or theme its convener gave it (a merged issue takes the first source's, else the second's), or null.</summary>
    /// <value>The default value is null.</value>
    public string? Category { get; init; }

    /// <summary>Gets a value indicating whether the issue is still on the wall (not merged into another).</summary>
    public bool IsActive => MergedInto is null;
}
