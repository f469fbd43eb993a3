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
}
