using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>A note was written on a tablecloth.</summary>
public sealed class NoteAdded : WorldCafeEvent
{
    [JsonConstructor] internal NoteAdded(Contribution note, bool anonymous = false) => (Note, Anonymous) = (note, anonymous);

    /// <summary>The note, tagged with table, round and question; an anonymous note carries no author.</summary>
    [JsonConverter(typeof(Sessions.OwnRootJsonConverter<Contribution>))]
    public Contribution Note { get; internal set; }

    /// <summary>True when the writer asked to stay anonymous: the event, the log and every export carry nothing that names them.</summary>
    public bool Anonymous { get; internal set; }
}
