namespace Facilitation.Methods.Orleans;

/// <summary>
/// Receives a session's events from its grain, each once it is stored, in version order. Create one with
/// <c>IGrainFactory.CreateObjectReference</c> and pass it to <see cref="ISessionGrain.SubscribeAsync"/>.
/// </summary>
/// <remarks>A subscription lives in the grain's memory: it lapses after <see cref="SessionGrainOptions.SubscriptionLifetime"/>
/// and when the grain moves to another silo, so subscribe again periodically and catch up with
/// <see cref="ISessionGrain.GetEventRecordsAsync"/> from the last version seen.</remarks>
public interface ISessionObserver : IGrainObserver
{
    /// <summary>Called for each stored event of the session.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="record">The event as the session's log and the store keep it.</param>
    void OnEvent(string sessionId, SessionEventRecord record);
}
