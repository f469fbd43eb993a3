using System.Collections.Immutable;

namespace Facilitation.Methods.Orleans;

/// <summary>
/// One session as a grain (the key is the session id). Orleans keeps one activation per key, so commands run one at a time; the
/// grain restores its session from the <see cref="Storage.ISessionStore"/> when it activates and appends every new event to the
/// store before it replies.
/// </summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Starts the session from its design JSON (the <see cref="IFacilitationSession.DesignJson"/> of a new session whose id is this grain's key) and stores it; a session that already exists is left as it is.</summary>
    /// <param name="designJson">The design JSON; its <c>method</c> names a method registered with <see cref="SessionGrainOptions.AddMethod{TSession}"/>.</param>
    /// <param name="workshopId">The workshop the session belongs to, for listing; null for none.</param>
    /// <param name="owner">The owner, for listing; null for none.</param>
    /// <returns>The session now.</returns>
    Task<SessionSnapshot> StartAsync(string designJson, string? workshopId = null, string? owner = null);

    /// <summary>Runs a command; an accepted reply comes only after its event is stored.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The reply: the result, or why the command was refused (a refused command changes nothing).</returns>
    /// <exception cref="Storage.SessionNotFoundException">The session was never started.</exception>
    Task<SessionReply> SendAsync(SessionCommand command);

    /// <summary>Reads the session's version, phase and permitted commands (events its timer raised are stored first).</summary>
    /// <returns>The session now.</returns>
    /// <exception cref="Storage.SessionNotFoundException">The session was never started.</exception>
    Task<SessionSnapshot> GetSnapshotAsync();

    /// <summary>Reads the session's event records after a version (all stored).</summary>
    /// <param name="afterVersion">Only records with a greater version are returned; 0 for the whole log.</param>
    /// <returns>The records, oldest first.</returns>
    /// <exception cref="Storage.SessionNotFoundException">The session was never started.</exception>
    Task<ImmutableArray<SessionEventRecord>> GetEventRecordsAsync(long afterVersion);

    /// <summary>Subscribes an observer to the session's stored events (again, to renew it).</summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A task that completes when the observer is subscribed.</returns>
    Task SubscribeAsync(ISessionObserver observer);

    /// <summary>Ends an observer's subscription.</summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A task that completes when the observer is unsubscribed.</returns>
    Task UnsubscribeAsync(ISessionObserver observer);
}
