using System.Globalization;
using System.Text;

namespace Facilitation.Methods.Printing;

/// <summary>SVG pictures of a rotation: the seating of one round, who met whom, and one person's route across rounds.</summary>
/// <remarks>
/// Each picture is a standalone SVG document (save it as <c>.svg</c>, or put it inline in HTML: the printables embed them).
/// All text is escaped; names too long for their place are shortened with "…" and the full name is kept in a tooltip.
/// </remarks>
public static class SeatingPictures
{
    private const string Font = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, Noto Sans, Arial, sans-serif";

    /// <summary>Draws the seating of one round: every group as a circle with its name, its members around it, the host marked with ★.</summary>
    /// <param name="seating">The round's seating.</param>
    /// <param name="groups">The groups (names and hosts), in room order.</param>
    /// <param name="participants">The participants (display names).</param>
    /// <param name="options">The language; null for the defaults.</param>
    /// <returns>The SVG document.</returns>
    public static string Round(Seating seating, IEnumerable<Group> groups, IEnumerable<Participant> participants, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seating);
        return DrawRound(seating, new SeatingView(groups, participants), new PrintContext(options));
    }

    /// <summary>Draws who met whom as a heat map: one row and column per person, ordered so that people who met stand together, darker for more meetings, with each person's "not met yet" count.</summary>
    /// <param name="seatings">The seatings of the rounds held or planned.</param>
    /// <param name="participants">The people to show, in the order to start from (display names).</param>
    /// <param name="options">The language; null for the defaults.</param>
    /// <returns>The SVG document.</returns>
    public static string WhoMetWhom(IEnumerable<Seating> seatings, IEnumerable<Participant> participants, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seatings);
        ArgumentNullException.ThrowIfNull(participants);
        var people = participants.ToList();
        var rounds = seatings.ToList();
        var seated = rounds.SelectMany(s => s.Seated).ToHashSet();
        var shown = people.Where(p => seated.Contains(p.Id)).ToList();
        return DrawWhoMetWhom(ClusteredMeetings.From(rounds, shown.Select(p => p.Id)), new SeatingView([], people), new PrintContext(options));
    }

    /// <summary>Draws one person's route: a box per round with the group they sit in (★ where they host), dashed where they are away.</summary>
    /// <param name="person">The person.</param>
    /// <param name="seatings">The seatings, one per round, in round order.</param>
    /// <param name="groups">The groups (names and hosts).</param>
    /// <param name="participants">The participants (display names).</param>
    /// <param name="options">The language; null for the defaults.</param>
    /// <returns>The SVG document.</returns>
    public static string Route(ParticipantId person, IEnumerable<Seating> seatings, IEnumerable<Group> groups, IEnumerable<Participant> participants, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seatings);
        return DrawRoute(person, [.. seatings], new SeatingView(groups, participants), new PrintContext(options));
    }

    internal static string DrawRound(Seating seating, SeatingView view, PrintContext ui)
    {
        const int cellW = 360, cellH = 300, top = 44, bottom = 30;
        var groups = seating.Groups;
        var cols = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(groups.Length)));
        var rows = Math.Max(1, (groups.Length + cols - 1) / cols);
        var width = cols * cellW;
        var height = top + (rows * cellH) + bottom;
        var svg = Open(width, height, ui.F("Picture.Seating", ui.Round(seating.Round)), ui);
        Text(svg, width / 2.0, 28, 20, ui.F("Picture.Seating", ui.Round(seating.Round)), "middle", bold: true);
        for (var i = 0; i < groups.Length; i++)
        {
            var cx = ((i % cols) * cellW) + (cellW / 2.0);
            var cy = top + ((i / cols) * cellH) + (cellH / 2.0);
            var group = groups[i];
            var hasHost = view.GroupsById.TryGetValue(group, out var definition) && definition.Host is not null;
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"50\" fill=\"#e8f0fb\" stroke=\"#2563eb\" stroke-width=\"{(hasHost ? 3 : 1.5)}\"/>\n");
            Text(svg, cx, cy + 5, 14, view.NameOf(group), "middle", bold: true, room: 92);
            var members = seating.MembersOf(group);
            for (var m = 0; m < members.Length; m++)
            {
                var angle = (2 * Math.PI * m / members.Length) - (Math.PI / 2);
                var x = cx + (78 * Math.Cos(angle));
                var y = cy + (78 * Math.Sin(angle)) + 4;
                var anchor = x > cx + 8 ? "start" : x < cx - 8 ? "end" : "middle";
                var host = view.IsHost(group, members[m]);
                var name = (host ? "★ " : string.Empty) + view.NameOf(members[m]);
                Text(svg, x, y, 12, name, anchor, bold: host, room: anchor == "middle" ? 160 : 98, fill: host ? "#9a3412" : "#111");
            }
        }

        Text(svg, 12, height - 10, 12, ui.T("Picture.HostLegend"), "start", fill: "#9a3412");
        return svg.Append("</svg>\n").ToString();
    }

    internal static string DrawWhoMetWhom(ClusteredMeetings matrix, SeatingView view, PrintContext ui)
    {
        var n = matrix.People.Length;
        var cell = n <= 30 ? 16 : Math.Max(6, 480 / Math.Max(1, n));
        const int label = 130, top = 170, countW = 70;
        var width = Math.Max(label + (n * cell) + countW + 10, 540); // room for the four legend entries
        var height = top + (n * cell) + 60;
        var title = ui.T("Picture.WhoMetWhom");
        var svg = Open(width, height, title, ui);
        Text(svg, 8, 24, 18, title, "start", bold: true);
        var fontSize = Math.Min(11, cell - 3);
        for (var i = 0; i < n; i++)
        {
            var person = matrix.People[i];
            var name = view.NameOf(person);
            var y = top + (i * cell);
            Text(svg, label - 6, y + (cell / 2.0) + (fontSize / 2.5), fontSize, name, "end", room: label - 12);
            var x = label + (i * cell) + (cell / 2.0) + (fontSize / 2.5);
            svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate({x:0.#},{top - 6}) rotate(-90)\">");
            Text(svg, 0, 0, fontSize, name, "start", room: top - 50);
            svg.Append("</g>\n");
            for (var j = 0; j < n; j++)
            {
                var count = i == j ? -1 : matrix.Meetings(person, matrix.People[j]);
                var fill = count switch { -1 => "#d4d4d4", 0 => "#ffffff", 1 => "#93c5fd", 2 => "#2563eb", _ => "#1e3a8a" };
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{label + (j * cell)}\" y=\"{y}\" width=\"{cell}\" height=\"{cell}\" fill=\"{fill}\" stroke=\"#e5e7eb\" stroke-width=\"0.5\"/>");
            }

            Text(svg, label + (n * cell) + countW - 8, y + (cell / 2.0) + (fontSize / 2.5), fontSize, matrix.NotMetYet(person).ToString(ui.Culture), "end");
            svg.Append('\n');
        }

        Text(svg, label + (n * cell) + countW - 8, top - 8, 10, ui.T("Picture.NotMetYet"), "end", bold: true, room: countW + 20);
        var legendY = top + (n * cell) + 28;
        var legend = new[] { ("#ffffff", ui.N("Picture.Met", 0)), ("#93c5fd", ui.N("Picture.Met", 1)), ("#2563eb", ui.N("Picture.Met", 2)), ("#1e3a8a", ui.F("Picture.MetMore", 3)) };
        var lx = 8.0;
        foreach (var (fill, text) in legend)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx:0.#}\" y=\"{legendY - 11}\" width=\"12\" height=\"12\" fill=\"{fill}\" stroke=\"#888\"/>");
            Text(svg, lx + 16, legendY, 11, text, "start", room: 110);
            lx += 130;
        }

        return svg.Append("</svg>\n").ToString();
    }

    internal static string DrawRoute(ParticipantId person, IReadOnlyList<Seating> seatings, SeatingView view, PrintContext ui)
    {
        const int boxW = 150, boxH = 64, gap = 36, top = 44;
        var width = Math.Max(320, (seatings.Count * (boxW + gap)) - gap + 20);
        var height = top + boxH + 20;
        var title = ui.F("Picture.Route", view.NameOf(person));
        var svg = Open(width, height, title, ui);
        Text(svg, 10, 26, 16, title, "start", bold: true, room: width - 20);
        for (var i = 0; i < seatings.Count; i++)
        {
            var x = 10 + (i * (boxW + gap));
            var group = seatings[i].GroupOf(person);
            var host = group is { } g && view.IsHost(g, person);
            var dash = group is null ? " stroke-dasharray=\"6 4\"" : string.Empty;
            var fill = group is null ? "#ffffff" : host ? "#ffedd5" : "#e8f0fb";
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{top}\" width=\"{boxW}\" height=\"{boxH}\" rx=\"8\" fill=\"{fill}\" stroke=\"#2563eb\"{dash}/>\n");
            Text(svg, x + (boxW / 2.0), top + 22, 12, ui.Round(seatings[i].Round), "middle", room: boxW - 12, fill: "#555");
            var where = group is { } at ? (host ? "★ " : string.Empty) + view.NameOf(at) : ui.T("Away");
            Text(svg, x + (boxW / 2.0), top + 46, 14, where, "middle", bold: group is not null, room: boxW - 12, fill: host ? "#9a3412" : "#111");
            if (i + 1 < seatings.Count)
            {
                var ax = x + boxW + 4;
                var ay = top + (boxH / 2);
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{ax} {ay} h{gap - 14} m-6 -5 l6 5 l-6 5\" fill=\"none\" stroke=\"#555\" stroke-width=\"2\"/>\n");
            }
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static StringBuilder Open(int width, int height, string title, PrintContext ui)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" xml:lang=\"{Markup.Escape(ui.Language)}\" font-family=\"{Font}\">\n");
        svg.Append("<title>").Append(Markup.Escape(title)).Append("</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        return svg;
    }

    private static void Text(StringBuilder svg, double x, double y, double size, string text, string anchor, bool bold = false, double room = double.MaxValue, string fill = "#111")
    {
        var shown = room == double.MaxValue ? text : Markup.Fit(text, room, size);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"{size:0.#}\" text-anchor=\"{anchor}\" fill=\"{fill}\"{(bold ? " font-weight=\"700\"" : string.Empty)}>");
        if (shown != text)
        {
            svg.Append("<title>").Append(Markup.Escape(text)).Append("</title>");
        }

        svg.Append(Markup.Escape(shown)).Append("</text>");
    }
}
