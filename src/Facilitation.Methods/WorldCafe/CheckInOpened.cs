namespace Facilitation.Methods.WorldCafe;

/// <summary>Check-in opened: people can arrive.</summary>
public sealed record CheckInOpened : WorldCafeEvent;
