using System.Collections.Immutable;
using System.Text;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Printing;

/// <summary>What a World Café facilitator prints: table tents, route cards for badges, table rosters for hosts, and the pictures of the rotation.</summary>
/// <remarks>
/// Built from read models only — the design and the seatings (planned or held) — so it prints before the café starts as well as after.
/// Every document is self-contained HTML for A4 (inline CSS and SVG, no scripts, no external files); print it from any browser.
/// The question of a table in a round follows <see cref="WorldCafeDesign.QuestionMode"/> exactly as the session asks it.
/// </remarks>
public sealed class CafePrintables
{
    private readonly WorldCafeDesign _design;
    private readonly ImmutableArray<Seating> _seatings;
    private readonly ImmutableArray<Participant> _participants;
    private readonly SeatingView _view;
    private readonly PrintContext _ui;

    /// <summary>Initializes the printables of one café.</summary>
    /// <param name="design">The café's design (tables, hosts, questions, round length).</param>
    /// <param name="seatings">The seating of every round, in round order (from the session, or a <c>RotationPlan</c>'s rounds).</param>
    /// <param name="participants">Everyone to print for, in print order; null for the design's participants. Pass the session's roster when people joined late.</param>
    /// <param name="options">The language and clock times; null for the defaults.</param>
    /// <exception cref="ArgumentException">The seatings are not in round order 1, 2, 3, ….</exception>
    public CafePrintables(WorldCafeDesign design, IEnumerable<Seating> seatings, IEnumerable<Participant>? participants = null, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(seatings);
        _design = design;
        _seatings = [.. seatings];
        for (var i = 0; i < _seatings.Length; i++)
        {
            if (_seatings[i].Round.Number != i + 1)
            {
                throw new ArgumentException($"Seating {i + 1} is for {_seatings[i].Round}; give the seatings of rounds 1, 2, 3, … in order.", nameof(seatings));
            }
        }

        _participants = [.. participants ?? design.Participants];
        _view = new SeatingView(design.Tables, _participants);
        _ui = new PrintContext(options);
    }

    /// <summary>Writes one table tent per table (A4 landscape, folded along the middle): the table's name and its question in large type, readable from both sides.</summary>
    /// <returns>The HTML document; one page per table.</returns>
    public string TableTents()
    {
        var page = new HtmlPage(_ui, _ui.F("Tents.Title", _design.Title), landscape: true, """
            .half{height:50%;display:flex;flex-direction:column;justify-content:center;align-items:center;text-align:center;padding:8mm 14mm}
            .flip{transform:rotate(180deg);border-bottom:0.3mm dashed #999}
            .tent-name{font-size:40pt;font-weight:700;line-height:1.1}
            .tent-q{margin-top:5mm;line-height:1.25}
            .tent-q li{text-align:left}
            """);
        for (var i = 0; i < _design.Tables.Length; i++)
        {
            var table = _design.Tables[i];
            var questions = QuestionsAt(i);
            var face = new StringBuilder();
            face.Append("<div class=\"tent-name\">").Append(Markup.Escape(table.Name)).Append("</div>");
            if (questions.Distinct().Count() == 1)
            {
                var q = questions[0].Text;
                face.Append("<div class=\"tent-q\" style=\"font-size:").Append(q.Length <= 60 ? 26 : q.Length <= 140 ? 18 : 12).Append("pt\">").Append(Markup.Escape(q)).Append("</div>");
            }
            else
            {
                face.Append("<ul class=\"tent-q\" style=\"font-size:").Append(questions.Sum(q => q.Text.Length) <= 200 ? 14 : 10).Append("pt\">");
                for (var r = 0; r < questions.Length; r++)
                {
                    face.Append("<li>").Append(Markup.Escape(_ui.Round(new Round(r + 1)))).Append(_ui.T("Colon")).Append(Markup.Escape(questions[r].Text)).Append("</li>");
                }

                face.Append("</ul>");
            }

            page.BeginPage("tent")
                .Raw("<div class=\"half flip box\">").Raw(face.ToString()).Raw("</div>\n")
                .Raw("<div class=\"half box\">").Raw(face.ToString()).Raw("</div>\n")
                .EndPage();
        }

        return page.ToString();
    }

    /// <summary>Writes a route card for everyone seated at least once: for every round its time, table and question, a mark where the person hosts, and when they arrive late or leave early.</summary>
    /// <returns>The HTML document; four cards per A4 page (two per page for cafés of more than four rounds, one for more than nine).</returns>
    public string RouteCards()
    {
        var perPage = CardsPerPage(_seatings.Length);
        var page = new HtmlPage(_ui, _ui.F("Cards.Title", _design.Title), landscape: false, $$"""
            .cards{display:grid;grid-template-columns:{{(perPage == 4 ? "1fr 1fr" : "1fr")}};grid-template-rows:repeat({{(perPage == 1 ? 1 : 2)}},1fr);gap:4mm;height:100%}
            .card{border:0.4mm solid #333;border-radius:3mm;padding:4mm;font-size:{{(perPage == 4 ? 8.5 : 10)}}pt}
            .card h2{margin:0 0 1mm;font-size:16pt}
            .card .event{margin:0 0 1.5mm;color:#9a3412}
            .leg{border-top:0.2mm solid #bbb;padding:1mm 0}
            .leg b{display:inline-block;min-width:16mm}
            .away{color:#777;font-style:italic}
            """);
        var cards = _participants.Where(p => _seatings.Any(s => s.IsSeated(p.Id))).ToList();
        for (var start = 0; start < cards.Count; start += perPage)
        {
            page.BeginPage().Raw("<div class=\"cards\">\n");
            foreach (var person in cards.Skip(start).Take(perPage))
            {
                page.Raw(RouteCard(person));
            }

            page.Raw("</div>\n").EndPage();
        }

        return page.ToString();
    }

    /// <summary>Writes the table rosters for hosts: for each round a page listing every table with its question, host and the people who sit there.</summary>
    /// <returns>The HTML document; one page per round.</returns>
    public string TableRosters()
    {
        var page = new HtmlPage(_ui, _ui.F("Rosters.Title", _design.Title), landscape: false, """
            .rosters{display:grid;grid-template-columns:1fr 1fr;gap:3mm}
            .roster{border:0.3mm solid #888;border-radius:2mm;padding:2mm 3mm;font-size:9.5pt}
            .roster h3{margin:0 0 1mm}
            .roster ol{margin:1mm 0 0 5mm;padding:0}
            """);
        foreach (var seating in _seatings)
        {
            page.BeginPage().Raw("<div class=\"box\" style=\"height:100%\">\n")
                .Element("h1", _ui.F("Rosters.Heading", _ui.Round(seating.Round), _design.Title));
            if (RoundTime(seating.Round) is { } when)
            {
                page.Element("p", when, "muted");
            }

            page.Raw("<div class=\"rosters\">\n");
            foreach (var table in seating.Groups)
            {
                var members = seating.MembersOf(table);
                page.Raw("<div class=\"roster keep\">").Element("h3", _view.NameOf(table));
                if (QuestionAt(table, seating.Round) is { } question)
                {
                    page.Element("p", question.Text, "small");
                }

                page.Element("p", _ui.N("People", members.Length), "muted small").Raw("<ol>");
                foreach (var member in members)
                {
                    var host = _view.IsHost(table, member);
                    page.Raw(host ? "<li class=\"host\">" : "<li>").Raw(Markup.Escape(_view.NameOf(member)));
                    if (host)
                    {
                        page.Raw(" ★ ").Raw(Markup.Escape(_ui.T("Host")));
                    }

                    page.Raw("</li>");
                }

                page.Raw("</ol></div>\n");
            }

            page.Raw("</div></div>\n").EndPage();
        }

        return page.ToString();
    }

    /// <summary>Draws the seating of one round (see <see cref="SeatingPictures.Round"/>).</summary>
    /// <param name="round">The round.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no seating for the round.</exception>
    public string SeatingPicture(Round round) =>
        round.Number <= _seatings.Length
            ? SeatingPictures.DrawRound(_seatings[round.Index], _view, _ui)
            : throw new ArgumentOutOfRangeException(nameof(round), round, $"There is no seating for {round}; the café has {_seatings.Length}.");

    /// <summary>Draws who met whom across every round (see <see cref="SeatingPictures.WhoMetWhom(IEnumerable{Seating}, IEnumerable{Participant}, PrintOptions?)"/>).</summary>
    /// <returns>The SVG document.</returns>
    public string WhoMetWhomPicture() => SeatingPictures.WhoMetWhom(_seatings, _participants, _ui.Options);

    /// <summary>Draws one person's route across the rounds (see <see cref="SeatingPictures.Route"/>).</summary>
    /// <param name="person">The person.</param>
    /// <returns>The SVG document.</returns>
    public string RoutePicture(ParticipantId person) => SeatingPictures.DrawRoute(person, _seatings, _view, _ui);

    /// <summary>Gets the number of route cards on one A4 page for a café of this many rounds.</summary>
    internal static int CardsPerPage(int rounds) => rounds <= 4 ? 4 : rounds <= 9 ? 2 : 1;

    private string RouteCard(Participant person)
    {
        var card = new StringBuilder("<div class=\"card box\">");
        card.Append("<h2>").Append(Markup.Escape(person.DisplayName)).Append("</h2>");
        var seated = _seatings.Where(s => s.IsSeated(person.Id)).Select(s => s.Round).ToList();
        if (seated[0].Number > 1)
        {
            card.Append("<p class=\"event\">").Append(Markup.Escape(_ui.F("Cards.Arrives", _ui.Round(seated[0])))).Append("</p>");
        }

        if (seated[^1].Number < _seatings.Length)
        {
            card.Append("<p class=\"event\">").Append(Markup.Escape(_ui.F("Cards.Leaves", _ui.Round(seated[^1])))).Append("</p>");
        }

        foreach (var seating in _seatings)
        {
            card.Append("<div class=\"leg\"><b>").Append(Markup.Escape(_ui.Round(seating.Round))).Append("</b> ");
            if (RoundTime(seating.Round) is { } when)
            {
                card.Append("<span class=\"muted\">").Append(Markup.Escape(when)).Append("</span> ");
            }

            if (seating.GroupOf(person.Id) is not { } table)
            {
                card.Append("<span class=\"away\">").Append(Markup.Escape(_ui.T("Away"))).Append("</span></div>");
                continue;
            }

            card.Append("<strong>").Append(Markup.Escape(_view.NameOf(table))).Append("</strong>");
            if (_view.IsHost(table, person.Id))
            {
                card.Append(" <span class=\"host\">★ ").Append(Markup.Escape(_ui.T("Cards.YouHost"))).Append("</span>");
            }

            if (QuestionAt(table, seating.Round) is { } question)
            {
                card.Append("<br><span class=\"small\">").Append(Markup.Escape(question.Text)).Append("</span>");
            }

            card.Append("</div>");
        }

        return card.Append("</div>\n").ToString();
    }

    private string? RoundTime(Round round)
    {
        if (_ui.Options.FirstRoundStart is not { } first)
        {
            return _ui.Minutes(_design.RoundDuration);
        }

        var start = first + ((_design.RoundDuration + _ui.Options.BreakBetweenRounds) * round.Index);
        return _ui.F("TimeRange", _ui.Time(start), _ui.Time(start + _design.RoundDuration));
    }

    private Prompt? QuestionAt(GroupId table, Round round)
    {
        for (var i = 0; i < _design.Tables.Length; i++)
        {
            if (_design.Tables[i].Id == table)
            {
                return QuestionAt(i, round.Number);
            }
        }

        return null;
    }

    private ImmutableArray<Prompt> QuestionsAt(int tableIndex) =>
        [.. Enumerable.Range(1, Math.Max(1, _design.Rounds)).Select(r => QuestionAt(tableIndex, r)).OfType<Prompt>()];

    // Mirrors the session's rule (WorldCafeDesign.Questions documents it): a table's own prompt wins in PerTable mode.
    private Prompt? QuestionAt(int tableIndex, int round)
    {
        var questions = _design.Questions;
        return _design.QuestionMode switch
        {
            QuestionMode.PerTable => _design.Tables[tableIndex].Prompt ?? (tableIndex < questions.Length ? questions[tableIndex] : null),
            QuestionMode.PerRound => round - 1 < questions.Length ? questions[round - 1] : null,
            _ => questions.IsEmpty ? null : questions[Math.Min((round - 1) / 2, questions.Length - 1)],
        };
    }
}
