using System.Globalization;
using System.Text.Json;

namespace Facilitation.Methods.OpenSpace;

/// <content>Save and restore: a versioned JSON document (design + event log), replayed through the same checks as live commands.</content>
public sealed partial class OpenSpaceSession
{
    /// <summary>Gets the format version written by <see cref="Save"/>; <see cref="Restore"/> reads this version and older ones.</summary>
    public static int DocumentFormatVersion => OpenSpaceSessionDocument.CurrentFormatVersion;

    /// <summary>Saves the session, at any moment, as a versioned JSON document.</summary>
    /// <returns>The document (UTF-8 JSON text).</returns>
    public string Save()
    {
        lock (_kernel.Gate)
        {
            var document = new OpenSpaceSessionDocument(
                OpenSpaceSessionDocument.FormatName,
                OpenSpaceSessionDocument.CurrentFormatVersion,
                _design,
                _kernel.Version,
                _kernel.RememberedIds,
                _kernel.Events);
            return JsonSerializer.Serialize(document, OpenSpaceJsonContext.Readable.OpenSpaceSessionDocument);
        }
    }

    /// <summary>Restores a saved session; it behaves exactly as the original (phase, wall, attendance, reports, version, remembered command ids).</summary>
    /// <param name="document">A document from <see cref="Save"/>.</param>
    /// <param name="clock">The clock for the restored session; the system clock when null.</param>
    /// <param name="onSubscriberError">Called when a subscriber throws; ignored when null.</param>
    /// <returns>The restored session.</returns>
    /// <exception cref="SessionDocumentException">The document is corrupt, of an unknown format version, or describes an impossible session. No session is built.</exception>
    public static OpenSpaceSession Restore(string document, TimeProvider? clock = null, Action<Exception>? onSubscriberError = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        OpenSpaceSessionDocument? saved;
        try
        {
            saved = JsonSerializer.Deserialize(document, OpenSpaceJsonContext.Default.OpenSpaceSessionDocument);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            throw new SessionDocumentException($"The Open Space document is not valid JSON of the expected shape: {e.Message}", e);
        }

        if (saved is null || saved.Format != OpenSpaceSessionDocument.FormatName)
        {
            throw new SessionDocumentException($"This is not an Open Space session document (expected format '{OpenSpaceSessionDocument.FormatName}').");
        }

        if (saved.FormatVersion < 1 || saved.FormatVersion > OpenSpaceSessionDocument.CurrentFormatVersion)
        {
            throw new SessionDocumentException(string.Create(CultureInfo.InvariantCulture, $"The document has format version {saved.FormatVersion}; this library reads versions 1 to {OpenSpaceSessionDocument.CurrentFormatVersion}. Upgrade the library to open it."));
        }

        if (saved.Design is null || saved.Events.IsDefault || saved.CommandIds.IsDefault)
        {
            throw new SessionDocumentException("The document lacks its design, events or command ids.");
        }

        var check = Validator.Validate(saved.Design);
        if (!check.IsValid)
        {
            throw new SessionDocumentException("The document's design cannot run: " + string.Join(" ", check.Errors.Select(e => e.ErrorMessage)));
        }

        var session = new OpenSpaceSession(saved.Design, clock ?? TimeProvider.System, onSubscriberError);
        session.Replay(saved);
        return session;
    }

    private void Replay(OpenSpaceSessionDocument saved)
    {
        long version = 0;
        for (var i = 0; i < saved.Events.Length; i++)
        {
            var e = saved.Events[i] ?? throw new SessionDocumentException(string.Create(CultureInfo.InvariantCulture, $"Event {i + 1} is missing."));
            if (e.Version != version + 1)
            {
                throw new SessionDocumentException(string.Create(CultureInfo.InvariantCulture, $"Event {i + 1} has version {e.Version}, but {version + 1} was expected: the log has a gap or is out of order."));
            }

            version = e.Version;
            try
            {
                Handle(e, e.Actor, e.OccurredAt);
            }
            catch (Exception ex) when (ex is CommandRejectedException or ArgumentException or InvalidOperationException)
            {
                throw new SessionDocumentException(string.Create(CultureInfo.InvariantCulture, $"Event {i + 1} ({e.GetType().Name}) cannot be replayed: {ex.Message}"), ex);
            }
        }

        if (saved.Version != version)
        {
            throw new SessionDocumentException(string.Create(CultureInfo.InvariantCulture, $"The document says version {saved.Version}, but its log ends at version {version}."));
        }

        if (saved.CommandIds.Length > SessionKernel<OpenSpaceEvent>.RememberedCommandIds
            || saved.CommandIds.Any(id => Identifier.FindProblem(id, "command") is not null)
            || saved.CommandIds.Distinct(StringComparer.Ordinal).Count() != saved.CommandIds.Length)
        {
            throw new SessionDocumentException("The document's remembered command ids are not valid.");
        }

        _kernel.Restore(version, saved.CommandIds, saved.Events);
    }
}
