namespace Facilitation.Methods.WorldCafe;

/// <summary>A note was written on a tablecloth.</summary>
/// <param name="Note">The note; anonymous notes carry no author.</param>
public sealed record NoteAdded(Contribution Note) : WorldCafeEvent;
