using System.Text.Json;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.OpenSpace;

/// <content>Restore: the design and the event log, replayed through the same rules as live commands (<c>docs/sessions.md</c>).</content>
public sealed partial class OpenSpaceSession
{
    /// <summary>Restores a saved session; it behaves exactly as the original (phase, wall, attendance, reports, version, command ids).</summary>
    /// <param name="document">A document from <see cref="Save"/> (format version 2), or a version-1 Open Space document, which is upgraded.</param>
    /// <param name="options">The clock and subscriber-error handler of the restored session; its id is the saved one.</param>
    /// <returns>The restored session.</returns>
    /// <exception cref="SessionDocumentException">The document is corrupt, of an unknown format version, or breaks a rule. No session is built.</exception>
    public static OpenSpaceSession Restore(string document, SessionOptions? options)
    {
        var (header, records) = SessionDocument.Read(document, "openSpace", v1 => OpenSpaceVersion1.ToCurrent(v1, options));
        return Restore(header, records, options);
    }

    /// <summary>Restores a session from the pieces a store keeps: its design JSON and its event records, in version order.</summary>
    /// <param name="designJson">The session's <see cref="DesignJson"/>.</param>
    /// <param name="records">The records from <see cref="GetEventRecords"/>.</param>
    /// <param name="options">The clock and subscriber-error handler of the restored session; its id is the saved one.</param>
    /// <returns>The restored session.</returns>
    /// <exception cref="SessionDocumentException">The pieces are corrupt or break a rule. No session is built.</exception>
    public static OpenSpaceSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions? options) =>
        Restore(SessionDocument.ReadHeader(designJson, "openSpace"), records, options);

    internal static OpenSpaceSession Restore(SessionHeader header, IEnumerable<SessionEventRecord> records, SessionOptions? options)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var ids = IdPool.Open();
        var design = CheckedDesign(header.ReadDesign(OpenSpaceJsonContext.Default.OpenSpaceDesign));
        var rules = new OpenSpaceRules();
        var engine = SessionEngine<OpenSpaceState, OpenSpaceEvent>.Restore(rules, header.Id, Header(header.Id, design), new OpenSpaceState(design), records, options);
        return new OpenSpaceSession(rules, engine, design);
    }

    /// <summary>Gets the design with a participant list: a design (or document) without one has nobody registered yet.</summary>
    internal static OpenSpaceDesign WithParticipantList(OpenSpaceDesign design) => design.Participants.IsDefault ? design with { Participants = [] } : design with { };

    internal static OpenSpaceDesign CheckedDesign(OpenSpaceDesign design)
    {
        FluentValidation.Results.ValidationResult check;
        try
        {
            check = Validator.Validate(design);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException)
        {
            throw new SessionDocumentException($"The document's design cannot be checked: {e.Message}", e);
        }

        return check.IsValid ? WithParticipantList(design) : throw new SessionDocumentException("The document's design cannot run: " + string.Join(" ", check.Errors.Select(e => e.ErrorMessage)));
    }
}
