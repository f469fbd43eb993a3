namespace Facilitation.Methods.WorldCafe;

/// <summary>Where a World Café is in its flow.</summary>
public enum WorldCafePhase
{
    /// <summary>The café is designed but nobody has arrived yet.</summary>
    Design = 0,

    /// <summary>People arrive; the facilitator adds walk-ins and removes no-shows.</summary>
    CheckIn = 1,

    /// <summary>The café host welcomes everyone and explains the etiquette; the seating for every round is planned.</summary>
    Welcome = 2,

    /// <summary>A round's seating is announced and people move to their tables.</summary>
    Seating = 3,

    /// <summary>Table hosts brief the newcomers at their table from the previous round's notes.</summary>
    HostBriefing = 4,

    /// <summary>The timed conversation: people talk and write on the tablecloth.</summary>
    Conversation = 5,

    /// <summary>The round is over and its notes are frozen.</summary>
    RoundClose = 6,

    /// <summary>A whole-room plenary between rounds.</summary>
    Plenary = 7,

    /// <summary>The town-hall harvest: insights, themes, questions and action items.</summary>
    Harvest = 8,

    /// <summary>The café is over; nothing more can change.</summary>
    Closed = 9,
}
