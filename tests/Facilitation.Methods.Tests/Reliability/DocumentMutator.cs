using System.Text.Json.Nodes;

namespace Facilitation.Methods.Tests.Reliability;

/// <summary>
/// Structure-aware mutations of a JSON document (a saved session or a planner instance): remove a property or element, replace a
/// value with a hostile one (wrong type, negative, overflowing, huge, control characters, unknown enum value), add an extra
/// field, duplicate an element, or truncate the text. Each mutation describes itself, so a shrunk counterexample reads plainly.
/// </summary>
internal static class DocumentMutator
{
    public const int Kinds = 5;

    /// <summary>Replacement values: wrong types, edge and overflowing numbers, blank, huge and control-character strings, unknown enum values.</summary>
    public static readonly string[] Hostile =
    [
        "null", "-1", "0", "2147483648", "-2147483649", "9223372036854775807", "-9223372036854775809", "1e308", "0.5",
        "\"\"", "\"   \"", "\"\\u0000\\u0007\"", "\"" + new string('x', 100_000) + "\"", "true", "[]", "{}", "[null]",
        "\"NotAKnownValue\"", "\"-00:00:01\"", "\"10675199.02:48:05.4775807\"", "\"9999-12-31T23:59:59+14:00\"",
    ];

    /// <summary>Applies mutation <paramref name="how"/> (0 remove, 1 replace, 2 extra top-level field, 3 duplicate, 4 truncate) at node <paramref name="at"/>.</summary>
    public static (string Text, string Description, bool ExtraFieldOnly) Mutate(string document, int at, int how, int pick)
    {
        if (how == 4)
        {
            var cut = at % document.Length;
            return (document[..cut], $"truncated to {cut} of {document.Length} characters", false);
        }

        var root = JsonNode.Parse(document)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var node = nodes[at % nodes.Count];
        var path = node.GetPath();
        switch (how)
        {
            case 0 when node.Parent is JsonObject o:
                o.Remove(node.GetPropertyName());
                return (root.ToJsonString(), $"removed {path}", false);
            case 0 when node.Parent is JsonArray a:
                a.RemoveAt(node.GetElementIndex());
                return (root.ToJsonString(), $"removed {path}", false);
            case 1:
                var value = Hostile[pick % Hostile.Length];
                var replacement = JsonNode.Parse(value);
                if (node.Parent is JsonObject po)
                {
                    po[node.GetPropertyName()] = replacement;
                }
                else if (node.Parent is JsonArray pa)
                {
                    pa[node.GetElementIndex()] = replacement;
                }

                return (root.ToJsonString(), $"replaced {path} with {(value.Length > 40 ? value[..20] + $"…({value.Length} chars)" : value)}", false);
            case 2:
                // At the top level only: deeper objects include dictionaries (attributes, seatings), where a new key is new data.
                var target = (JsonObject)root;
                target["unexpectedField" + pick] = JsonNode.Parse(Hostile[pick % Hostile.Length]);
                return (root.ToJsonString(), $"added an extra field to {target.GetPath()}", true);
            case 3 when node.Parent is JsonArray da:
                da.Insert(node.GetElementIndex(), node.DeepClone());
                return (root.ToJsonString(), $"duplicated {path}", false);
            default:
                return (root.ToJsonString(), "unchanged", true);
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    if (child is not null)
                    {
                        into.Add(child);
                        Collect(child, into);
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (child is not null)
                    {
                        into.Add(child);
                        Collect(child, into);
                    }
                }

                break;
        }
    }
}
