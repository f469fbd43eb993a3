namespace Facilitation.Methods;

/// <summary>Who may send a command.</summary>
public enum ActorRole
{
    /// <summary>The person running the session (café host, open-space facilitator).</summary>
    Facilitator = 0,

    /// <summary>A participant, acting only for themselves.</summary>
    Participant = 1,

    /// <summary>The library itself, for example a timer that ends a round.</summary>
    System = 2,
}
