namespace Facilitation.Methods.OpenSpace;

/// <summary>The phases of an Open Space event, in the order a facilitator runs them.</summary>
public enum OpenSpacePhase
{
    /// <summary>The event is designed (theme, spaces, slots) but has not begun.</summary>
    Design = 0,

    /// <summary>Everyone sits in the circle; the facilitator explains the theme, the principles and the law of two feet.</summary>
    OpeningCircle = 1,

    /// <summary>Anyone with a passion posts an issue with their name into a free cell of the agenda wall.</summary>
    AgendaSetting = 2,

    /// <summary>People sign up for sessions, conveners merge and move sessions, the wall may grow.</summary>
    Marketplace = 3,

    /// <summary>Sessions run slot by slot; people come and go freely.</summary>
    SessionsRunning = 4,

    /// <summary>Multi-day events: the evening news, where the day's reports are shared.</summary>
    EveningNews = 5,

    /// <summary>Multi-day events: the morning announcements, where new issues may be posted and the wall is rearranged.</summary>
    MorningAnnouncements = 6,

    /// <summary>Optional: dot voting on the issues, clustering related issues, an initiator per cluster.</summary>
    Convergence = 7,

    /// <summary>Optional: action items with an owner, participants, a next step and a next meeting date.</summary>
    ActionPlanning = 8,

    /// <summary>The closing circle: each person may speak once; nobody must.</summary>
    ClosingCircle = 9,

    /// <summary>The event is over; the proceedings are final.</summary>
    Closed = 10,
}
