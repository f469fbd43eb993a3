namespace Facilitation.Methods.Printing;

/// <summary>Names and groups looked up once for a printable: display names by id, groups by id in room order.</summary>
internal sealed class SeatingView
{
    public SeatingView(IEnumerable<Group> groups, IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(participants);
        Groups = [.. groups];
        var byId = new Dictionary<GroupId, Group>();
        foreach (var g in Groups)
        {
            byId.TryAdd(g.Id, g);
        }

        GroupsById = byId;
        var names = new Dictionary<ParticipantId, string>();
        foreach (var p in participants)
        {
            names.TryAdd(p.Id, p.DisplayName);
        }

        Names = names;
    }

    public IReadOnlyList<Group> Groups { get; }

    public IReadOnlyDictionary<GroupId, Group> GroupsById { get; }

    public IReadOnlyDictionary<ParticipantId, string> Names { get; }

    public string NameOf(ParticipantId p) => Names.TryGetValue(p, out var n) ? n : p.Value;

    public string NameOf(GroupId g) => GroupsById.TryGetValue(g, out var group) ? group.Name : g.Value;

    public bool IsHost(GroupId g, ParticipantId p) => GroupsById.TryGetValue(g, out var group) && group.Host == p;
}
