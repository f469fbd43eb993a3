using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// The one document format of every session, version 2: <c>{"format","formatVersion","method","id","design","events":[{"version","type","event"}]}</c>.
/// Compact JSON, camelCase, any script written as itself. The part before <c>"events"</c> is the session's design JSON; each element of
/// <c>"events"</c> is one <see cref="SessionEventRecord"/>.
/// </summary>
internal static class SessionDocument
{
    /// <summary>The format name every session document carries.</summary>
    public const string FormatName = "Facilitation.Methods.Session";

    /// <summary>The format version written today. Version 1 was each method's own format; a method reads its version-1 documents through its upgrade path.</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>Gets the writer options of every document: compact, and readable Unicode (Chinese stays Chinese).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    /// <summary>Writes the design JSON (the document's head) for a session.</summary>
    public static string WriteHeader<TDesign>(string method, string id, TDesign design, JsonTypeInfo<TDesign> designJson)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("formatVersion", CurrentFormatVersion);
            writer.WriteString("method", method);
            writer.WriteString("id", id);
            writer.WritePropertyName("design");
            JsonSerializer.Serialize(writer, design, designJson);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a whole saved document into its head and its records. A version-1 document (<c>formatVersion</c> 1, or
    /// <c>FormatVersion</c> 1 in the brainstorm's own format) goes through the method's upgrade first, which gives a version-2 document
    /// made by replaying its commands through today's rules. Throws <see cref="SessionDocumentException"/> for anything else that is
    /// not a version-2 document of the method.</summary>
    public static (SessionHeader Header, List<SessionEventRecord> Records) Read(string document, string method, Func<JsonElement, string>? upgradeVersion1 = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        CheckLength(document.Length, "The document");
        using var parsed = Parse(document, "The document");
        var root = parsed.RootElement;
        if (upgradeVersion1 is not null && root.ValueKind == JsonValueKind.Object
            && (root.TryGetProperty("formatVersion", out var v) || root.TryGetProperty("FormatVersion", out v))
            && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var version) && version == 1)
        {
            return Read(upgradeVersion1(root), method);
        }

        return ReadParsed(parsed, method);
    }

    /// <summary>The one upgrade of every version-1 document: reads it as <typeparamref name="TV1"/>, then replays it on a fresh
    /// <see cref="ReplayClock"/> (the method's part: the commands that lead to what the document holds, through today's rules) and gives
    /// the version-2 document. What cannot be read, or no command sequence reaches, is refused with <see cref="SessionDocumentException"/>.</summary>
    /// <param name="root">The version-1 document.</param>
    /// <param name="v1Json">How the method reads its version-1 document (only what it replays).</param>
    /// <param name="what">The method, as messages name it.</param>
    /// <param name="refuseNulls">Whether a JSON null anywhere is refused: the café and the brainstorm of version 1 left nulls out, and
    /// the JSON reader keeps a null element of a list or map, which nothing replays.</param>
    /// <param name="replay">The method's replay: from the read document and the clock to the version-2 document.</param>
    /// <param name="rename">Moves what version 1 wrote under other names to today's names, so that today's types read it; or null.</param>
    public static string Upgrade<TV1>(JsonElement root, JsonTypeInfo<TV1> v1Json, string what, bool refuseNulls, Func<TV1, ReplayClock, string> replay, Action<JsonObject>? rename = null)
    {
        TV1 old;
        try
        {
            var renamed = refuseNulls && HasNull(root) ? throw new SessionDocumentException($"The version-1 {what} document holds an empty (null) value.")
                : rename is not null && JsonNode.Parse(root.GetRawText()) is JsonObject v1 ? v1 : null;
            if (renamed is not null)
            {
                rename!(renamed);
            }

            old = (renamed is null ? root.Deserialize(v1Json) : renamed.Deserialize(v1Json)) ?? throw new SessionDocumentException($"The version-1 {what} document is null.");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            throw new SessionDocumentException($"The version-1 {what} document cannot be read: {e.Message}", e);
        }

        try
        {
            return replay(old, new ReplayClock());
        }
        catch (Exception e) when (e is CommandRejectedException or InvalidDesignException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            throw new SessionDocumentException($"The version-1 {what} cannot be upgraded: {e.Message}", e);
        }

        static bool HasNull(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Null => true,
            JsonValueKind.Array => e.EnumerateArray().Any(HasNull),
            JsonValueKind.Object => e.EnumerateObject().Any(p => HasNull(p.Value)),
            _ => false,
        };
    }

    /// <summary>Reads a design JSON written by <see cref="WriteHeader"/>.</summary>
    public static SessionHeader ReadHeader(string designJson, string method)
    {
        ArgumentNullException.ThrowIfNull(designJson);
        CheckLength(designJson.Length, "The design JSON");
        using var parsed = Parse(designJson, "The design JSON");
        if (parsed.RootElement.ValueKind == JsonValueKind.Object && parsed.RootElement.TryGetProperty("events", out _))
        {
            throw new SessionDocumentException("The design JSON carries events; give a whole document to Restore(document) instead.");
        }

        return ReadHeader(parsed.RootElement, method);
    }

    /// <summary>Throws <see cref="SessionDocumentException"/> when a text is longer than the one size cap.</summary>
    public static void CheckLength(long length, string what)
    {
        if (length > Limits.MaxDocumentLength)
        {
            throw new SessionDocumentException(Invariant($"{what} has {length:N0} characters; a session document has at most {Limits.MaxDocumentLength:N0} (Limits.MaxDocumentLength)."));
        }
    }

    /// <summary>Formats a message with the invariant culture.</summary>
    public static string Invariant(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    private static (SessionHeader Header, List<SessionEventRecord> Records) ReadParsed(JsonDocument parsed, string method)
    {
        var header = ReadHeader(parsed.RootElement, method);
        if (!parsed.RootElement.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            throw new SessionDocumentException("The document has no \"events\" array.");
        }

        var records = new List<SessionEventRecord>(events.GetArrayLength());
        foreach (var e in events.EnumerateArray())
        {
            var at = records.Count + 1;
            if (e.ValueKind != JsonValueKind.Object
                || !e.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt64(out var v)
                || !e.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || !e.TryGetProperty("event", out var body) || body.ValueKind != JsonValueKind.Object
                || e.EnumerateObject().Count() != 3)
            {
                throw new SessionDocumentException(Invariant($"Event {at} of the document is not {{\"version\", \"type\", \"event\"}}."));
            }

            records.Add(new SessionEventRecord(v, type.GetString()!, body.GetRawText()));
        }

        return (header, records);
    }

    private static JsonDocument Parse(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new SessionDocumentException($"{what} is not valid JSON: {e.Message}", e);
        }
    }

    private static SessionHeader ReadHeader(JsonElement root, string method)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
        {
            throw new SessionDocumentException($"This is not a session document (expected \"format\": \"{FormatName}\").");
        }

        // TryGetInt32 throws on a value that is not a number (a string, an object): check the kind first.
        if (!root.TryGetProperty("formatVersion", out var fv) || fv.ValueKind != JsonValueKind.Number || !fv.TryGetInt32(out var formatVersion) || formatVersion != CurrentFormatVersion)
        {
            throw new SessionDocumentException(Invariant($"The document has format version {(fv.ValueKind == JsonValueKind.Undefined ? "(none)" : fv.GetRawText())}; this library reads version {CurrentFormatVersion} (and each method's version-1 documents through Restore(document)). Upgrade the library to open a newer one."));
        }

        if (!root.TryGetProperty("method", out var m) || m.ValueKind != JsonValueKind.String || m.GetString() != method)
        {
            throw new SessionDocumentException($"The document is not a {method} session (its method is {(m.ValueKind == JsonValueKind.String ? "'" + Identifier.Shorten(m.GetString()!) + "'" : "missing")}).");
        }

        if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || Identifier.FindProblem(id.GetString(), "session") is { } problem)
        {
            throw new SessionDocumentException("The document's session id is missing or not valid" + (id.ValueKind == JsonValueKind.String ? ": " + Identifier.FindProblem(id.GetString(), "session") : "."));
        }

        if (!root.TryGetProperty("design", out var design) || design.ValueKind != JsonValueKind.Object)
        {
            throw new SessionDocumentException("The document has no design.");
        }

        return new SessionHeader(id.GetString()!, design.Clone());
    }
}

/// <summary>The head of a session document: the session id and the design, still as JSON for the method to read and validate.</summary>
/// <param name="Id">The session id.</param>
/// <param name="Design">The design as JSON.</param>
internal sealed record SessionHeader(string Id, JsonElement Design)
{
    /// <summary>Reads the design; a design the JSON cannot express is refused with <see cref="SessionDocumentException"/>. The method validates it next.</summary>
    public TDesign ReadDesign<TDesign>(JsonTypeInfo<TDesign> designJson)
        where TDesign : class
    {
        try
        {
            return Design.Deserialize(designJson) ?? throw new SessionDocumentException("The document's design is null.");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            throw new SessionDocumentException($"The document's design is not valid: {e.Message}", e);
        }
    }
}

/// <summary>The clock of a version-1 upgrade: it stands where the replay sets it, never goes back, and its timers never ring (the
/// restored session arms its own).</summary>
internal sealed class ReplayClock : TimeProvider
{
    /// <summary>Gets the time the clock stands at.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>Moves the clock forward to a time; an earlier time, or none, leaves it where it is.</summary>
    public void Advance(DateTimeOffset? to) => Now = to is { } t && t > Now ? t : Now;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new SilentTimer();

    private sealed class SilentTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>Writes a <typeparamref name="T"/> as its plain shape <typeparamref name="TShape"/> and reads the shape back through the
/// type's own checks, so they also guard documents (an <see cref="ArgumentException"/> of theirs is a <see cref="JsonException"/>).</summary>
/// <param name="shape">The shape's JSON in the calling context's options.</param>
/// <param name="missing">The message when the value is null.</param>
/// <param name="read">Makes the value of its shape.</param>
/// <param name="write">Gives the shape of a value.</param>
internal abstract class ShapeJsonConverter<T, TShape>(Func<JsonSerializerOptions, JsonTypeInfo<TShape>> shape, string missing, Func<TShape, T> read, Func<T, TShape> write)
    : JsonConverter<T>
    where TShape : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = JsonSerializer.Deserialize(ref reader, shape(options)) ?? throw new JsonException(missing);
        try
        {
            return read(value);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, write(value), shape(options));
}

/// <summary>A participant as every document writes one, <c>{"id","displayName","attributes","languages"}</c> (in the calling context's naming:
/// the brainstorm's version 1 is PascalCase), read through its constructor.</summary>
internal sealed class ParticipantJsonConverter() : ShapeJsonConverter<Participant, ParticipantShape>(
    options => options.TryGetTypeInfo(typeof(ParticipantShape), out var shape) ? (JsonTypeInfo<ParticipantShape>)shape : ParticipantShapeJsonContext.Default.ParticipantShape,
    "A participant is missing.",
    shape => new Participant(shape.Id, shape.DisplayName, shape.Attributes, shape.Languages),
    value => new ParticipantShape(value.Id, value.DisplayName, value.Attributes, [.. value.Languages]));

internal sealed record ParticipantShape(
    ParticipantId Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DisplayName = null,
    IReadOnlyDictionary<string, string>? Attributes = null,
    IReadOnlyList<string>? Languages = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ParticipantShape))]
[JsonSerializable(typeof(ParticipantId[]))]
internal sealed partial class ParticipantShapeJsonContext : JsonSerializerContext;

/// <summary>A pair of people as <c>["a","b"]</c> (the café's and the brainstorm's designs).</summary>
internal sealed class PairConverter : JsonConverter<ParticipantPair>
{
    public override ParticipantPair Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, ParticipantShapeJsonContext.Default.ParticipantIdArray) is [var first, var second]
            ? new(first, second)
            : throw new JsonException("A pair names two people.");

    public override void Write(Utf8JsonWriter writer, ParticipantPair value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.First.Value);
        writer.WriteStringValue(value.Second.Value);
        writer.WriteEndArray();
    }
}

/// <summary>Writes and reads a property's value through the options' own type info of <typeparamref name="T"/>, as a root of its own, in the
/// same bytes. An object the serializer nests in another costs it a stack of frames per call (some 300 bytes for each record that holds a
/// contribution); a converter's value is not nested, so a contribution inside an event, and a prompt inside it, cost nothing.</summary>
internal sealed class OwnRootJsonConverter<T> : JsonConverter<T>
    where T : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
