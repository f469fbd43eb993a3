using System.Diagnostics;
using System.Text.Json.Serialization;

namespace Facilitation.Methods;

/// <summary>Anything said or written into the record: a note, an idea, a host summary, a report, an action item.</summary>
/// <remarks>
/// Immutable. An anonymous contribution carries no author at all (<see cref="Author"/> is null), so it cannot leak
/// its author through events or exports; a session that needs to know who wrote it (for permissions) keeps that privately.
/// </remarks>
public sealed class Contribution
{
    /// <summary>Initializes a new contribution.</summary>
    /// <param name="id">The contribution's id, unique within its session.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="text">What was said or written (at most <see cref="Limits.MaxTextLength"/> characters).</param>
    /// <param name="recordedAt">When it was recorded, read from the session's <see cref="TimeProvider"/>.</param>
    /// <param name="author">Who wrote it; null when anonymous or written by the facilitator on the group's behalf.</param>
    /// <param name="group">The group it came from, or null for the whole session.</param>
    /// <param name="round">The round it came from, or null.</param>
    /// <exception cref="ArgumentException">The id or text is invalid.</exception>
    [JsonConstructor]
    internal Contribution(ContributionId id, ContributionKind kind, string text, DateTimeOffset recordedAt, ParticipantId? author = null, GroupId? group = null, Round? round = null)
    {
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new ArgumentException("A contribution needs an id.", nameof(id));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown contribution kind.");
        }

        Id = id;
        Kind = kind;
        Text = Identifier.CheckText(text, nameof(text), "contribution text", Limits.MaxTextLength);
        RecordedAt = recordedAt;
        Author = author;
        Group = group;
        Round = round;
    }

    // A contribution whose kind and text were checked already (the text by Identifier.FindTextProblem with Limits.MaxTextLength, or as
    // another contribution's): every note is proposed and then recorded this way, and checking its text twice more cost more than recording it.
    private Contribution(ContributionId id, ContributionKind kind, string checkedText, DateTimeOffset recordedAt, bool textChecked)
    {
        Debug.Assert(textChecked && Enum.IsDefined(kind) && Identifier.FindTextProblem(checkedText, "text", Limits.MaxTextLength) is null, "A checked text.");
        Id = id;
        Kind = kind;
        Text = checkedText;
        RecordedAt = recordedAt;
    }

    /// <summary>The id a proposed contribution carries until the rules record it under its own.</summary>
    internal static ContributionId ProposedId { get; } = new("new");

    /// <summary>Makes a proposed contribution from a text the caller has checked (<see cref="Identifier.FindTextProblem"/> with <see cref="Limits.MaxTextLength"/>).</summary>
    internal static Contribution Proposal(ContributionKind kind, string checkedText, GroupId? group) =>
        new(ProposedId, kind, checkedText, default, textChecked: true) { Group = group };

    /// <summary>Records a proposal from <see cref="Proposal"/> in place, under its id, with what the rules add: for a proposal made for one
    /// command and seen by nobody else yet (a café note's), so a note allocates one contribution rather than a proposal and its copy.</summary>
    internal Contribution RecordInPlace(ContributionId id, DateTimeOffset recordedAt, ParticipantId? author, Round? round, Prompt? prompt)
    {
        Debug.Assert(Id == ProposedId && _more is null, "A proposal.");
        Id = id;
        RecordedAt = recordedAt;
        _author = author ?? default;
        _round = round ?? default;
        _prompt = prompt;
        return this;
    }

    /// <summary>Records a proposed contribution (its kind, text, owner and next step, checked when it was made) under its id, with what the rules add.</summary>
    internal Contribution Record(ContributionId id, DateTimeOffset recordedAt, ParticipantId? author, GroupId? group, Round? round, Prompt? prompt) =>
        new(id, Kind, Text, recordedAt, textChecked: true) { Author = author, Group = group, Round = round, Prompt = prompt, _more = _more is { Owner: null, NextStep: null } or null ? null : new(null, null, _more.Owner, _more.NextStep) };

    /// <summary>Gets the contribution's id, unique within its session.</summary>
    public ContributionId Id { get; private set; }

    /// <summary>Gets what the contribution is.</summary>
    public ContributionKind Kind { get; }

    /// <summary>Gets what was said or written.</summary>
    public string Text { get; }

    /// <summary>Gets when it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Gets who wrote it.</summary>
    /// <value>The default value is null: anonymous, or written for the group.</value>
    [JsonInclude]
    public ParticipantId? Author
    {
        get => _author.Value.Length == 0 ? (ParticipantId?)null : _author;
        internal init => _author = value ?? default;
    }

    /// <summary>Gets the group it came from.</summary>
    /// <value>The default value is null: the whole session.</value>
    [JsonInclude]
    public GroupId? Group
    {
        get => _group.Value.Length == 0 ? (GroupId?)null : _group;
        internal init => _group = value ?? default;
    }

    /// <summary>Gets the round it came from.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public Round? Round
    {
        get => _round.Number == 0 ? (Round?)null : _round;
        internal init => _round = value ?? default;
    }

    /// <summary>Gets the question the group was working on when it was written.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    [JsonConverter(typeof(Sessions.OwnRootJsonConverter<Prompt>))]
    public Prompt? Prompt
    {
        get => _prompt;
        internal init => _prompt = value;
    }

    /// <summary>Gets the contribution this one builds on (brainwriting, "yes, and…").</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public ContributionId? BuildsOn
    {
        get => _more?.BuildsOn;
        internal init => _more = value is null && _more is null ? null : (_more ?? More.None) with { BuildsOn = value };
    }

    /// <summary>Gets a category or theme tag (for example one of the five resources: people, culture, land, industry, scenery).</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public string? Category
    {
        get => _more?.Category;
        internal init => _more = value is null && _more is null ? null : (_more ?? More.None) with { Category = value };
    }

    /// <summary>Gets who owns an action item (a name, which need not be a participant).</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public string? Owner
    {
        get => _more?.Owner;
        internal init => _more = value is null && _more is null ? null : (_more ?? More.None) with { Owner = value };
    }

    /// <summary>Gets an action item's next step.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public string? NextStep
    {
        get => _more?.NextStep;
        internal init => _more = value is null && _more is null ? null : (_more ?? More.None) with { NextStep = value };
    }

    // What few contributions carry (a brainstorm idea's link and tag, a harvest action item's owner and next step), kept apart: a café keeps
    // every note it is given, and these four fields cost every one of them 32 bytes more than a reference.
    private More? _more;

    // Set once, when the contribution is recorded (RecordInPlace sets them on a proposal nobody has seen). Author, group and round are kept
    // without Nullable's flag, "none" being the default value (no id has empty text, no round is number 0): a café keeps every note it is
    // given, and the three flags cost each one 24 bytes.
    private ParticipantId _author;
    private GroupId _group;
    private Round _round;
    private Prompt? _prompt;

    /// <summary>Gets a value indicating whether the contribution is anonymous: it carries no author.</summary>
    public bool IsAnonymous => Author is null;

    /// <inheritdoc />
    public override string ToString() => $"[{Kind}] {Text}";

    private sealed record More(ContributionId? BuildsOn, string? Category, string? Owner, string? NextStep)
    {
        public static readonly More None = new(null, null, null, null);
    }
}
