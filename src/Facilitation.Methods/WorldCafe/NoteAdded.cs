namespace Facilitation.Methods.WorldCafe;

/// <summary>A note was written on a tablecloth.</summary>
/// <param name="Note">The note, tagged with table, round and question; an anonymous note carries no author.</param>
/// <param name="Anonymous">True when the writer asked to stay anonymous: the event, the log and every export carry nothing that names them.</param>
public sealed record NoteAdded(Contribution Note, bool Anonymous = false) : WorldCafeEvent;
