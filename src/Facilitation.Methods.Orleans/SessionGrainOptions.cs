namespace Facilitation.Methods.Orleans;

/// <summary>The session grains' settings on a silo: the methods they run and their clock.</summary>
public sealed class SessionGrainOptions
{
    private readonly Dictionary<string, ISessionMethod> _methods = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the clock of every session the grains run (round timers, timestamps); the system clock by default.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets how long an observer's subscription lasts unless renewed; 5 minutes by default.</summary>
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Registers a method's command table; registering a method of the same name again replaces it.</summary>
    /// <typeparam name="TSession">The method's session type.</typeparam>
    /// <param name="method">The command table.</param>
    /// <returns>These options.</returns>
    public SessionGrainOptions AddMethod<TSession>(SessionMethod<TSession> method)
        where TSession : class, IFacilitationSession
    {
        ArgumentNullException.ThrowIfNull(method);
        _methods[method.Name] = method;
        return this;
    }

    internal ISessionMethod? Find(string name) => _methods.GetValueOrDefault(name);
}
