using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Facilitation.Methods;

namespace Facilitation.Samples.Web;

/// <summary>
/// Which phone holds which name, per session: each claim has a random nonce that its join token carries, so releasing a
/// name (the participant leaves, or the facilitator frees it) makes the old token worthless and lets the name be claimed
/// again. Kept in <c>claims.json</c> beside the store, written whole to a unique temporary file and moved over the old one,
/// so tokens survive a restart and a reader never sees half a file. Several web processes may share the file (Orleans mode: every
/// process serves every café): each reads it again when it has changed, and a change is made under an exclusive lock file.
/// </summary>
internal sealed class Claims
{
    private readonly string _path;
    private readonly Lock _gate = new();
    private Dictionary<string, Dictionary<string, string>> _bySession = [];
    private DateTime _loaded;

    public Claims(string path)
    {
        _path = path;
        Refresh();
    }

    /// <summary>Claims a name for one phone; the nonce for its token, or null when another phone holds it.</summary>
    public string? TryClaim(string sessionId, ParticipantId id)
    {
        lock (_gate)
        {
            using var held = Hold();
            Refresh();
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
            Refresh();
            return _bySession.TryGetValue(sessionId, out var claims) && claims.ContainsKey(id.Value!);
        }
    }

    /// <summary>Whether a token's nonce is the one the name's current claim holds (compared in constant time).</summary>
    public bool Holds(string sessionId, ParticipantId id, string nonce)
    {
        lock (_gate)
        {
            Refresh();
            return _bySession.TryGetValue(sessionId, out var claims) && claims.TryGetValue(id.Value!, out var held)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(held), Encoding.UTF8.GetBytes(nonce));
        }
    }

    public void Release(string sessionId, ParticipantId id)
    {
        lock (_gate)
        {
            using var held = Hold();
            Refresh();
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

    /// <summary>Reads the file again when another process (or a restart) wrote it since this one read it.</summary>
    private void Refresh()
    {
        var written = File.Exists(_path) ? File.GetLastWriteTimeUtc(_path) : default;
        if (written != _loaded)
        {
            _bySession = Load(_path);
            _loaded = written;
        }
    }

    /// <summary>Holds the lock file while this process reads, changes and writes the claims (other processes wait, up to 5 seconds).</summary>
    private FileStream Hold()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(_path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 500)
            {
                Thread.Sleep(10);
            }
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
        _loaded = File.GetLastWriteTimeUtc(_path);
    }
}
