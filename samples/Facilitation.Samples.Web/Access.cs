using System.Security.Cryptography;
using System.Text;
using Facilitation.Methods;
using Microsoft.AspNetCore.DataProtection;

namespace Facilitation.Samples.Web;

/// <summary>Who sends a request: the facilitator, a participant of one room, or nobody known.</summary>
/// <param name="IsFacilitator">Whether the caller proved the facilitator secret.</param>
/// <param name="Participant">The participant a join token names (for the room the request is about).</param>
internal sealed record Caller(bool IsFacilitator, ParticipantId? Participant)
{
    public static Caller Nobody { get; } = new(false, null);

    public bool IsParticipant => Participant is not null;

    /// <summary>Gets the actor the library sees: derived from the token or the secret only, never from anything else the client sends.</summary>
    public Actor Actor => IsFacilitator ? Actor.Facilitator : Participant is { } p ? Actor.ForParticipant(p) : default;
}

/// <summary>
/// The facilitator secret and the join tokens. A join token is the room's session id, the participant's id and the nonce of
/// their claim on the name (see <see cref="Claims"/>: releasing the name ends it), protected
/// (encrypted and signed) with ASP.NET Core Data Protection, so a client can neither read nor forge one. The facilitator
/// proves the secret once and gets a protected cookie under another purpose, so a join token never passes for it.
/// Both travel as HttpOnly, SameSite=Strict cookies or as <c>Authorization: Bearer</c>.
/// </summary>
internal sealed class Access
{
    public const string FacilitatorCookie = "fm_facilitator";
    private const string ParticipantCookiePrefix = "fm_join_";
    private const string FacilitatorClaim = "facilitator";

    private readonly IDataProtector _joinTokens;
    private readonly IDataProtector _facilitatorTokens;
    private readonly byte[] _secret;

    public Access(IDataProtectionProvider protection, string secret)
    {
        _joinTokens = protection.CreateProtector("Facilitation.Samples.Web.JoinToken.v1");
        _facilitatorTokens = protection.CreateProtector("Facilitation.Samples.Web.Facilitator.v1");
        _secret = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }

    public static string ParticipantCookie(string code) => ParticipantCookiePrefix + code.ToUpperInvariant();

    /// <summary>Makes a new random facilitator secret (when the configuration gives none).</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    /// <summary>Checks a secret in constant time.</summary>
    public bool IsSecret(string? candidate) =>
        candidate is { Length: > 0 and <= 200 } && CryptographicOperations.FixedTimeEquals(_secret, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));

    public string FacilitatorToken() => _facilitatorTokens.Protect(FacilitatorClaim);

    /// <summary>A join token: the session, the participant and the claim's nonce (releasing the name makes it worthless).</summary>
    public string JoinToken(string sessionId, ParticipantId participant, string nonce) => _joinTokens.Protect(sessionId + "\n" + participant.Value + "\n" + nonce);

    /// <summary>Works out who calls about one room (or about none, when <paramref name="room"/> is null).</summary>
    public Caller Identify(HttpContext http, Room? room)
    {
        var bearer = Bearer(http);
        if (IsSecret(bearer) || IsFacilitatorToken(http.Request.Cookies[FacilitatorCookie]))
        {
            return new Caller(true, null);
        }

        if (room is null)
        {
            return Caller.Nobody;
        }

        var participant = ParticipantOf(bearer, room) ?? ParticipantOf(http.Request.Cookies[ParticipantCookie(room.Code)], room);
        return participant is null ? Caller.Nobody : new Caller(false, participant);
    }

    private static string? Bearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
    }

    private bool IsFacilitatorToken(string? token) => Unprotect(_facilitatorTokens, token) == FacilitatorClaim;

    private ParticipantId? ParticipantOf(string? token, Room room)
    {
        var parts = Unprotect(_joinTokens, token)?.Split('\n');
        if (parts is not [var session, { Length: > 0 } id, { Length: > 0 } nonce] || session != room.Session.Id)
        {
            return null;
        }

        var participant = new ParticipantId(id);
        return room.Holds(participant, nonce) ? participant : (ParticipantId?)null;
    }

    private static string? Unprotect(IDataProtector protector, string? token)
    {
        if (token is not { Length: > 0 and < 2000 })
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
