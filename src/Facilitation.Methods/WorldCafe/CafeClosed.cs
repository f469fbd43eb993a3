namespace Facilitation.Methods.WorldCafe;

/// <summary>The café closed.</summary>
public sealed record CafeClosed : WorldCafeEvent;
