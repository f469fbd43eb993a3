namespace Facilitation.Methods.WorldCafe;

/// <summary>Table hosts brief the newcomers.</summary>
/// <param name="Round">The round.</param>
public sealed record BriefingStarted(Round Round) : WorldCafeEvent;
