namespace Facilitation.Methods.WorldCafe;

/// <summary>A note was written on a tablecloth.</summary>
/// <param name="note">The note, tagged with table, round and question; an anonymous note carries no author.</param>
/// <param name="anonymous">True when the writer asked to stay anonymous: the event, the log and every export carry nothing that names them.</param>
public sealed class NoteAdded(Contribution note, bool anonymous = false) : WorldCafeEvent
{
    /// <summary>The note, tagged with table, round and question; an anonymous note carries no author.</summary>
    public Contribution Note { get; internal set; } = note;

    /// <summary>True when the writer asked to stay anonymous: the event, the log and every export carry nothing that names them.</summary>
    public bool Anonymous { get; internal set; } = anonymous;
}
