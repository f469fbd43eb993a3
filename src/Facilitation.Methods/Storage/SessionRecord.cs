namespace Facilitation.Methods.Storage;

/// <summary>A new session as a store keeps it: its id, which method it runs, the workshop and owner it belongs to, and its design as JSON.</summary>
/// <remarks>Immutable; every value is checked against <see cref="SessionStoreLimits"/> when the record is made.</remarks>
public sealed class SessionRecord
{
    /// <summary>Initializes a new instance of the <see cref="SessionRecord"/> class.</summary>
    /// <param name="sessionId">The session's id, unique in the store.</param>
    /// <param name="method">The method the session runs, for example <c>worldCafe</c>: it tells a host which session type restores the design.</param>
    /// <param name="designJson">The session's design as JSON, exactly as the session saved it.</param>
    /// <param name="workshopId">The workshop the session belongs to, or null.</param>
    /// <param name="owner">The facilitator or organisation that owns the session, or null.</param>
    /// <exception cref="ArgumentException">A value is empty, too long (see <see cref="SessionStoreLimits"/>), or an id contains a control character.</exception>
    public SessionRecord(string sessionId, string method, string designJson, string? workshopId = null, string? owner = null)
    {
        SessionId = StoreGuard.Id(sessionId, "session id", nameof(sessionId));
        Method = StoreGuard.Name(method, "method", nameof(method));
        DesignJson = StoreGuard.Json(designJson, SessionStoreLimits.MaxDesignJsonLength, "design JSON", nameof(designJson));
        WorkshopId = StoreGuard.OptionalId(workshopId, "workshop id", nameof(workshopId));
        Owner = StoreGuard.OptionalId(owner, "owner", nameof(owner));
    }

    /// <summary>Gets the session's id, unique in the store.</summary>
    public string SessionId { get; }

    /// <summary>Gets the method the session runs, for example <c>worldCafe</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the session's design as JSON.</summary>
    public string DesignJson { get; }

    /// <summary>Gets the workshop the session belongs to.</summary>
    /// <value>Null when the session stands alone.</value>
    public string? WorkshopId { get; }

    /// <summary>Gets the facilitator or organisation that owns the session.</summary>
    /// <value>Null when no owner was recorded.</value>
    public string? Owner { get; }
}
