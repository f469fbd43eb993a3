namespace Facilitation.Methods;

/// <summary>
/// While a session is restored, every id read from its document (and every attribute name, value and language of its people) is one
/// string per distinct text: a café's seating plans, notes and actors name the same few hundred people thousands of times, and a restored
/// session should hold no more than one built by commands (where every id is the caller's one instance).
/// </summary>
/// <remarks>The pool belongs to the restoring thread and lives only as long as the restore (<see cref="Open"/>).</remarks>
internal static class IdPool
{
    // Ids are at most Identifier.MaxLength characters; a longer text is read as it is (and then refused as an id).
    private const int MaxPooled = 256;

    [ThreadStatic]
    private static Dictionary<string, string>? t_pool;

    /// <summary>Pools the ids read on this thread until the scope is disposed (scopes nest: the outermost one owns the pool).</summary>
    public static Scope Open()
    {
        if (t_pool is not null)
        {
            return default;
        }

        t_pool = new Dictionary<string, string>(StringComparer.Ordinal);
        return new Scope(owner: true);
    }

    /// <summary>Gets the pooled instance of an id, or the id itself when no restore is pooling on this thread.</summary>
    public static string Share(string id)
    {
        if (t_pool is not { } pool)
        {
            return id;
        }

        if (pool.TryGetValue(id, out var shared))
        {
            return shared;
        }

        pool.Add(id, id);
        return id;
    }

    /// <summary>Gets the pooled instance of an id given as characters, making a string only for an id not seen before; null when no restore
    /// is pooling on this thread or the text is too long to pool.</summary>
    public static string? Share(ReadOnlySpan<char> id)
    {
        if (t_pool is not { } pool || id.Length > MaxPooled)
        {
            return null;
        }

        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(id, out var shared))
        {
            return shared;
        }

        var text = id.ToString();
        pool.Add(text, text);
        return text;
    }

    /// <summary>Tells whether a restore is pooling ids on this thread.</summary>
    public static bool IsOpen => t_pool is not null;

    /// <summary>Ends the pooling when disposed by the scope that opened it.</summary>
    internal readonly struct Scope(bool owner) : IDisposable
    {
        public void Dispose()
        {
            if (owner)
            {
                t_pool = null;
            }
        }
    }
}
