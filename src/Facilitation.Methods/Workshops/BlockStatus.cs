namespace Facilitation.Methods.Workshops;

/// <summary>Where one block of the programme stands in a running workshop.</summary>
public enum BlockStatus
{
    /// <summary>Not started yet.</summary>
    Planned = 0,

    /// <summary>Running now.</summary>
    Running = 1,

    /// <summary>Held and closed; its record is kept.</summary>
    Closed = 2,

    /// <summary>Skipped by the facilitator, with a reason.</summary>
    Skipped = 3,
}
