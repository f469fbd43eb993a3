namespace Facilitation.Methods.WorldCafe;

/// <summary>Check-in closed and the café host welcomes everyone.</summary>
/// <param name="Present">How many people are present.</param>
public sealed record WelcomeStarted(int Present) : WorldCafeEvent;
