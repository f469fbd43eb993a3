using System.Buffers;
using System.Runtime.CompilerServices;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// Writes and reads one event as the JSON of a <see cref="SessionEventRecord"/>:
/// <c>{"occurredAt","actor","commandId","commandHash","data"}</c>. The data is the event's own fields; the metadata of
/// <see cref="SessionEvent"/> lives only in the envelope. An anonymous contribution's actor is <c>anonymous</c> and its command id is a hash.
/// </summary>
/// <remarks>The codec of one method is shared by all its sessions (<see cref="For"/>). It writes into a buffer of the calling thread's
/// (every call copies what it keeps out of it before returning), so a session holds no writer and nothing to dispose.</remarks>
internal sealed class EventCodec<TEvent>
    where TEvent : SessionEvent
{
    private static readonly FrozenSet<string> EnvelopeProperties =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, nameof(SessionEvent.Version), nameof(SessionEvent.OccurredAt), nameof(SessionEvent.Actor), nameof(SessionEvent.CommandId));

    // The event metadata (options with the envelope stripped, and a type info per event type) is built once per method's options and
    // shared by every session of the method: built per session, it was most of an idle session's memory and of a restore's set-up.
    private static readonly ConditionalWeakTable<JsonSerializerOptions, EventCodec<TEvent>> Shared = new();

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly FrozenDictionary<Type, (string Name, JsonTypeInfo Info)> _byType;
    private readonly FrozenDictionary<string, JsonTypeInfo> _byName;

    private EventCodec(EventTypes types)
    {
        _byType = types.ByType;
        _byName = types.ByName;
    }

    /// <summary>Gets the codec of a method's event JSON options, built once and shared by every session of the method.</summary>
    public static EventCodec<TEvent> For(JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Shared.GetValue(json, static json => new EventCodec<TEvent>(EventTypes.Build(json)));
    }

    private static ArrayBufferWriter<byte> Buffer => t_buffer!;

    private static Utf8JsonWriter Writer => t_writer!;

    /// <summary>Gets an event's type name.</summary>
    public string TypeName(TEvent e) => _byType.TryGetValue(e.GetType(), out var t) ? t.Name : throw new InvalidOperationException($"The event type {e.GetType().Name} has no type name.");

    /// <summary>Writes the event's data alone (no envelope), for comparing and fingerprinting. Not thread-safe: call under the session's gate.</summary>
    public byte[] Data(TEvent e)
    {
        Reset();
        JsonSerializer.Serialize(Writer, e, _byType[e.GetType()].Info);
        Writer.Flush();
        return Buffer.WrittenSpan.ToArray();
    }

    /// <summary>A stable hash of a command (its name and proposed data), so a retry can be told from another command with the same id.</summary>
    public string Fingerprint(string command, TEvent proposed)
    {
        Reset();
        Writer.WriteStartObject();
        Writer.WriteString("command", command);
        Writer.WritePropertyName("data");
        JsonSerializer.Serialize(Writer, proposed, _byType[proposed.GetType()].Info);
        Writer.WriteEndObject();
        Writer.Flush();
        return Hash(Buffer.WrittenSpan);
    }

    /// <summary>Writes the record JSON of an accepted, stamped event. Not thread-safe: call under the session's gate.</summary>
    /// <param name="e">The stamped event.</param>
    /// <param name="commandKey">The command id as kept (a hash for an anonymous contribution), or null.</param>
    /// <param name="fingerprint">The command's fingerprint, or null.</param>
    /// <param name="data">The event's data as <see cref="Data"/> wrote it, when the caller has it already (replay), or null to write it here.</param>
    public byte[] Envelope(TEvent e, string? commandKey, string? fingerprint, byte[]? data = null)
    {
        Reset();
        Writer.WriteStartObject();
        Writer.WriteString("occurredAt", e.OccurredAt);
        WriteActor(e.Actor);
        if (commandKey is not null)
        {
            Writer.WriteString("commandId", commandKey);
            Writer.WriteString("commandHash", fingerprint);
        }

        Writer.WritePropertyName("data");
        if (data is null)
        {
            JsonSerializer.Serialize(Writer, e, _byType[e.GetType()].Info);
        }
        else
        {
            Writer.WriteRawValue(data, skipInputValidation: true);
        }

        Writer.WriteEndObject();
        Writer.Flush();
        return Buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a record; throws <see cref="SessionDocumentException"/> naming the event when it cannot be read.</summary>
    public (TEvent Event, string? CommandKey, string? Fingerprint) Read(SessionEventRecord record, int index)
    {
        var where = SessionDocument.Invariant($"Event {index} ({Identifier.Shorten(record.Type ?? "no type")})");
        if (record.Type is null || !_byName.TryGetValue(record.Type, out var info))
        {
            throw new SessionDocumentException($"{where} has an unknown type; this library knows {string.Join(", ", _byName.Keys.Order(StringComparer.Ordinal))}.");
        }

        try
        {
            using var parsed = JsonDocument.Parse(record.Json ?? throw new SessionDocumentException($"{where} has no JSON."), new JsonDocumentOptions { MaxDepth = 64 });
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SessionDocumentException($"{where} is not a JSON object.");
            }

            DateTimeOffset? at = null;
            Actor? actor = null;
            string? commandKey = null, fingerprint = null;
            JsonElement? data = null;
            foreach (var p in root.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "occurredAt" when p.Value.ValueKind == JsonValueKind.String && p.Value.TryGetDateTimeOffset(out var t): at = t; break;
                    case "actor" when p.Value.ValueKind == JsonValueKind.String: actor = Actor.FromText(p.Value.GetString()); break;
                    case "commandId" when p.Value.ValueKind == JsonValueKind.String: commandKey = p.Value.GetString(); break;
                    case "commandHash" when p.Value.ValueKind == JsonValueKind.String: fingerprint = p.Value.GetString(); break;
                    case "data" when p.Value.ValueKind == JsonValueKind.Object: data = p.Value; break;
                    default: throw new SessionDocumentException($"{where} has an unexpected or malformed field '{Identifier.Shorten(p.Name)}'.");
                }
            }

            if (at is null || actor is null || data is null || (commandKey is null) != (fingerprint is null))
            {
                throw new SessionDocumentException($"{where} lacks its time, a valid actor, its data, or half of its command id and hash.");
            }

            if (commandKey is not null && (Identifier.FindProblem(commandKey, "command") is { } problem))
            {
                throw new SessionDocumentException($"{where}: {problem}");
            }

            var e = (TEvent?)data.Value.Deserialize(info) ?? throw new SessionDocumentException($"{where} has null data.");
            // Freshly read, so stamped in place.
            e.OccurredAt = at.Value;
            e.Actor = actor.Value;
            e.Version = record.Version;
            return (e, commandKey, fingerprint);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            throw new SessionDocumentException($"{where} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Hashes text to 32 hex digits (the first 128 bits of SHA-256).</summary>
    public static string Hash(ReadOnlySpan<byte> utf8)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(utf8, digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    /// <summary>Hashes a command id, for anonymous contributions.</summary>
    public static string HashId(string commandId) => "#" + Hash(Encoding.UTF8.GetBytes(commandId));

    // The actor as Actor.ToText writes it, without making the string: every record has one.
    private static void WriteActor(Actor actor)
    {
        var prefix = actor.Role switch
        {
            ActorRole.Participant => "participant:",
            ActorRole.CoFacilitator => "coFacilitator:",
            _ => null,
        };
        var id = actor.Participant?.Value;
        if (prefix is null || id is null || id.Length > 256)
        {
            Writer.WriteString("actor", actor.ToText());
            return;
        }

        Span<char> text = stackalloc char[prefix.Length + id.Length];
        prefix.CopyTo(text);
        id.CopyTo(text[prefix.Length..]);
        Writer.WriteString("actor", text);
    }

    private static void StripEnvelope(JsonTypeInfo info)
    {
        if (info.Kind == JsonTypeInfoKind.Object && typeof(SessionEvent).IsAssignableFrom(info.Type))
        {
            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                if (EnvelopeProperties.Contains(info.Properties[i].Name))
                {
                    info.Properties.RemoveAt(i);
                }
            }
        }
    }

    private static void Reset()
    {
        if (t_writer is null)
        {
            t_buffer = new ArrayBufferWriter<byte>(512);
            t_writer = new Utf8JsonWriter(t_buffer, SessionDocument.WriterOptions);
            return;
        }

        t_buffer!.ResetWrittenCount();
        t_writer.Reset();
    }

    /// <summary>The type name and type info of every event type, for one method's options (read-only once built, so shared across threads).</summary>
    private sealed record EventTypes(FrozenDictionary<Type, (string Name, JsonTypeInfo Info)> ByType, FrozenDictionary<string, JsonTypeInfo> ByName)
    {
        public static EventTypes Build(JsonSerializerOptions json)
        {
            var options = new JsonSerializerOptions(json)
            {
                TypeInfoResolver = (json.TypeInfoResolver ?? throw new ArgumentException("The event JSON options need a type resolver.", nameof(json))).WithAddedModifier(StripEnvelope),
                WriteIndented = false,
            };
            var root = options.GetTypeInfo(typeof(TEvent));
            var derived = root.PolymorphismOptions?.DerivedTypes ?? throw new ArgumentException($"{typeof(TEvent).Name} must be polymorphic with a type name per event.", nameof(json));
            var byType = new Dictionary<Type, (string, JsonTypeInfo)>();
            foreach (var d in derived)
            {
                byType.Add(d.DerivedType, ((string)d.TypeDiscriminator!, options.GetTypeInfo(d.DerivedType)));
            }

            options.MakeReadOnly();
            return new(byType.ToFrozenDictionary(), byType.Values.ToFrozenDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal));
        }
    }
}
