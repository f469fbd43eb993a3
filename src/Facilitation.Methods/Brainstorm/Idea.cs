using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea in a brainstorm. Ideas are never deleted: a duplicate is marked, and clusters only refer to ideas.</summary>
/// <remarks>Immutable. An anonymous idea has no <see cref="Author"/>; the session never stores who wrote it.</remarks>
/// <param name="Id">The idea's id, given by the session ("idea-1", "idea-2", ...).</param>
/// <param name="Text">What was written.</param>
/// <param name="Round">The generation round it came from.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record Idea(ContributionId Id, string Text, Round Round, DateTimeOffset RecordedAt)
{
    /// <summary>Gets who wrote it.</summary>
    /// <value>The default value is null: anonymous, or recorded for the whole group.</value>
    public ParticipantId? Author { get; init; }

    /// <summary>Gets the framing category it is tagged with.</summary>
    /// <value>The default value is null.</value>
    public string? Category { get; init; }

    /// <summary>Gets the idea it builds on ("yes, and…"; in brainwriting, an idea above it on the same sheet).</summary>
    /// <value>The default value is null.</value>
    public ContributionId? BuildsOn { get; init; }

    /// <summary>Gets the team it came from (a brainwriting team, a 1-2-4-All pair or four).</summary>
    /// <value>The default value is null.</value>
    public GroupId? Team { get; init; }

    /// <summary>Gets the brainwriting sheet it was written on (1-based within its team: the sheet its first holder started).</summary>
    /// <value>The default value is null.</value>
    public int? Sheet { get; init; }

    /// <summary>Gets the brainwriting pass it was written in, 1-based (1 on one's own sheet).</summary>
    /// <value>The default value is null.</value>
    public int? Pass { get; init; }

    /// <summary>Gets the 1-2-4-All step it was written in.</summary>
    /// <value>The default value is null.</value>
    public OneTwoFourAllStep? Step { get; init; }

    /// <summary>Gets the clarifications recorded in the clarifying phase, in order.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<string> Clarifications { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the idea this one duplicates; a duplicate stays in the record but is not on the ballot.</summary>
    /// <value>The default value is null.</value>
    public ContributionId? DuplicateOf { get; init; }

    /// <summary>Gets a value indicating whether the idea is anonymous.</summary>
    public bool IsAnonymous => Author is null;

    /// <summary>Converts the idea to the shared <see cref="Contribution"/> vocabulary (for harvests).</summary>
    /// <returns>The contribution.</returns>
    public Contribution ToContribution() =>
        new(Id, ContributionKind.Idea, Text, RecordedAt, Author, Team, Round) { BuildsOn = BuildsOn, Category = Category };

    /// <inheritdoc />
    public bool Equals(Idea? other) =>
        other is not null && Id == other.Id && Text == other.Text && Round == other.Round && RecordedAt == other.RecordedAt
        && Author == other.Author && Category == other.Category && BuildsOn == other.BuildsOn && Team == other.Team
        && Sheet == other.Sheet && Pass == other.Pass && Step == other.Step && DuplicateOf == other.DuplicateOf
        && Clarifications.SequenceEqual(other.Clarifications);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Text, Round, DuplicateOf, Clarifications.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Text}";
}
