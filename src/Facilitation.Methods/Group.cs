namespace Facilitation.Methods;

/// <summary>Where people talk together for a round: a café table, an open-space space, a brainstorm team.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Group
{
    /// <summary>Initializes a new group.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="capacity">The most people who can sit in it at once, host included (at least 1).</param>
    /// <param name="host">A participant who stays with this group in every round (café table host, open-space convener), or null.</param>
    /// <param name="prompt">The question this group works on, or null.</param>
    /// <param name="name">A display name (for example "Table 3 — by the window"); defaults to the id's text.</param>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is less than 1.</exception>
    /// <exception cref="ArgumentException">The id or name is invalid.</exception>
    public Group(GroupId id, int capacity, ParticipantId? host = null, Prompt? prompt = null, string? name = null)
    {
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new ArgumentException("A group needs an id.", nameof(id));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (host is { Value.Length: 0 })
        {
            throw new ArgumentException("A host must be a participant id, not an empty one.", nameof(host));
        }

        Id = id;
        Capacity = capacity;
        Host = host;
        Prompt = prompt;
        Name = name is null ? id.Value : Identifier.CheckText(name, nameof(name), "group name", Limits.MaxNameLength);
    }

    /// <summary>Gets the group's id.</summary>
    public GroupId Id { get; }

    /// <summary>Gets the most people who can sit in the group at once, host included.</summary>
    public int Capacity { get; }

    /// <summary>Gets the participant who stays with this group in every round.</summary>
    /// <value>The default value is null: no host.</value>
    public ParticipantId? Host { get; }

    /// <summary>Gets the question this group works on.</summary>
    /// <value>The default value is null: no question of its own.</value>
    public Prompt? Prompt { get; }

    /// <summary>Gets the display name.</summary>
    /// <value>The default value is the id's text.</value>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the group has an identity of its own (a host or a prompt), so that sitting at it twice counts as a revisit.</summary>
    internal bool HasIdentity => Host is not null || Prompt is not null;

    /// <inheritdoc />
    public override string ToString() => Name;
}
