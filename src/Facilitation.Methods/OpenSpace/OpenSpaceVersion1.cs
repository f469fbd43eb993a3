using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.OpenSpace;

/// <summary>
/// The upgrade path from the version-1 Open Space document (design + event log with its metadata in each event + remembered
/// command ids) to the one engine: the events become records and are replayed through today's rules like any document.
/// Command ids of version 1 carried no fingerprint; they are dropped, so a retry of a command sent before the upgrade is a new command.
/// </summary>
internal static class OpenSpaceVersion1
{
    private const string FormatName = "Facilitation.Methods.OpenSpace";

    /// <summary>Upgrades a version-1 document to a session document (format 2).</summary>
    public static string ToCurrent(JsonElement document, SessionOptions? options) =>
        SessionDocument.Upgrade(document, OpenSpaceJsonContext.Default.OpenSpaceSessionDocument, "Open Space", refuseNulls: false, (saved, _) => Replay(saved, options));

    private static string Replay(OpenSpaceSessionDocument saved, SessionOptions? options)
    {
        if (saved.Format != FormatName || saved.Design is null || saved.Events.IsDefault)
        {
            throw new SessionDocumentException($"This is not a version-1 Open Space document (expected format '{FormatName}' with a design and events).");
        }

        var design = OpenSpaceSession.CheckedDesign(saved.Design);
        var id = SessionEngine<OpenSpaceState, OpenSpaceEvent>.NewId(options);
        var codec = EventCodec<OpenSpaceEvent>.For(OpenSpaceJsonContext.Default.Options);
        var records = new List<SessionEventRecord>(saved.Events.Length);
        var phase = OpenSpacePhase.Design;
        foreach (var saved1 in saved.Events)
        {
            // Version 1 did not record the phase a slot started from; it follows from the phase changes before it.
            var e = saved1 switch
            {
                null => throw new SessionDocumentException(string.Create(CultureInfo.InvariantCulture, $"Event {records.Count + 1} of the version-1 document is missing.")),
                SlotStarted s => s.With(changed => changed.From = phase),
                _ => saved1,
            };
            phase = e switch
            {
                OpenSpacePhaseChanged p => p.To,
                SlotStarted => OpenSpacePhase.SessionsRunning,
                _ => phase,
            };
            records.Add(new SessionEventRecord(e.Version, codec.TypeName(e), System.Text.Encoding.UTF8.GetString(codec.Envelope(e, null, null))));
        }

        using var session = OpenSpaceSession.Restore(OpenSpaceSession.Header(id, design), records, options);
        return session.Save();
    }
}

/// <summary>The version-1 document: the design, the event log (each event with its metadata) and the remembered command ids.</summary>
internal sealed record OpenSpaceSessionDocument(string Format, int FormatVersion, OpenSpaceDesign Design, long Version, ImmutableArray<string> CommandIds, ImmutableArray<OpenSpaceEvent> Events);
