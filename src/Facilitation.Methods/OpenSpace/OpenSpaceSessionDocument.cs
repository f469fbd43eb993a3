using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The saved form of a session: the design, the event log and the remembered command ids. Restoring replays the log through the same checks as live commands.</summary>
internal sealed record OpenSpaceSessionDocument(
    string Format,
    int FormatVersion,
    OpenSpaceDesign Design,
    long Version,
    ImmutableArray<string> CommandIds,
    ImmutableArray<OpenSpaceEvent> Events)
{
    public const string FormatName = "Facilitation.Methods.OpenSpace";

    public const int CurrentFormatVersion = 1;
}
