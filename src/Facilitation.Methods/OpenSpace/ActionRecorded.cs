namespace Facilitation.Methods.OpenSpace;

/// <summary>An action item was recorded.</summary>
/// <param name="action">The action item.</param>
public sealed class ActionRecorded(ActionItem action) : OpenSpaceEvent
{
    /// <summary>The action item.</summary>
    public ActionItem Action { get; internal set; } = action;
}
