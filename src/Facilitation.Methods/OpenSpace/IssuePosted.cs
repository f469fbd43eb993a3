namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone posted an issue and became its convener.</summary>
/// <param name="Issue">The issue's id.</param>
/// <param name="Title">The issue as written.</param>
/// <param name="Convener">Its convener.</param>
/// <param name="Cell">The cell it was posted into, or null.</param>
public sealed record IssuePosted(ContributionId Issue, string Title, ParticipantId Convener, AgendaCell? Cell) : OpenSpaceEvent;
