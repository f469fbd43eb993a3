namespace Facilitation.Methods.OpenSpace;

/// <summary>An action item was recorded.</summary>
/// <param name="Action">The action item.</param>
public sealed record ActionRecorded(ActionItem Action) : OpenSpaceEvent;
