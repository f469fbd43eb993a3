namespace Facilitation.Methods;

/// <summary>Who sends a command: the facilitator, a co-facilitator, one participant, anonymous, or the system (timers). Every command names its actor.</summary>
/// <remarks>Create actors only with <see cref="Facilitator"/>, <see cref="ForCoFacilitator"/>, <see cref="ForParticipant"/>, <see cref="Anonymous"/> or <see cref="System"/>.
/// <c>default(Actor)</c> is not an actor (<see cref="ActorRole.None"/>): every session refuses a command from it, so an actor left unset never acts as the facilitator.</remarks>
public readonly record struct Actor
{
    // The person, or the default id (empty text, which no person has) for none: without Nullable's flag an actor is 16 bytes, not 24, in
    // every event a session keeps.
    private readonly ParticipantId _participant;

    private Actor(ActorRole role, ParticipantId? participant)
    {
        Role = role;
        _participant = participant ?? default;
    }

    /// <summary>Gets the lead facilitator.</summary>
    public static Actor Facilitator { get; } = new(ActorRole.Facilitator, null);

    /// <summary>Gets the anonymous actor: the stamp on anonymous contributions.</summary>
    public static Actor Anonymous { get; } = new(ActorRole.Anonymous, null);

    /// <summary>Gets the system (timers and other automatic steps). Hosts do not send commands as the system.</summary>
    public static Actor System { get; } = new(ActorRole.System, null);

    /// <summary>Gets the actor's role; <see cref="ActorRole.None"/> for <c>default(Actor)</c>.</summary>
    public ActorRole Role { get; }

    /// <summary>Gets the person acting, when <see cref="Role"/> is <see cref="ActorRole.Participant"/> or <see cref="ActorRole.CoFacilitator"/>.</summary>
    public ParticipantId? Participant => _participant.Value.Length == 0 ? (ParticipantId?)null : _participant;

    /// <summary>Gets an actor for one participant acting for themselves.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public static Actor ForParticipant(ParticipantId participant) => new(ActorRole.Participant, Require(participant));

    /// <summary>Gets an actor for a co-facilitator: a person who runs facilitator commands for the groups the design gives them.</summary>
    /// <param name="person">The co-facilitator's id.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public static Actor ForCoFacilitator(ParticipantId person) => new(ActorRole.CoFacilitator, Require(person));

    /// <summary>Tells whether this actor is the given participant acting for themselves.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>True when the participant is acting for themselves.</returns>
    public bool Is(ParticipantId participant) => Role == ActorRole.Participant && Participant == participant;

    /// <inheritdoc />
    public override string ToString() => Role switch
    {
        ActorRole.Participant => $"participant '{Participant}'",
        ActorRole.CoFacilitator => $"co-facilitator '{Participant}'",
        ActorRole.None => "no actor (default)",
        _ => Role.ToString().ToLowerInvariant(),
    };

    /// <summary>Writes the actor as one short text for documents: <c>facilitator</c>, <c>participant:p1</c>, <c>coFacilitator:p2</c>, <c>anonymous</c>, <c>system</c>.</summary>
    internal string ToText() => Role switch
    {
        ActorRole.Participant => "participant:" + Participant!.Value.Value,
        ActorRole.CoFacilitator => "coFacilitator:" + Participant!.Value.Value,
        ActorRole.Facilitator => "facilitator",
        ActorRole.Anonymous => "anonymous",
        ActorRole.System => "system",
        _ => throw new InvalidOperationException("default(Actor) is not an actor and cannot be written."),
    };

    /// <summary>Reads an actor written by <see cref="ToText"/>; null when the text is not an actor.</summary>
    internal static Actor? FromText(string? text)
    {
        switch (text)
        {
            case "facilitator": return Facilitator;
            case "anonymous": return Anonymous;
            case "system": return System;
            case null: return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        // Read while a session is restored: one string per person (IdPool), not one per event.
        var person = IdPool.Share(text.AsSpan(colon + 1)) ?? text[(colon + 1)..];
        if (Identifier.FindProblem(person, "participant") is not null)
        {
            return null;
        }

        var id = new ParticipantId(person);
        return text[..colon] switch
        {
            "participant" => ForParticipant(id),
            "coFacilitator" => ForCoFacilitator(id),
            _ => null,
        };
    }

    private static ParticipantId Require(ParticipantId id) =>
        string.IsNullOrEmpty(id.Value) ? throw new ArgumentException("An acting person needs an id.", nameof(id)) : id;
}
