namespace Facilitation.Methods.Hosting;

/// <summary>Opens and restores sessions of one method on the container's clock (and, for a World Café, its rotation planner):
/// <c>ISessionFactory&lt;WorldCafeDesign, WorldCafeSession&gt;</c>, <c>ISessionFactory&lt;BrainstormDesign, BrainstormSession&gt;</c>
/// and <c>ISessionFactory&lt;OpenSpaceDesign, OpenSpaceSession&gt;</c>.</summary>
/// <typeparam name="TDesign">The method's design.</typeparam>
/// <typeparam name="TSession">The method's session.</typeparam>
public interface ISessionFactory<in TDesign, out TSession>
    where TSession : IFacilitationSession
{
    /// <summary>Opens a new session from a design.</summary>
    /// <param name="design">The design; it is validated and copied.</param>
    /// <returns>The session, in its first phase.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run; every problem is listed.</exception>
    TSession Create(TDesign design);

    /// <summary>Restores a session saved with <see cref="IFacilitationSession.Save"/>.</summary>
    /// <param name="json">The saved document.</param>
    /// <returns>The restored session.</returns>
    /// <exception cref="SessionDocumentException">The document is corrupt, of an unknown format version, or describes an impossible session.</exception>
    TSession Restore(string json);

    /// <summary>Restores a session from what a session store keeps: its design JSON and its event records (see <c>SessionRecorder</c>).</summary>
    /// <param name="designJson">The design JSON (<see cref="IFacilitationSession.DesignJson"/>).</param>
    /// <param name="records">The event records, in version order.</param>
    /// <returns>The restored session.</returns>
    /// <exception cref="SessionDocumentException">The pieces do not make a session that follows its rules.</exception>
    TSession Restore(string designJson, IEnumerable<SessionEventRecord> records);
}
