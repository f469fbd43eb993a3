using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>An action item was recorded.</summary>
public sealed class ActionRecorded : OpenSpaceEvent
{
    [JsonConstructor] internal ActionRecorded(ActionItem action) => Action = action;

    /// <summary>The action item.</summary>
    public ActionItem Action { get; internal set; }
}
