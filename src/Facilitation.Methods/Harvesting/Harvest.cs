using System.Collections.Immutable;

namespace Facilitation.Methods.Harvesting;

/// <summary>The collected, ordered record of a session: group contributions by question × group × round, then the whole-session ("town hall") items, with what is needed to print route cards and rosters.</summary>
/// <remarks>Immutable. Method-neutral: World Café, Open Space and brainstorm sessions all collect into it. Anonymous contributions carry no author, so no export can reveal one.</remarks>
public sealed class Harvest
{
    private Harvest()
    {
    }

    /// <summary>Gets the session's title.</summary>
    public string Title { get; private init; } = string.Empty;

    /// <summary>Gets the group contributions, ordered by question (in the session's order), then group (in room order), then round.</summary>
    public ImmutableArray<HarvestSection> Sections { get; private init; }

    /// <summary>Gets the whole-session items (insights, themes, questions, action items), in the order recorded.</summary>
    public ImmutableArray<Contribution> TownHall { get; private init; }

    /// <summary>Gets everyone who took part (for display names).</summary>
    public ImmutableArray<Participant> Participants { get; private init; }

    /// <summary>Gets the groups, in room order.</summary>
    public ImmutableArray<Group> Groups { get; private init; }

    /// <summary>Gets the seating of every round (for route cards and rosters); empty for methods without seating.</summary>
    public ImmutableArray<Seating> Seatings { get; private init; }

    /// <summary>Gets every contribution in the harvest, sections first, then the town hall.</summary>
    public IEnumerable<Contribution> AllContributions => Sections.SelectMany(s => s.Contributions).Concat(TownHall);

    /// <summary>Collects a harvest from a session's contributions.</summary>
    /// <param name="title">The session's title.</param>
    /// <param name="contributions">Every contribution, in the order recorded; those with a group go into sections, the rest into the town hall.</param>
    /// <param name="questions">The questions, in the order the report should follow (questions not listed come after, in order of appearance).</param>
    /// <param name="groups">The groups, in room order.</param>
    /// <param name="participants">Everyone who took part.</param>
    /// <param name="seatings">The seating of every round, or empty.</param>
    /// <returns>The harvest.</returns>
    public static Harvest Collect(string title, IEnumerable<Contribution> contributions, IEnumerable<Prompt> questions, IEnumerable<Group> groups, IEnumerable<Participant> participants, IEnumerable<Seating> seatings)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(groups);
        var all = contributions.ToList();
        var groupList = groups.ToImmutableArray();
        var questionOrder = questions.Concat(all.Where(c => c.Prompt is not null).Select(c => c.Prompt!)).Distinct().ToList();
        var groupOrder = groupList.Select(g => g.Id).ToList();
        int Rank<T>(List<T> order, T? item) => item is null ? -1 : order.IndexOf(item) is var i and >= 0 ? i : int.MaxValue;
        var sections = all
            .Where(c => c.Group is not null)
            .GroupBy(c => (Question: c.Prompt, Group: c.Group!.Value, c.Round))
            .OrderBy(g => Rank(questionOrder, g.Key.Question))
            .ThenBy(g => groupOrder.IndexOf(g.Key.Group) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(g => g.Key.Group)
            .ThenBy(g => g.Key.Round?.Number ?? 0)
            .Select(g => new HarvestSection(g.Key.Question, g.Key.Group, g.Key.Round, [.. g]))
            .ToImmutableArray();
        return new Harvest
        {
            Title = Identifier.CheckText(title, nameof(title), "title", Limits.MaxNameLength),
            Sections = sections,
            TownHall = [.. all.Where(c => c.Group is null)],
            Participants = [.. participants ?? []],
            Groups = groupList,
            Seatings = [.. seatings ?? []],
        };
    }

    /// <summary>Gets a participant's display name, or the id's text when unknown.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The name.</returns>
    public string NameOf(ParticipantId participant) => Participants.FirstOrDefault(p => p.Id == participant)?.DisplayName ?? participant.Value;

    /// <summary>Gets a group's display name, or the id's text when unknown.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The name.</returns>
    public string NameOf(GroupId group) => Groups.FirstOrDefault(g => g.Id == group)?.Name ?? group.Value;
}
