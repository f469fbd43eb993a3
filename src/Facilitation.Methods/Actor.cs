namespace Facilitation.Methods;

/// <summary>Who sends a command: the facilitator, one participant, or the system (timers). Every command names its actor.</summary>
/// <remarks>Create actors only with <see cref="Facilitator"/>, <see cref="ForParticipant"/> or <see cref="System"/>: <c>default(Actor)</c> has the role <see cref="ActorRole.Facilitator"/>, so a host must never build an actor from unchecked input by default.</remarks>
public readonly record struct Actor
{
    private Actor(ActorRole role, ParticipantId? participant)
    {
        Role = role;
        Participant = participant;
    }

    /// <summary>Gets the facilitator.</summary>
    public static Actor Facilitator { get; } = new(ActorRole.Facilitator, null);

    /// <summary>Gets the system (timers and other automatic steps).</summary>
    public static Actor System { get; } = new(ActorRole.System, null);

    /// <summary>Gets the actor's role.</summary>
    public ActorRole Role { get; }

    /// <summary>Gets the participant acting, when <see cref="Role"/> is <see cref="ActorRole.Participant"/>.</summary>
    public ParticipantId? Participant { get; }

    /// <summary>Gets an actor for one participant acting for themselves.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public static Actor ForParticipant(ParticipantId participant)
    {
        if (string.IsNullOrEmpty(participant.Value))
        {
            throw new ArgumentException("An acting participant needs an id.", nameof(participant));
        }

        return new Actor(ActorRole.Participant, participant);
    }

    /// <summary>Tells whether this actor is the given participant.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>True when the participant is acting for themselves.</returns>
    public bool Is(ParticipantId participant) => Role == ActorRole.Participant && Participant == participant;

    /// <inheritdoc />
    public override string ToString() => Role == ActorRole.Participant ? $"participant '{Participant}'" : Role.ToString().ToLowerInvariant();
}
