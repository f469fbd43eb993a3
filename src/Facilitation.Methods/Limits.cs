namespace Facilitation.Methods;

/// <summary>The documented size limits the library enforces on input, so a hostile caller cannot make a session grow without bound.</summary>
public static class Limits
{
    /// <summary>The longest id (participant, group, contribution), in characters.</summary>
    /// <value>200.</value>
    public const int MaxIdLength = Identifier.MaxLength;

    /// <summary>The longest display name, in characters.</summary>
    /// <value>200.</value>
    public const int MaxNameLength = 200;

    /// <summary>The longest prompt (question), in characters.</summary>
    /// <value>1,000.</value>
    public const int MaxPromptLength = 1_000;

    /// <summary>The longest contribution text (a note, an idea, a report), in characters.</summary>
    /// <value>4,000.</value>
    public const int MaxTextLength = 4_000;

    /// <summary>The most participants one session or rotation problem may hold.</summary>
    /// <value>10,000.</value>
    public const int MaxParticipants = 10_000;

    /// <summary>The most groups (tables, spaces, teams) one session or rotation problem may hold.</summary>
    /// <value>2,000.</value>
    public const int MaxGroups = 2_000;

    /// <summary>The most rounds one session or rotation problem may hold.</summary>
    /// <value>100.</value>
    public const int MaxRounds = 100;

    /// <summary>The most attributes (and languages) one participant may carry.</summary>
    /// <value>32.</value>
    public const int MaxAttributes = 32;

    /// <summary>The most revisions of one Open Space session's report (the first report counts as one).</summary>
    /// <value>20.</value>
    public const int MaxReportRevisions = 20;

    /// <summary>The most news items one Open Space event holds.</summary>
    /// <value>1,000.</value>
    public const int MaxNewsItems = 1_000;

    /// <summary>The most joins and leaves recorded for one participant in one Open Space slot (law of two feet).</summary>
    /// <value>100.</value>
    public const int MaxAttendanceMovesPerSlot = 100;

    /// <summary>The most events one session's log may hold; a command that would add more is refused (<see cref="RejectionKind.Conflict"/>).</summary>
    /// <value>200,000.</value>
    public const int MaxEvents = 200_000;

    /// <summary>The largest saved session, in bytes of UTF-8 (so also the most characters): the one size cap of every session.
    /// A command whose event would make <c>Save()</c> longer is refused (<see cref="RejectionKind.Conflict"/>), so every session
    /// can be saved and restored; <c>Restore</c> refuses a longer document before reading it.</summary>
    /// <value>32 MiB (33,554,432).</value>
    public const int MaxDocumentLength = 32 * 1024 * 1024;
}
