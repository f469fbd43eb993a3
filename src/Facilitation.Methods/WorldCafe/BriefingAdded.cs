namespace Facilitation.Methods.WorldCafe;

/// <summary>A host's briefing was recorded.</summary>
/// <param name="briefing">The briefing.</param>
public sealed class BriefingAdded(Contribution briefing) : WorldCafeEvent
{
    /// <summary>The briefing.</summary>
    public Contribution Briefing { get; internal set; } = briefing;
}
