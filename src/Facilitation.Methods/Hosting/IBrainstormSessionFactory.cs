using Facilitation.Methods.Brainstorm;

namespace Facilitation.Methods.Hosting;

/// <summary>Opens brainstorm sessions on the container's clock.</summary>
public interface IBrainstormSessionFactory
{
    /// <summary>Opens a new brainstorm from a design.</summary>
    /// <param name="design">The design; it is validated and copied.</param>
    /// <returns>The brainstorm.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run; every problem is listed.</exception>
    BrainstormSession Create(BrainstormDesign design);

    /// <summary>Restores a brainstorm saved with <see cref="BrainstormSession.Save"/>.</summary>
    /// <param name="json">The saved document.</param>
    /// <returns>The restored brainstorm.</returns>
    /// <exception cref="SessionDocumentException">The document is corrupt, of an unknown format version, or describes an impossible brainstorm.</exception>
    BrainstormSession Restore(string json);

    /// <summary>Restores a brainstorm from what a session store keeps: its design JSON and its event records (see <c>SessionRecorder</c>).</summary>
    /// <param name="designJson">The design JSON (<see cref="BrainstormSession.DesignJson"/>).</param>
    /// <param name="records">The event records, in version order.</param>
    /// <returns>The restored brainstorm.</returns>
    /// <exception cref="SessionDocumentException">The pieces do not make a brainstorm that follows its rules.</exception>
    BrainstormSession Restore(string designJson, IEnumerable<SessionEventRecord> records);
}
