namespace Facilitation.Methods;

/// <summary>Who may send a command. The permission table in <c>docs/sessions.md</c> says which role may send which command.</summary>
public enum ActorRole
{
    /// <summary>Not an actor: the role of <c>default(Actor)</c>. Every session refuses a command from it.</summary>
    None = 0,

    /// <summary>The lead facilitator: may send every facilitator command.</summary>
    Facilitator = 1,

    /// <summary>A co-facilitator: may send facilitator commands for the groups (tables, spaces, teams) the design gives them.</summary>
    CoFacilitator = 2,

    /// <summary>A participant, acting only for themselves.</summary>
    Participant = 3,

    /// <summary>Nobody in particular: the stamp on an anonymous contribution, and the sender of input a host accepts without knowing who sent it.</summary>
    Anonymous = 4,

    /// <summary>The library itself, for example the timer that ends a round.</summary>
    System = 5,
}
