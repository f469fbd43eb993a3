namespace Facilitation.Methods.WorldCafe;

/// <summary>A table host was chosen.</summary>
/// <param name="Table">The table.</param>
/// <param name="Host">The host.</param>
/// <param name="FromRound">The first round they host.</param>
public sealed record HostChosen(GroupId Table, ParticipantId Host, Round FromRound) : WorldCafeEvent;
