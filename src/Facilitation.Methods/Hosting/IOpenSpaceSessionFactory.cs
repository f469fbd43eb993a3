using Facilitation.Methods.OpenSpace;

namespace Facilitation.Methods.Hosting;

/// <summary>Opens Open Space sessions on the container's clock.</summary>
public interface IOpenSpaceSessionFactory
{
    /// <summary>Opens a new Open Space from a design.</summary>
    /// <param name="design">The design; it is validated and copied.</param>
    /// <returns>The Open Space.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run; every problem is listed.</exception>
    OpenSpaceSession Create(OpenSpaceDesign design);

    /// <summary>Restores an Open Space saved with <see cref="OpenSpaceSession.Save"/>.</summary>
    /// <param name="json">The saved document.</param>
    /// <returns>The restored Open Space.</returns>
    /// <exception cref="SessionDocumentException">The document is corrupt, of an unknown format version, or describes an impossible Open Space.</exception>
    OpenSpaceSession Restore(string json);

    /// <summary>Restores a Open Space from what a session store keeps: its design JSON and its event records (see <c>SessionRecorder</c>).</summary>
    /// <param name="designJson">The design JSON (<see cref="OpenSpaceSession.DesignJson"/>).</param>
    /// <param name="records">The event records, in version order.</param>
    /// <returns>The restored Open Space.</returns>
    /// <exception cref="SessionDocumentException">The pieces do not make a Open Space that follows its rules.</exception>
    OpenSpaceSession Restore(string designJson, IEnumerable<SessionEventRecord> records);
}
