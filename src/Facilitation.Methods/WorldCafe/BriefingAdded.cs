namespace Facilitation.Methods.WorldCafe;

/// <summary>A host's briefing was recorded.</summary>
/// <param name="Briefing">The briefing.</param>
public sealed record BriefingAdded(Contribution Briefing) : WorldCafeEvent;
