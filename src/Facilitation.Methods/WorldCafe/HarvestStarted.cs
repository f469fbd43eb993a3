namespace Facilitation.Methods.WorldCafe;

/// <summary>The town-hall harvest started.</summary>
public sealed record HarvestStarted : WorldCafeEvent;
