using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Hosting;

/// <summary>Opens World Café sessions on the container's clock and rotation planner.</summary>
public interface IWorldCafeSessionFactory
{
    /// <summary>Opens a new café from a design.</summary>
    /// <param name="design">The design; it is validated and copied.</param>
    /// <returns>The café, in its design phase.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run; every problem is listed.</exception>
    WorldCafeSession Create(WorldCafeDesign design);

    /// <summary>Restores a café saved with <see cref="WorldCafeSession.Save"/>.</summary>
    /// <param name="json">The saved document.</param>
    /// <returns>The restored café.</returns>
    /// <exception cref="SessionDocumentException">The document is corrupt, of an unknown format version, or describes an impossible café.</exception>
    WorldCafeSession Restore(string json);

    /// <summary>Restores a café from what a session store keeps: its design JSON and its event records (see <c>SessionRecorder</c>).</summary>
    /// <param name="designJson">The design JSON (<see cref="WorldCafeSession.DesignJson"/>).</param>
    /// <param name="records">The event records, in version order.</param>
    /// <returns>The restored café.</returns>
    /// <exception cref="SessionDocumentException">The pieces do not make a café that follows its rules.</exception>
    WorldCafeSession Restore(string designJson, IEnumerable<SessionEventRecord> records);
}
