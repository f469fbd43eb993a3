namespace Facilitation.Methods.WorldCafe;

/// <summary>How the café re-plans the rounds not yet held when someone arrives late or leaves.</summary>
public enum CafeReplanning
{
    /// <summary>
    /// Keep the seating already announced (route cards, badges) and change as few seats as the rules allow: a newcomer takes a
    /// free seat, a gap is filled only where tables must stay balanced. The event names exactly the people whose tables changed.
    /// </summary>
    KeepAnnouncedSeats = 0,

    /// <summary>Plan the rounds not yet held afresh for the fairest mix, as if nothing had been announced; many people may change table.</summary>
    ReoptimiseEverything = 1,
}
