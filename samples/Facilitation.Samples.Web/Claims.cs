using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Facilitation.Methods;

namespace Facilitation.Samples.Web;

/// <summary>
/// Which phone holds which name, per session: each claim has a random nonce that its join token carries, so releasing a
/// name (the participant leaves, or the facilitator frees it) makes the old token worthless and lets the name be claimed
/// again. Kept in <c>claims.json</c> beside the store, written whole to a unique temporary file and moved over the old one,
/// so tokens survive a restart and a reader never sees half a file.
/// </summary>
internal sealed class Claims
{
    private readonly string _path;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<string, string>> _bySession;

    public Claims(string path)
    {
        _path = path;
        _bySession = Load(path);
    }

    /// <summary>Claims a name for one phone; the nonce for its token, or null when another phone holds it.</summary>
    public string? TryClaim(string sessionId, ParticipantId id)
    {
        lock (_gate)
        {
            var claims = Of(sessionId);
            if (claims.ContainsKey(id.Value!))
            {
                return null;
            }

            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            claims[id.Value!] = nonce;
            Save();
            return nonce;
        }
    }

    public bool IsClaimed(string sessionId, ParticipantId id)
    {
        lock (_gate)
        {
            return _bySession.TryGetValue(sessionId, out var claims) && claims.ContainsKey(id.Value!);
        }
    }

    /// <summary>Whether a token's nonce is the one the name's current claim holds (compared in constant time).</summary>
    public bool Holds(string sessionId, ParticipantId id, string nonce)
    {
        lock (_gate)
        {
            return _bySession.TryGetValue(sessionId, out var claims) && claims.TryGetValue(id.Value!, out var held)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(held), Encoding.UTF8.GetBytes(nonce));
        }
    }

    public void Release(string sessionId, ParticipantId id)
    {
        lock (_gate)
        {
            if (_bySession.TryGetValue(sessionId, out var claims) && claims.Remove(id.Value!))
            {
                Save();
            }
        }
    }

    private static Dictionary<string, Dictionary<string, string>> Load(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(path)) ?? [] : [];
        }
        catch (JsonException)
        {
            // A file that cannot be read never blocks the start: phones join again.
            return [];
        }
    }

    private Dictionary<string, string> Of(string sessionId)
    {
        if (!_bySession.TryGetValue(sessionId, out var claims))
        {
            _bySession[sessionId] = claims = [];
        }

        return claims;
    }

    private void Save()
    {
        var temporary = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(_bySession));
        File.Move(temporary, _path, overwrite: true);
    }
}
